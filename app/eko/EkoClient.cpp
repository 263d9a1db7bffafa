#include "eko/EkoClient.h"

#include "eko/EkoLogging.h"
#include "eko/RequestBuilder.h"
#include "eko/ResponseClassifier.h"
#include "http/HttpClient.h"

#include <QDateTime>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <algorithm>

namespace counterdesk::eko {

namespace {

// A 403 is retried (once) only when its Date header moved our clock offset
// by more than this: then the stale timestamp is the likely cause.
constexpr qint64 kResignThresholdMs = 1000;

// The body of a POST as a device that can be read exactly once.
//
// Why: on Qt 6.4, QNetworkAccessManager silently re-sends a request whose
// connection closes after it was written (QHttpNetworkConnectionChannel's
// reconnect attempts), POST included. For a money call that is a double
// debit. A sequential device that refuses reset() (with upload buffering
// off) makes any such re-send fail with ContentReSendError instead, which
// the client reports as Unknown. "Never re-sent" is then a property of the
// code, not of the server's timing.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return m_pos == 0; }
    bool seek(qint64 pos) override { return pos == m_pos && QIODevice::seek(pos); }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* out, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::copy_n(m_data.constData() + m_pos, n, out);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

Reason reasonForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Reason::TlsError;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return Reason::ConnectionFailed;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return Reason::Timeout;
    default:
        // RemoteHostClosed, ContentReSendError, protocol failures...: the
        // request may have arrived, and no answer was read.
        return Reason::ConnectionClosed;
    }
}

// What a failed handshake's Result says: the certificate errors, or the
// transport's own text when there were none (a protocol failure).
QString tlsDetail(const QList<QSslError>& errors, const QString& transportError)
{
    QStringList texts;
    for (const QSslError& e : errors)
        texts << e.errorString();
    return texts.isEmpty() ? transportError : texts.join(u"; ");
}

} // namespace

// One call: attempts, timeout, the 403 re-sign, GET back-off and the
// follow-up inquiry. Parented to the client; deletes itself when done.
class EkoClient::Operation : public QObject
{
public:
    using Done = std::function<void(const Result&)>;

    Operation(EkoClient* client, const ClientConfig& config, const WireRequest& wire,
              std::optional<TransactionInquiryRequest> followUp, int retries, Done done)
        : QObject(client)
        , m_client(client)
        , m_config(config)
        , m_builder(m_config.endpoints, m_config.credentials)
        , m_wire(wire)
        , m_followUp(std::move(followUp))
        , m_retriesLeft(retries)
        , m_done(std::move(done))
    {
        m_result.call = wire.call;
        m_result.rail = wire.rail;
        m_result.clientRefId = wire.clientRefId;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
            if (m_exchange)
                m_exchange->abort();
        });
    }

    ~Operation() override { dropReply(); }

    void start() { attempt(); }
    void onResend(Done onResend) { m_onResend = std::move(onResend); }

    void abort()
    {
        if (m_finished)
            return;
        m_aborted = true;
        if (m_reply) {
            m_reply->abort(); // finished() follows, and reports Aborted
            return;
        }
        if (m_exchange) {
            m_exchange->abort(); // finished() follows, and reports Aborted
            return;
        }
        if (m_child) {
            m_child->abort();
            return;
        }
        // Waiting for a back-off: nothing is on the wire.
        Result r = m_result;
        ResponseClassifier::classifyNoAnswer(r, Reason::Aborted, QStringLiteral("aborted"));
        r.outcome = r.attempts == 0 ? Outcome::NotSent : r.outcome;
        complete(r);
    }

