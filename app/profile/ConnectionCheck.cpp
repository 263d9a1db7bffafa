#include "profile/ConnectionCheck.h"

#include "domain/ClientRefId.h"
#include "eko/EkoClient.h"
#include "eko/PendingCall.h"

#include <QTimer>

namespace counterdesk::profile {

using Status = ConnectionCheckResult::Status;

ConnectionCheck::ConnectionCheck(QObject* parent)
    : QObject(parent)
{}

ConnectionCheck::~ConnectionCheck()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr); // no finished() from a half-destroyed object
        m_call->abort();
    }
}

void ConnectionCheck::reset(const ConnectionProfile& profile)
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
    if (m_ownClient)
        m_ownClient.release()->deleteLater(); // it may be inside its own signal
    m_client = nullptr;
    m_result = ConnectionCheckResult{};
    m_result.profile = profile;
    ++m_generation;
    m_running = true;
}

void ConnectionCheck::start(const ClientFactory& factory, const ConnectionProfile& profile,
                            const QUrl& sandboxBaseUrl, eko::Credentials typed)
{
    reset(profile);
    QPointer<ConnectionCheck> self(this);
    const int generation = m_generation;
    factory.create(
        profile, sandboxBaseUrl,
        [self, generation](ClientBuild build) {
            if (!self || self->m_generation != generation)
                return;
            if (!build.ok()) {
                self->m_result.status = Status::NotConfigured;
                self->m_result.configError = build.error;
                self->m_running = false;
                Q_EMIT self->finished(self->m_result);
                return;
            }
            self->m_ownClient = std::move(build.client);
            self->probe(self->m_ownClient.get());
        },
        std::move(typed));
}

void ConnectionCheck::start(const ConnectionProfile& profile, eko::EkoClient* client)
{
    reset(profile);
    if (!client) {
        finishLater();
        return;
    }
    probe(client);
}

void ConnectionCheck::finishLater()
{
    m_result.status = Status::NotConfigured;
    // Always from the event loop, like an answer from the network.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(m_result);
    });
}

void ConnectionCheck::probe(eko::EkoClient* client)
{
    m_client = client;
    // A ref nobody used: "not found" proves the signature was accepted.
    const QString probeRef = QStringLiteral("cdcheck") + ClientRefId::generate().right(12);
    m_call = m_client->transactionInquiry(
        eko::TransactionInquiryRequest::byClientRefId(m_result.profile.rail, probeRef));
    connect(m_call, &eko::PendingCall::finished, this, &ConnectionCheck::finish);
}

void ConnectionCheck::finish(const eko::Result& answer)
{
    m_result.status = classify(answer);
    m_result.reason = answer.reason;
    m_result.httpStatus = answer.httpStatus;
    m_result.serverMessage = answer.message;
    m_result.gatewayRefusal = answer.gatewayRefusal;
    m_result.clockOffsetMs = m_client->clockOffsetMs();
    m_result.clockSkewLarge = m_client->clockSkewIsLarge();
    // A client of our own holds keys: it goes as soon as its one call is done.
    if (m_ownClient)
        m_ownClient.release()->deleteLater();
    m_client = nullptr;
    m_running = false;
    Q_EMIT finished(m_result);
}

ConnectionCheckResult::Status ConnectionCheck::classify(const eko::Result& answer)
{
    if (answer.reason == eko::Reason::HttpForbidden)
        return Status::Forbidden;
    if (answer.httpStatus == 0)
        return Status::Unreachable;
    switch (answer.reason) {
    case eko::Reason::Timeout:
    case eko::Reason::ConnectionFailed:
    case eko::Reason::ConnectionClosed:
    case eko::Reason::TlsError:
    case eko::Reason::InsecureUrl:
    case eko::Reason::HttpServerError:
    case eko::Reason::HttpTooManyRequests:
    case eko::Reason::HttpUnexpected:
    case eko::Reason::UnparseableResponse:
    case eko::Reason::Aborted:
        return Status::Unreachable; // network trouble, or an answer that is not Eko's
    default:
        break;
    }
    return answer.httpStatus >= 400 ? Status::HttpError : Status::Accepted;
}

QList<ForbiddenCause> ConnectionCheck::forbiddenCauses(const ConnectionCheckResult& result)
{
    // The clock first when the Date header shows it is off: it is the one
    // cause the agent can fix at the counter.
    QList<ForbiddenCause> causes;
    if (result.clockSkewLarge)
        causes << ForbiddenCause::ClockOff;
    if (result.profile.isGateway()) {
        // The gateway holds the Eko keys and says which of the counter's
        // credentials failed; Eko's own causes are the gateway's business.
        causes << ForbiddenCause::GatewayRefusedCounter;
        return causes;
    }
    causes << ForbiddenCause::IpAllowList << ForbiddenCause::Keys << ForbiddenCause::Environment
           << ForbiddenCause::ProxyDropsHeader;
    if (!result.clockSkewLarge)
        causes << ForbiddenCause::ClockLooksFine;
    return causes;
}

} // namespace counterdesk::profile
