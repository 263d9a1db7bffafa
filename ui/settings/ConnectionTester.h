// ConnectionTester: one harmless signed call to see whether a profile works,
// the same probe as `counterdesk-cli check-connection`: an inquiry of a
// made-up client_ref_id, which moves no money and sends no SMS. A "not found"
// answer proves Eko accepted the signature.
//
// It reports facts (HTTP status, clock offset from the Date header); the
// words are ConnectionTestText's job.
#pragma once

#include "eko/EkoTypes.h"
#include "profile/ConnectionProfile.h"
#include "profile/ProfileClientConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace counterdesk::eko {
class EkoClient;
class PendingCall;
} // namespace counterdesk::eko

namespace counterdesk::ui {

struct ConnectionTestResult
{
    enum class Status {
        Accepted,      // the host answered and took the signature
        Forbidden,     // HTTP 403: see REFERENCE.md §2.1's ranked causes
        Unreachable,   // no answer, or no usable one (timeout, TLS, 5xx)
        HttpError,     // another 4xx: most often a wrong base URL or path
        NotConfigured, // the profile or keys cannot make a client (configError says why)
    };
    Status status = Status::NotConfigured;
    profile::ClientConfigError configError = profile::ClientConfigError::None;
    profile::ConnectionProfile profile;
    eko::Reason reason = eko::Reason::None;
    int httpStatus = 0;
    qint64 clockOffsetMs = 0; // server minus PC, from the Date header
    bool clockSkewLarge = false;
    QString serverMessage; // Eko's words, shown as plain text
};

class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    ConnectionTester(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ConnectionTester() override;

    // Starts the probe; finished() follows from the event loop. The keys are
    // copied into the client only and wiped from `credentials`' copy here.
    void start(const profile::ConnectionProfile& profile, eko::Credentials credentials,
               const QUrl& sandboxBaseUrl = {});
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void finished(const counterdesk::ui::ConnectionTestResult& result);

private:
    void finish(const eko::Result& result);

    QNetworkAccessManager* m_network;
    std::unique_ptr<eko::EkoClient> m_client;
    QPointer<eko::PendingCall> m_call;
    ConnectionTestResult m_result;
};

} // namespace counterdesk::ui

Q_DECLARE_METATYPE(counterdesk::ui::ConnectionTestResult)
