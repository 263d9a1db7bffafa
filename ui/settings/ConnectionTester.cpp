#include "ConnectionTester.h"

#include "domain/ClientRefId.h"
#include "eko/EkoClient.h"
#include "eko/PendingCall.h"
#include "security/SecureZero.h"

#include <QTimer>

namespace counterdesk::ui {

namespace {

bool isNetworkTrouble(eko::Reason reason)
{
    switch (reason) {
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
        return true;
    default:
        return false;
    }
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

ConnectionTester::~ConnectionTester()
{
    if (m_call)
        m_call->abort();
}

void ConnectionTester::start(const profile::ConnectionProfile& profile, eko::Credentials credentials,
                             const QUrl& sandboxBaseUrl)
{
    if (m_call)
        m_call->abort();
    m_result = ConnectionTestResult{};
    m_result.profile = profile;
    const profile::ClientConfigBuild build =
        profile::ProfileClientConfig::build(profile, credentials, sandboxBaseUrl);
    security::SecureZero::clear(credentials.accessKey);
    security::SecureZero::clear(credentials.developerKey);
    if (!build.ok() || !m_network) {
        m_result.status = ConnectionTestResult::Status::NotConfigured;
        m_result.configError = build.error;
        // Always from the event loop, like an answer from the network.
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_result); });
        return;
    }
    m_client = std::make_unique<eko::EkoClient>(m_network, build.config);
    // A ref nobody used: "not found" proves the signature was accepted.
    const QString probeRef = QStringLiteral("cdcheck") + ClientRefId::generate().right(12);
    m_call =
        m_client->transactionInquiry(eko::TransactionInquiryRequest::byClientRefId(profile.rail, probeRef));
    connect(m_call, &eko::PendingCall::finished, this, &ConnectionTester::finish);
}

void ConnectionTester::finish(const eko::Result& result)
{
    m_result.reason = result.reason;
    m_result.httpStatus = result.httpStatus;
    m_result.serverMessage = result.message;
    m_result.clockOffsetMs = m_client->clockOffsetMs();
    m_result.clockSkewLarge = m_client->clockSkewIsLarge();
    if (result.reason == eko::Reason::HttpForbidden)
        m_result.status = ConnectionTestResult::Status::Forbidden;
    else if (result.httpStatus == 0 || isNetworkTrouble(result.reason))
        m_result.status = ConnectionTestResult::Status::Unreachable;
    else if (result.httpStatus >= 400)
        m_result.status = ConnectionTestResult::Status::HttpError;
    else
        m_result.status = ConnectionTestResult::Status::Accepted;
    // The client holds the keys; it goes as soon as its one call is done.
    m_client.release()->deleteLater();
    Q_EMIT finished(m_result);
}

} // namespace counterdesk::ui
