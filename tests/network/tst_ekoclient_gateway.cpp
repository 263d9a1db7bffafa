// A Gateway profile's client on the wire: what counterdesk-gateway receives
// from a counter, read byte for byte over real loopback HTTP.
//
// The peer is not a gateway. It is a recorder that reads each request with
// the sandbox's own HTTP parser, keeps the request line exactly as it
// arrived, checks the counter's headers with CounterSigner::verify (the one
// check the gateway runs, docs/gateway.md) and answers with the refusal
// docs/gateway.md specifies: Eko's authentication 403 envelope plus
// gateway_error, with a Date header. The end-to-end test through the real
// gateway follows once the gateway and this branch meet.
#include "TestRunner.h"
#include "TicketDesk.h"
#include "WaitForCall.h"
#include "domain/ClientRefId.h"
#include "eko/CounterSigner.h"
#include "eko/EkoClient.h"
#include "http/HttpRequest.h"
#include "profile/ConnectionCheck.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace counterdesk;
using namespace counterdesk::eko;
using counterdesk::tests::waitForCall;

namespace {

const QByteArray kSecret = QByteArrayLiteral("cds_counter_secret_for_tests_only");
const QString kCounterId = QStringLiteral("shop-12");
// The PC's clock in these tests, and the offset the client already knows;
// F + O is a whole second, so a Date header can state it exactly.
constexpr qint64 kLocalNowMs = 1800000000000;
constexpr qint64 kKnownOffsetMs = -90000;
constexpr qint64 kOneMinute = 60 * 1000;

struct SeenRequest
{
    QByteArray method;
    QByteArray target; // as on the request line
    QByteArray body;
    http::HttpRequest parsed;
    bool signatureValid = false;
};

class CounterRecorder : public QTcpServer
{
public:
    QList<SeenRequest> seen;
    QByteArray gatewayError = "revoked";
    qint64 dateMs = kLocalNowMs + kKnownOffsetMs; // what the Date header says

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const http::HttpParse parse = http::parseHttpRequest(*buffer);
            if (parse.status == http::HttpParse::Status::NeedMore)
                return;
            if (parse.status == http::HttpParse::Status::Complete)
                record(buffer->left(parse.consumed), parse.request);
            buffer->clear();
            answer(socket);
        });
    }

private:
    void record(const QByteArray& raw, const http::HttpRequest& request)
    {
        const QList<QByteArray> line = raw.left(raw.indexOf("\r\n")).split(' ');
        SeenRequest s;
        s.method = line.value(0);
        s.target = line.value(1);
        s.body = request.body;
        s.parsed = request;
        s.signatureValid = request.header(CounterSigner::kCounterIdHeader) == kCounterId.toUtf8() &&
                           CounterSigner::verify(kSecret, s.method, s.target, s.body,
                                                 request.header(CounterSigner::kTimestampHeader),
                                                 request.header(CounterSigner::kSignatureHeader));
        seen.append(s);
    }

    void answer(QTcpSocket* socket)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("status"), 403},
                                      {QStringLiteral("message"), QStringLiteral("Forbidden")},
                                      {QStringLiteral("reason"), QStringLiteral("counter")},
                                      {QStringLiteral("gateway_error"), QString::fromLatin1(gatewayError)}})
                .toJson(QJsonDocument::Compact);
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::fromMSecsSinceEpoch(dateMs, Qt::UTC),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                    .toLatin1();
        socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nDate: " + date +
                      "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
};

// A money call with a journal ticket (TicketDesk), for a sender of its own.
InitiateTransactionRequest initiateFor(const QString& mobile, qint64 rupees)
{
    InitiateTransactionRequest r;
    r.clientRefId = ClientRefId::generate();
    r.customerId = mobile;
    r.recipientId = 10017680;
    r.amount = Money::fromRupees(rupees);
    r.otp = QStringLiteral("123456");
    r.otpRefId = QStringLiteral("otp-ref");
    return r;
}

} // namespace

class TestEkoClientGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyRequestCarriesOnlyTheCounterCredential();
    void gatewayRefusalIsFinalAndNamed();
    void staleTimestampIsResignedOnce();
    void connectionCheckNamesTheGatewaysCause();

