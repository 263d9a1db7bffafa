// ConnectionCheck: whether a profile works, found with one harmless signed
// call: an inquiry of a made-up client_ref_id, which moves no money and sends
// no SMS. A "not found" answer proves Eko accepted the signature.
//
// The settings' "Test connection" and `counterdesk-cli check-connection`
// both run this, so an answer is classified once: it reports a status and
// facts (HTTP status, clock offset from the Date header), and for a 403 the
// ranked causes of REFERENCE.md §2.1 as enums. The words are the GUI's
// (ConnectionTestText) and the CLI's own.
#pragma once

#include "eko/EkoTypes.h"
#include "profile/ClientFactory.h"
#include "profile/ConnectionProfile.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

namespace counterdesk::eko {
class EkoClient;
class PendingCall;
} // namespace counterdesk::eko

namespace counterdesk::profile {

struct ConnectionCheckResult
{
    enum class Status {
        Accepted,      // the host answered and took the signature
        Forbidden,     // HTTP 403: see ConnectionCheck::forbiddenCauses()
        Unreachable,   // no answer, or no usable one (timeout, TLS, 5xx, garbage)
        HttpError,     // another 4xx: most often a wrong base URL or path
        NotConfigured, // the profile or keys cannot make a client (configError says why)
    };
    Status status = Status::NotConfigured;
    ClientConfigError configError = ClientConfigError::None;
    ConnectionProfile profile;
    eko::Reason reason = eko::Reason::None;
    int httpStatus = 0;
    qint64 clockOffsetMs = 0; // server minus PC, from the Date header
    bool clockSkewLarge = false;
    QString serverMessage; // Eko's words, shown as plain text
    // A Gateway profile's 403: which of the counter's credentials the
    // gateway refused (its gateway_error).
    eko::GatewayRefusal gatewayRefusal = eko::GatewayRefusal::None;
};

// REFERENCE.md §2.1's causes of a 403, in the order they are offered. A
// Gateway profile holds no Eko key, so its causes are the gateway's own.
enum class ForbiddenCause {
    ClockOff,         // the Date header shows this PC's clock is off: the one fix at the counter
    IpAllowList,      // Eko answers only allow-listed static server IPs
    Keys,             // wrong, inactive or other-environment keys
    Environment,      // UAT keys against production or the reverse
    ProxyDropsHeader, // a proxy drops developer_key (underscore in a header name)
    ClockLooksFine,   // said last, so the agent knows the clock was looked at
    // A Gateway profile: the gateway, not Eko, refused this counter; the
    // words depend on ConnectionCheckResult::gatewayRefusal.
    GatewayRefusedCounter,
};

class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionCheck(QObject* parent = nullptr);
    ~ConnectionCheck() override; // aborts a probe still under way

    // Builds the profile's client through `factory` (typed: keys not saved
    // yet, see ClientFactory::create) and probes. finished() follows from
    // the event loop; a new start() drops the one under way.
    void start(const ClientFactory& factory, const ConnectionProfile& profile, const QUrl& sandboxBaseUrl,
               eko::Credentials typed = {});
    // Probes with a client the caller already has and keeps (the CLI's).
    void start(const ConnectionProfile& profile, eko::EkoClient* client);
    bool isRunning() const { return m_running; }

    static ConnectionCheckResult::Status classify(const eko::Result& answer);
    static QList<ForbiddenCause> forbiddenCauses(const ConnectionCheckResult& result);

Q_SIGNALS:
    void finished(const counterdesk::profile::ConnectionCheckResult& result);

private:
    void reset(const ConnectionProfile& profile);
    void probe(eko::EkoClient* client);
    void finish(const eko::Result& answer);
    void finishLater();

    std::unique_ptr<eko::EkoClient> m_ownClient; // the one the factory made for this check
    eko::EkoClient* m_client = nullptr;
    QPointer<eko::PendingCall> m_call;
    ConnectionCheckResult m_result;
    int m_generation = 0; // a factory answer for an older start() is dropped
    bool m_running = false;
};

} // namespace counterdesk::profile

Q_DECLARE_METATYPE(counterdesk::profile::ConnectionCheckResult)