private:
    void attempt()
    {
        if (m_aborted || (!m_client->m_network && !m_client->m_http))
            return;
        ++m_result.attempts;
        // A fresh timestamp for every attempt, taken right before sending.
        m_sentAtMs = m_client->localNowMs();
        m_offsetUsedMs = m_client->m_skew.offsetMs();
        // The bytes sent are the bytes signed (a gateway counter signs the body).
        const QByteArray body = RequestBuilder::serialise(m_wire);
        QNetworkRequest request = m_builder.networkRequest(m_wire, body, m_sentAtMs + m_offsetUsedMs);
        if (!m_config.trustedCaCertificates.isEmpty()) {
            // The partner's own CA, for this client only, added to (never
            // replacing) the system's; TLS errors still fail the call.
            QSslConfiguration tls = request.sslConfiguration();
            tls.addCaCertificates(m_config.trustedCaCertificates);
            request.setSslConfiguration(tls);
        }
        qCDebug(lcEko).noquote() << "->" << callName(m_wire.call) << railWireName(m_wire.rail)
                                 << m_wire.method << redactedPath(m_wire.url.path()) << "attempt"
                                 << m_result.attempts;
        m_timedOut = false;
        if (m_client->m_http) {
            sendDirect(request, body);
            m_timer.start(std::max(1, m_config.timeoutMs));
            return;
        }
        QNetworkReply* reply = nullptr;
        if (m_wire.isGet()) {
            reply = m_client->m_network->get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            // HTTP/1.1 only, the path whose re-send behaviour OneShotBody covers.
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            auto* device = new OneShotBody(body);
            reply = m_client->m_network->post(request, device);
            device->setParent(reply);
        }
        m_reply = reply;
        m_sslErrors.clear();
        // Collected for the reason and the log only; never ignored.
        connect(reply, &QNetworkReply::sslErrors, this,
                [this](const QList<QSslError>& errors) { m_sslErrors += errors; });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
        m_timer.start(std::max(1, m_config.timeoutMs));
    }

    // counterdesk-gateway's transport (http::HttpClient): the same request,
    // headers and body; it never sends a request twice, so no one-shot body
    // is needed.
    void sendDirect(const QNetworkRequest& request, const QByteArray& body)
    {
        http::HttpClient::Request direct;
        direct.method = m_wire.method;
        direct.url = request.url();
        for (const QByteArray& name : request.rawHeaderList())
            direct.headers.append({name, request.rawHeader(name)});
        direct.body = body;
        direct.tls = request.sslConfiguration();
        http::HttpExchange* exchange = m_client->m_http->send(direct);
        m_exchange = exchange;
        connect(exchange, &http::HttpExchange::finished, this,
                [this, exchange] { onExchangeFinished(exchange); });
    }

    void onExchangeFinished(http::HttpExchange* exchange)
    {
        m_timer.stop();
        m_exchange = nullptr;
        exchange->deleteLater();
        const qint64 receivedAtMs = m_client->localNowMs();

        Result r = m_result;
        using Failure = http::HttpExchange::Failure;
        const Failure failure = exchange->failure();
        if (failure == Failure::None) {
            const http::HttpResponse& answer = exchange->response();
            const QByteArray date = answer.header("date");
            if (!date.isEmpty())
                m_client->noteServerDate(date, m_sentAtMs, receivedAtMs);
            r.body = answer.body;
            ResponseClassifier::classifyAnswer(r, answer.status, answer.body);
        } else if (failure == Failure::Aborted) {
            ResponseClassifier::classifyNoAnswer(r, m_timedOut ? Reason::Timeout : Reason::Aborted,
                                                 m_timedOut ? QStringLiteral("no answer in time")
                                                            : QStringLiteral("aborted"));
        } else if (failure == Failure::TlsFailed) {
            ResponseClassifier::classifyNoAnswer(r, Reason::TlsError,
                                                 tlsDetail(exchange->sslErrors(), exchange->errorString()));
        } else {
            // Refused or unreachable: nothing was sent, but the classifier
            // keeps ConnectionFailed Unknown like QNetworkAccessManager's
            // errors, which cannot always tell. Closed or unreadable: the
            // request may have arrived.
            ResponseClassifier::classifyNoAnswer(
                r, failure == Failure::ConnectFailed ? Reason::ConnectionFailed : Reason::ConnectionClosed,
                exchange->errorString());
            if (exchange->statusSeen() > 0)
                r.httpStatus = exchange->statusSeen();
        }
        conclude(r);
    }

    void onFinished(QNetworkReply* reply)
    {
        m_timer.stop();
        m_reply = nullptr;
        reply->deleteLater();
        const qint64 receivedAtMs = m_client->localNowMs();

        const QByteArray date = reply->rawHeader("Date");
        if (!date.isEmpty())
            m_client->noteServerDate(date, m_sentAtMs, receivedAtMs);

        Result r = m_result;
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const int httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
        const QNetworkReply::NetworkError error = reply->error();

        // Our timer or abort() cancelled the reply; an answer that beat them
        // is still read below.
        const bool cancelled = error == QNetworkReply::OperationCanceledError;
        if (m_timedOut && cancelled) {
            ResponseClassifier::classifyNoAnswer(r, Reason::Timeout, QStringLiteral("no answer in time"));
        } else if (m_aborted && cancelled) {
            ResponseClassifier::classifyNoAnswer(r, Reason::Aborted, QStringLiteral("aborted"));
        } else if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
            ResponseClassifier::classifyNoAnswer(r, Reason::TlsError,
                                                 tlsDetail(m_sslErrors, reply->errorString()));
        } else if (httpStatus == 0) {
            ResponseClassifier::classifyNoAnswer(r, reasonForNetworkError(error), reply->errorString());
        } else {
            // An HTTP answer, whatever QNetworkReply thinks of its status.
            const QByteArray body = reply->readAll();
            r.body = body;
            if (error != QNetworkReply::NoError && httpStatus >= 200 && httpStatus < 300) {
                // Headers said 200 but the body was cut (dropped mid-answer).
                ResponseClassifier::classifyNoAnswer(r, reasonForNetworkError(error), reply->errorString());
                r.httpStatus = httpStatus;
            } else {
                ResponseClassifier::classifyAnswer(r, httpStatus, body);
            }
        }

        conclude(r);
    }

    // One attempt's result, however it travelled: the 403 re-sign, the GET
    // retries, the follow-up inquiry, or the end.
    void conclude(Result r)
    {
        // Eko's own authentication 403 after its Date header moved our
        // clock: Eko did nothing, so one re-signed attempt is safe even for
        // a money call. A proxy's 403 proves nothing and is never re-sent.
        if (ResponseClassifier::isEkoAuthRefusal(r) && !m_resigned &&
            std::abs(m_client->m_skew.offsetMs() - m_offsetUsedMs) > kResignThresholdMs) {
            m_resigned = true;
            m_result.attempts = r.attempts;
            qCInfo(lcEko).noquote() << callName(m_wire.call) << "403 with clock offset"
                                    << m_client->m_skew.offsetMs() << "ms; re-signing once";
            if (m_onResend)
                m_onResend(r);
            attempt();
            return;
        }

        if (m_wire.isGet() && m_retriesLeft > 0 && ResponseClassifier::isIndeterminate(r)) {
            --m_retriesLeft;
            m_result.attempts = r.attempts;
            const int step = m_config.getRetries - m_retriesLeft - 1; // 0, 1, ...
            const qint64 ceiling =
                std::min<qint64>(m_config.backoffCapMs, qint64(m_config.backoffBaseMs) << std::min(step, 20));
            const int delay = static_cast<int>(QRandomGenerator::global()->bounded(ceiling + 1));
            qCDebug(lcEko).noquote() << callName(m_wire.call) << "indeterminate; retry in" << delay << "ms";
            QTimer::singleShot(delay, this, [this] { attempt(); });
            return;
        }

        if (m_followUp && !m_aborted && ResponseClassifier::isIndeterminate(r)) {
            startFollowUp(r);
            return;
        }
        complete(r);
    }

    void startFollowUp(const Result& unknown)
    {
        const WireRequest wire = m_builder.build(*m_followUp);
        if (!wire.ok() || !EndpointTable::isAllowedUrl(wire.url)) {
            Result r = unknown;
            FollowUpInquiry f;
            f.outcome = Outcome::NotSent;
            f.reason = wire.ok() ? Reason::InsecureUrl : wire.error;
            r.followUp = f;
            complete(r);
            return;
        }
        qCInfo(lcEko).noquote() << callName(m_wire.call) << "outcome unknown; one inquiry";
        // One inquiry, no retries: the caller polls further with back-off.
        m_child =
            new Operation(m_client, m_config, wire, std::nullopt, 0, [this, unknown](const Result& inquiry) {
                m_child = nullptr;
                Result r = unknown;
                FollowUpInquiry f;
                f.outcome = inquiry.outcome;
                f.reason = inquiry.reason;
                f.httpStatus = inquiry.httpStatus;
                f.message = inquiry.message;
                f.transaction = inquiry.transaction;
                r.followUp = f;
                complete(r);
            });
        m_child->start();
    }

    void complete(const Result& r)
    {
        if (m_finished)
            return;
        m_finished = true;
        qCInfo(lcEko).noquote() << "<-" << callName(r.call) << railWireName(r.rail) << "outcome"
                                << static_cast<int>(r.outcome) << "reason" << static_cast<int>(r.reason)
                                << "http" << r.httpStatus << "status" << r.ekoStatus.value_or(-1) << "rtid"
                                << r.responseTypeId.value_or(-1) << "attempts" << r.attempts << "ref"
                                << r.clientRefId;
        m_done(r);
        deleteLater();
    }

    void dropReply()
    {
        if (m_exchange) {
            m_exchange->disconnect(this);
            m_exchange->abort();
            m_exchange->deleteLater();
            m_exchange = nullptr;
        }
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
        }
    }

    EkoClient* m_client;
    ClientConfig m_config; // a copy: setConfig() must not change a call in flight
    RequestBuilder m_builder;
    WireRequest m_wire;
    std::optional<TransactionInquiryRequest> m_followUp;
    int m_retriesLeft;
    Done m_done;
    Done m_onResend;
    Result m_result;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    QPointer<http::HttpExchange> m_exchange;
    QPointer<Operation> m_child;
    QList<QSslError> m_sslErrors;
    qint64 m_sentAtMs = 0;
    qint64 m_offsetUsedMs = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_resigned = false;
    bool m_finished = false;
};