private:
    std::unique_ptr<EkoClient> makeClient();
    void checkCounterOnly(const SeenRequest& s);

    QNetworkAccessManager m_network;
    std::unique_ptr<CounterRecorder> m_recorder;
    tests::TicketDesk m_tickets;
};

void TestEkoClientGateway::init()
{
    m_recorder = std::make_unique<CounterRecorder>();
    QVERIFY(m_recorder->listen(QHostAddress::LocalHost, 0));
}

void TestEkoClientGateway::cleanup()
{
    m_recorder.reset();
}

std::unique_ptr<EkoClient> TestEkoClientGateway::makeClient()
{
    ClientConfig config;
    config.endpoints.setBaseUrl(
        QUrl(QStringLiteral("http://127.0.0.1:%1/ekoapi/v3").arg(m_recorder->serverPort())));
    config.credentials.signedBy = SignedBy::GatewayCounter;
    config.credentials.counterId = kCounterId;
    config.credentials.counterSecret = kSecret;
    config.timeoutMs = 5000;
    config.getRetries = 0;
    auto client = std::make_unique<EkoClient>(&m_network, config);
    client->setLocalClockForTesting([] { return kLocalNowMs; });
    client->setClockOffsetMs(kKnownOffsetMs);
    return client;
}

// What a gateway must never see from a counter, and what it must.
void TestEkoClientGateway::checkCounterOnly(const SeenRequest& s)
{
    for (const char* ekoHeader : {"developer_key", "secret-key", "secret-key-timestamp"})
        QVERIFY2(s.parsed.header(ekoHeader).isEmpty(), ekoHeader);
    QVERIFY(s.target.startsWith("/ekoapi/v3/"));
    const QUrlQuery query(QUrl::fromEncoded(s.target));
    const QJsonObject body = QJsonDocument::fromJson(s.body).object();
    for (const QString& identity : {QStringLiteral("initiator_id"), QStringLiteral("user_code")}) {
        QVERIFY2(!query.hasQueryItem(identity), qPrintable(identity));
        QVERIFY2(!body.contains(identity), qPrintable(identity));
    }
    QVERIFY2(s.signatureValid, s.method + ' ' + s.target);
}

// A GET and a money POST: the signature covers the request target and the
// very body bytes that arrived, with the timestamp corrected by the known
// offset (PC clock + offset, exactly).
void TestEkoClientGateway::everyRequestCarriesOnlyTheCounterCredential()
{
    const std::unique_ptr<EkoClient> client = makeClient();
    const std::optional<Result> get =
        waitForCall(client->getSender(GetSenderRequest{Rail::Levin, QStringLiteral("9000000001")}));
    QVERIFY(get);
    const InitiateTransactionRequest initiate = initiateFor(QStringLiteral("9000000001"), 210);
    const std::optional<Result> post =
        waitForCall(client->initiateTransaction(m_tickets.initiate(initiate), initiate));
    QVERIFY(post);

    QCOMPARE(m_recorder->seen.size(), 2);
    const SeenRequest& g = m_recorder->seen.at(0);
    QCOMPARE(g.method, QByteArray("GET"));
    QVERIFY(g.target.contains("9000000001"));
    QVERIFY(g.body.isEmpty());
    checkCounterOnly(g);
    const SeenRequest& p = m_recorder->seen.at(1);
    QCOMPARE(p.method, QByteArray("POST"));
    QCOMPARE(QJsonDocument::fromJson(p.body).object().value(u"client_ref_id").toString(),
             initiate.clientRefId);
    checkCounterOnly(p);
    for (const SeenRequest& s : std::as_const(m_recorder->seen)) {
        QCOMPARE(s.parsed.header(CounterSigner::kTimestampHeader),
                 QByteArray::number(kLocalNowMs + kKnownOffsetMs));
        QCOMPARE(s.parsed.header(CounterSigner::kCounterIdHeader), kCounterId.toUtf8());
    }
}

