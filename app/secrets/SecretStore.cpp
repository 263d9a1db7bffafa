#include "secrets/SecretStore.h"

#include "platform/Keyring.h"
#include "security/SecureZero.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace counterdesk::secrets {
namespace {

// Calls `finish` once: from the job, or from the timeout if the keychain
// hangs (a locked Secret Service waiting for a prompt nobody sees).
template <typename Job, typename Finish> void runJob(Job* job, int timeoutMs, QObject* context, Finish finish)
{
    auto done = std::make_shared<bool>(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, finish](QKeychain::Job* j) {
        if (*done)
            return;
        *done = true;
        finish(j, false);
    });
    QTimer::singleShot(timeoutMs, context, [done, finish] {
        if (*done)
            return;
        *done = true;
        finish(nullptr, true);
    });
    job->start();
}

bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

} // namespace

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
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    runJob(job, m_timeoutMs, this, [this, done](QKeychain::Job* j, bool timedOut) {
        SecretRead result;
        if (timedOut || meansNoKeychain(j->error())) {
            setBackend(SecretBackend::SessionOnly);
        } else {
            setBackend(SecretBackend::Keychain);
            if (j->error() == QKeychain::NoError) {
                result.value = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
                result.source = SecretSource::Keychain;
            }
        }
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
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(value);
    runJob(job, m_timeoutMs, this, [this, done, keepForSession](QKeychain::Job* j, bool timedOut) {
        if (timedOut || meansNoKeychain(j->error())) {
            setBackend(SecretBackend::SessionOnly);
            keepForSession();
            done(SecretWrite::SessionOnly);
            return;
        }
        setBackend(SecretBackend::Keychain);
        done(j->error() == QKeychain::NoError ? SecretWrite::Saved : SecretWrite::Failed);
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
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob(job, m_timeoutMs, this, [this, done](QKeychain::Job* j, bool timedOut) {
        if (timedOut || meansNoKeychain(j->error())) {
            setBackend(SecretBackend::SessionOnly);
            done(true);
            return;
        }
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound);
    });
}

} // namespace counterdesk::secrets
