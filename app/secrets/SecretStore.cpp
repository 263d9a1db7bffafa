#include "secrets/SecretStore.h"

#include "platform/Keyring.h"
#include "secrets/KeychainAccess.h"
#include "security/SecureZero.h"

#include <QTimer>

namespace counterdesk::secrets {

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore()
{
    for (auto it = m_session.begin(); it != m_session.end(); ++it)
        security::SecureZero::clear(it.value());
}

QString SecretStore::entryKey(const QString& profile, SecretKind kind)
{
    return profile + u'/' + secretKindName(kind);
}

QByteArray SecretStore::fromEnvironment(SecretKind kind)
{
    return qgetenv(secretEnvironmentVariable(kind));
}

void SecretStore::setBackend(SecretBackend backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    Q_EMIT backendChanged(backend);
}

void SecretStore::forceSessionOnly()
{
    setBackend(SecretBackend::SessionOnly);
}

bool SecretStore::keychainUsable()
{
    if (m_backend == SecretBackend::SessionOnly)
        return false;
    if (m_backend == SecretBackend::Unknown && !platform::keyringLikelyReachable()) {
        setBackend(SecretBackend::SessionOnly);
        return false;
    }
    return true;
}

void SecretStore::read(const QString& profile, SecretKind kind, std::function<void(const SecretRead&)> done)
{
    const QString key = entryKey(profile, kind);
    SecretRead immediate;
    if (QByteArray env = fromEnvironment(kind); !env.isEmpty())
        immediate = {env, SecretSource::Environment};
    else if (m_session.contains(key))
        immediate = {m_session.value(key), SecretSource::Session};
    if (immediate.source != SecretSource::None || !keychainUsable()) {
        QTimer::singleShot(0, this, [done, immediate] { done(immediate); });
        return;
    }
    runKeychainOp(KeychainOp::Read, m_service, key, {}, m_timeoutMs, this,
                  [this, done](KeychainResult outcome, QByteArray value) {
                      SecretRead result;
                      if (outcome == KeychainResult::Unreachable) {
                          setBackend(SecretBackend::SessionOnly);
                      } else {
                          setBackend(SecretBackend::Keychain);
                          if (outcome == KeychainResult::Ok)
                              result = {value, SecretSource::Keychain};
                      }
                      security::SecureZero::clear(value);
                      done(result);
                  });
}

void SecretStore::write(const QString& profile, SecretKind kind, const QByteArray& value,
                        std::function<void(SecretWrite)> done)
{
    const QString key = entryKey(profile, kind);
    auto keepForSession = [this, key, value] {
        security::SecureZero::clear(m_session[key]);
        m_session.insert(key, value);
    };
    if (!keychainUsable()) {
        keepForSession();
        QTimer::singleShot(0, this, [done] { done(SecretWrite::SessionOnly); });
        return;
    }
    runKeychainOp(KeychainOp::Write, m_service, key, value, m_timeoutMs, this,
                  [this, done, keepForSession](KeychainResult outcome, const QByteArray&) {
                      if (outcome == KeychainResult::Unreachable) {
                          setBackend(SecretBackend::SessionOnly);
                          keepForSession();
                          done(SecretWrite::SessionOnly);
                          return;
                      }
                      setBackend(SecretBackend::Keychain);
                      done(outcome == KeychainResult::Ok ? SecretWrite::Saved : SecretWrite::Failed);
                  });
}

void SecretStore::remove(const QString& profile, SecretKind kind, std::function<void(bool)> done)
{
    const QString key = entryKey(profile, kind);
    if (m_session.contains(key)) {
        security::SecureZero::clear(m_session[key]);
        m_session.remove(key);
    }
    if (!keychainUsable()) {
        QTimer::singleShot(0, this, [done] { done(true); });
        return;
    }
    runKeychainOp(KeychainOp::Remove, m_service, key, {}, m_timeoutMs, this,
                  [this, done](KeychainResult outcome, const QByteArray&) {
                      if (outcome == KeychainResult::Unreachable) {
                          setBackend(SecretBackend::SessionOnly);
                          done(true);
                          return;
                      }
                      done(outcome == KeychainResult::Ok || outcome == KeychainResult::NotFound);
                  });
}

} // namespace counterdesk::secrets