EkoClient::EkoClient(QNetworkAccessManager* network, ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    qRegisterMetaType<counterdesk::eko::Result>();
}

EkoClient::EkoClient(http::HttpClient* http, ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
{
    qRegisterMetaType<counterdesk::eko::Result>();
}

EkoClient::~EkoClient() = default;

void EkoClient::setConfig(const ClientConfig& config)
{
    m_config = config;
}

void EkoClient::setClockOffsetMs(qint64 offsetMs)
{
    if (offsetMs == m_skew.offsetMs())
        return;
    m_skew.setOffsetMs(offsetMs);
    Q_EMIT clockOffsetChanged(offsetMs);
}

bool EkoClient::clockSkewIsLarge() const
{
    return std::abs(m_skew.offsetMs()) > m_config.skewWarningMs;
}

void EkoClient::setLocalClockForTesting(std::function<qint64()> nowMs)
{
    m_localClock = std::move(nowMs);
}

qint64 EkoClient::localNowMs() const
{
    return m_localClock ? m_localClock() : QDateTime::currentMSecsSinceEpoch();
}

void EkoClient::noteServerDate(const QByteArray& dateHeader, qint64 sentAtMs, qint64 receivedAtMs)
{
    const std::optional<QDateTime> date = ClockSkew::parseHttpDate(dateHeader);
    if (!date)
        return;
    if (m_skew.observe(*date, sentAtMs, receivedAtMs)) {
        qCInfo(lcEko) << "server clock offset now" << m_skew.offsetMs() << "ms";
        Q_EMIT clockOffsetChanged(m_skew.offsetMs());
    }
}

PendingCall* EkoClient::launch(const WireRequest& wire,
                               const std::optional<TransactionInquiryRequest>& followUp)
{
    auto* pending = new PendingCall(wire.call, wire.rail, this);
    auto deliver = [this, pending = QPointer<PendingCall>(pending)](const Result& r) {
        Q_EMIT callFinished(r);
        if (pending)
            pending->finish(r);
    };

    const bool transport = m_network || m_http;
    if (!wire.ok() || !EndpointTable::isAllowedUrl(wire.url) || !transport) {
        // Finish from the event loop so the caller can connect first.
        Result r = pending->result();
        r.clientRefId = wire.clientRefId;
        const Reason reason = !wire.ok()   ? wire.error
                              : !transport ? Reason::InvalidRequest
                                           : Reason::InsecureUrl;
        ResponseClassifier::classifyNoAnswer(r, reason, wire.ok() ? QString() : wire.errorDetail);
        QTimer::singleShot(0, pending, [deliver, r] { deliver(r); });
        return pending;
    }

    auto* op = new Operation(this, m_config, wire, followUp,
                             wire.isGet() ? std::max(0, m_config.getRetries) : 0, deliver);
    op->onResend([pending = QPointer<PendingCall>(pending)](const Result& first) {
        if (pending)
            Q_EMIT pending->resending(first);
    });
    connect(pending, &PendingCall::abortRequested, op, [op] { op->abort(); });
    // Start from the event loop too: the result can never arrive before the
    // caller has connected, even on a refused loopback connection.
    QTimer::singleShot(0, op, [op] { op->start(); });
    return pending;
}

namespace {
template <typename Request> WireRequest buildWire(const ClientConfig& config, const Request& request)
{
    return RequestBuilder(config.endpoints, config.credentials).build(request);
}
} // namespace

PendingCall* EkoClient::getSender(const GetSenderRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::onboardSender(const OnboardSenderRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::resendSenderOtp(const ResendSenderOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::verifySenderOtp(const VerifySenderOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::getRecipients(const GetRecipientsRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::addRecipient(const AddRecipientRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::recipientBankOtp(const RecipientBankOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::verifyRecipientBankOtp(const VerifyRecipientBankOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::sendTransactionOtp(const SendTransactionOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::transactionInquiry(const TransactionInquiryRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::refundOtp(const RefundOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::getIfscDetails(const GetIfscDetailsRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::getBankDetails(const GetBankDetailsRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::getConsentLanguages(const ConsentLanguagesRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::getConsentDetails(const ConsentDetailsRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::sendAadhaarOtp(const AadhaarOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::verifyAadhaarOtp(const VerifyAadhaarOtpRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::validatePan(const ValidatePanRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}
PendingCall* EkoClient::verifyBankAccount(const VerifyBankAccountRequest& request)
{
    return launch(buildWire(m_config, request), std::nullopt);
}

// A money call without a valid ticket: nothing is sent, and the caller
// hears so from the event loop like any other refusal.
PendingCall* EkoClient::refuseTicket(Call call, Rail rail, const QString& clientRefId)
{
    WireRequest refused;
    refused.call = call;
    refused.rail = rail;
    refused.clientRefId = clientRefId;
    refused.error = Reason::InvalidRequest;
    refused.errorDetail = QStringLiteral("no journal ticket for this money call");
    return launch(refused, std::nullopt);
}

PendingCall* EkoClient::initiateTransaction(MoneyCallTicket ticket, InitiateTransactionRequest request)
{
    const MoneyCallTicket spent = std::move(ticket);
    if (spent.kind() != MoneyCallTicket::Kind::Initiate ||
        (!request.clientRefId.isEmpty() && request.clientRefId != spent.clientRefId()))
        return refuseTicket(Call::InitiateTransaction, request.rail, request.clientRefId);
    request.clientRefId = spent.clientRefId();
    const qint64 now = m_skew.correctedNowMs(localNowMs());
    const WireRequest wire = RequestBuilder(m_config.endpoints, m_config.credentials).build(request, now);
    return launch(wire, TransactionInquiryRequest::byClientRefId(request.rail, request.clientRefId));
}

PendingCall* EkoClient::refund(MoneyCallTicket ticket, const RefundRequest& request)
{
    const MoneyCallTicket spent = std::move(ticket);
    if (spent.kind() != MoneyCallTicket::Kind::Refund || spent.tid() != request.tid)
        return refuseTicket(Call::Refund, request.rail, spent.clientRefId());
    // Eko files the refund under the original tid, whose tx_status becomes
    // 4 (refunded) once it is done: that is what the inquiry asks.
    return launch(buildWire(m_config, request), TransactionInquiryRequest::byTid(request.rail, request.tid));
}

PendingCall* EkoClient::forward(const WireRequest& wire)
{
    if (wire.call == Call::InitiateTransaction || wire.call == Call::Refund)
        return refuseTicket(wire.call, wire.rail, wire.clientRefId);
    return launch(wire, std::nullopt);
}

PendingCall* EkoClient::forwardInitiate(MoneyCallTicket ticket, const WireRequest& wire)
{
    const MoneyCallTicket spent = std::move(ticket);
    if (spent.kind() != MoneyCallTicket::Kind::Initiate || wire.call != Call::InitiateTransaction ||
        wire.clientRefId != spent.clientRefId())
        return refuseTicket(Call::InitiateTransaction, wire.rail, wire.clientRefId);
    return launch(wire, TransactionInquiryRequest::byClientRefId(wire.rail, wire.clientRefId));
}

PendingCall* EkoClient::forwardRefund(MoneyCallTicket ticket, const WireRequest& wire, const QString& tid)
{
    const MoneyCallTicket spent = std::move(ticket);
    if (spent.kind() != MoneyCallTicket::Kind::Refund || wire.call != Call::Refund || spent.tid() != tid)
        return refuseTicket(Call::Refund, wire.rail, spent.clientRefId());
    return launch(wire, TransactionInquiryRequest::byTid(wire.rail, tid));
}

} // namespace counterdesk::eko