// The gateway's refusal proves nothing was done: a money call is Failed
// (no follow-up inquiry, never UNKNOWN), sent once when the clock was right,
// and the cause travels to whoever words it.
void TestEkoClientGateway::gatewayRefusalIsFinalAndNamed()
{
    const std::unique_ptr<EkoClient> client = makeClient();
    const InitiateTransactionRequest initiate = initiateFor(QStringLiteral("9000000002"), 110);
    const std::optional<Result> r =
        waitForCall(client->initiateTransaction(m_tickets.initiate(initiate), initiate));
    QVERIFY(r);
    QCOMPARE(r->outcome, Outcome::Failed);
    QCOMPARE(r->reason, Reason::HttpForbidden);
    QCOMPARE(r->gatewayRefusal, GatewayRefusal::Revoked);
    QCOMPARE(r->attempts, 1);
    QVERIFY(!r->followUp);
    QCOMPARE(m_recorder->seen.size(), 1);
}

// A stale timestamp and a Date header 15 minutes ahead: re-signed once with
// the corrected clock (the same client_ref_id; the gateway did nothing),
// never a third time.
void TestEkoClientGateway::staleTimestampIsResignedOnce()
{
    m_recorder->gatewayError = "stale_timestamp";
    m_recorder->dateMs = kLocalNowMs + kKnownOffsetMs + 15 * kOneMinute;
    const std::unique_ptr<EkoClient> client = makeClient();
    const InitiateTransactionRequest initiate = initiateFor(QStringLiteral("9000000003"), 110);
    const std::optional<Result> r =
        waitForCall(client->initiateTransaction(m_tickets.initiate(initiate), initiate));
    QVERIFY(r);
    QCOMPARE(r->outcome, Outcome::Failed);
    QCOMPARE(r->gatewayRefusal, GatewayRefusal::StaleTimestamp);
    QCOMPARE(r->attempts, 2);
    QVERIFY(!r->followUp);
    QCOMPARE(m_recorder->seen.size(), 2);
    const qint64 first = m_recorder->seen.at(0).parsed.header(CounterSigner::kTimestampHeader).toLongLong();
    const qint64 second = m_recorder->seen.at(1).parsed.header(CounterSigner::kTimestampHeader).toLongLong();
    QCOMPARE(first, kLocalNowMs + kKnownOffsetMs);
    // The Date header has one-second resolution.
    QVERIFY2(qAbs(second - m_recorder->dateMs) < 1000,
             qPrintable(QString::number(second - m_recorder->dateMs)));
    for (const SeenRequest& s : std::as_const(m_recorder->seen)) {
        checkCounterOnly(s);
        QCOMPARE(QJsonDocument::fromJson(s.body).object().value(u"client_ref_id").toString(),
                 initiate.clientRefId);
    }
}

// Settings' "Test connection" and `counterdesk-cli check-connection` hear
// the gateway's cause, not Eko's ranked causes (no Eko key is involved).
void TestEkoClientGateway::connectionCheckNamesTheGatewaysCause()
{
    m_recorder->gatewayError = "unknown_counter";
    const std::unique_ptr<EkoClient> client = makeClient();
    profile::ConnectionProfile gateway;
    gateway.name = QStringLiteral("Partner gateway");
    gateway.kind = ProfileKind::Gateway;
    gateway.baseUrl = client->config().endpoints.baseUrl();
    gateway.counterId = kCounterId;
    profile::ConnectionCheck check;
    std::optional<profile::ConnectionCheckResult> result;
    connect(&check, &profile::ConnectionCheck::finished, this,
            [&result](const profile::ConnectionCheckResult& r) { result = r; });
    check.start(gateway, client.get());
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QCOMPARE(result->status, profile::ConnectionCheckResult::Status::Forbidden);
    QCOMPARE(result->gatewayRefusal, GatewayRefusal::UnknownCounter);
    // This PC is 90 s behind the gateway's Date: the clock first, then the
    // gateway's own cause; none of Eko's key causes.
    QCOMPARE(profile::ConnectionCheck::forbiddenCauses(*result),
             (QList<profile::ForbiddenCause>{profile::ForbiddenCause::ClockOff,
                                             profile::ForbiddenCause::GatewayRefusedCounter}));
    QCOMPARE(m_recorder->seen.size(), 1);
    checkCounterOnly(m_recorder->seen.at(0));
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoClientGateway)
#include "tst_ekoclient_gateway.moc"
