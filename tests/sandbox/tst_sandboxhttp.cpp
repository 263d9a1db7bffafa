// The sandbox's own HTTP/1.1 reading (http/HttpRequest, HttpListener):
// what a client sees for requests that arrive in pieces, back to back, or
// broken - first from the parser, then over a real loopback connection.
#include "SandboxTestBase.h"
#include "TestRunner.h"
#include "http/HttpRequest.h"

#include <QJsonDocument>
#include <QTcpSocket>

using namespace counterdesk;
using namespace counterdesk::sandbox;
using Status = http::HttpParse::Status;

namespace {

struct RawExchange
{
    QByteArray received;
    bool closedByServer = false;
};

} // namespace

class TestSandboxHttp : public counterdesk::sandbox::test::SandboxTestBase
{
    Q_OBJECT

    // Writes `chunks` one by one on a fresh connection (the event loop runs
    // between them), then collects what the server sends until it closes the
    // connection or (unless untilClosed) `expectedAnswers` HTTP answers have arrived.
    RawExchange exchange(const QList<QByteArray>& chunks, int expectedAnswers, bool untilClosed = false)
    {
        RawExchange result;
        QTcpSocket socket;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [&] { result.received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { result.closedByServer = true; });
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return result;
        for (const QByteArray& chunk : chunks) {
            socket.write(chunk);
            QTest::qWait(20);
        }
        // A timeout shows in the caller's assertions on what arrived.
        (void)QTest::qWaitFor(
            [&] {
                return result.closedByServer ||
                       (!untilClosed && result.received.count("HTTP/1.1 ") >= expectedAnswers);
            },
            5000);
        socket.disconnect(); // closing it on the way out is not the server's doing
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { resetServer(); }

    void parserTakesOneWholeRequest()
    {
        const QByteArray bytes = "POST /ekoapi/v3/x?a=1&b=%20c HTTP/1.1\r\nHost: h\r\nContent-Type: "
                                 "application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}GET";
        const http::HttpParse parse = http::parseHttpRequest(bytes);
        QCOMPARE(parse.status, Status::Complete);
        QCOMPARE(parse.request.method, http::HttpMethod::Post);
        QCOMPARE(parse.request.url.path(), QStringLiteral("/ekoapi/v3/x"));
        QCOMPARE(parse.request.query().queryItemValue(QStringLiteral("b"), QUrl::FullyDecoded),
                 QStringLiteral(" c"));
        QCOMPARE(parse.request.header("CONTENT-type"), QByteArray("application/json"));
        QCOMPARE(parse.request.body, QByteArray("{\"a\":1}"));
        QCOMPARE(parse.consumed, bytes.size() - 3); // the next request's first bytes stay
        QVERIFY(parse.request.keepAlive);
    }

    void parserWaitsForTheRestOfABody()
    {
        const QByteArray whole = "POST /p HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789";
        for (qsizetype cut = 0; cut < whole.size(); ++cut)
            QCOMPARE(http::parseHttpRequest(whole.left(cut)).status, Status::NeedMore);
        QCOMPARE(http::parseHttpRequest(whole).status, Status::Complete);
    }

    void parserKeepAliveRules_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    }
    void parserKeepAliveRules()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        const http::HttpParse parse = http::parseHttpRequest(head);
        QCOMPARE(parse.status, Status::Complete);
        QCOMPARE(parse.request.keepAlive, keepAlive);
    }

    void parserRefusesWhatItCannotReadSafely_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("chunked") << QByteArray(
                                        "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << 501;
        QTest::newRow("two lengths")
            << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("signed length")
            << QByteArray("POST /p HTTP/1.1\r\nContent-Length: +1\r\n\r\na") << 400;
        QTest::newRow("bare LF") << QByteArray("GET /p HTTP/1.1\nHost: h\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET /p HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET /p HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET /p HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("no version") << QByteArray("GET /p\r\n\r\n") << 400;
        QTest::newRow("relative target") << QByteArray("GET p HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("huge body") << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")
                                   << 413;
        QTest::newRow("endless header")
            << QByteArray("GET /p HTTP/1.1\r\nX: " + QByteArray(40000, 'a')) << 431;
    }
    void parserRefusesWhatItCannotReadSafely()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const http::HttpParse parse = http::parseHttpRequest(bytes);
        QCOMPARE(parse.status, Status::Refused);
        QVERIFY(parse.refusal);
        QCOMPARE(parse.refusal->status, status);
        QVERIFY(!QJsonDocument::fromJson(parse.refusal->body)
                     .object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    }

    void requestInPiecesIsAnsweredOnce()
    {
        const RawExchange got =
            exchange({"GET /sandbox/control/coun", "ters HTTP/1.1\r\nHo", "st: x\r\n", "\r\n"}, 1);
        QVERIFY2(got.received.startsWith("HTTP/1.1 200 OK\r\n"), got.received.constData());
        QCOMPARE(got.received.count("HTTP/1.1 "), 1);
        QVERIFY(got.received.contains("\r\nDate: "));
        QVERIFY2(!got.closedByServer,
                 got.received.constData()); // keep-alive: the connection stays for the next request
    }

    void backToBackRequestsAreAnsweredInOrder()
    {
        const QByteArray two = "GET /sandbox/control/otp?mobile=1 HTTP/1.1\r\n\r\n"
                               "GET /sandbox/control/counters HTTP/1.1\r\nConnection: close\r\n\r\n";
        const RawExchange got = exchange({two}, 2, true);
        const qsizetype first = got.received.indexOf("HTTP/1.1 404 ");
        const qsizetype second = got.received.indexOf("HTTP/1.1 200 ");
        QVERIFY2(first >= 0 && second > first, got.received.constData());
        QVERIFY(got.closedByServer); // the second asked for "Connection: close"
    }

    void brokenRequestGetsAnErrorAndTheConnectionCloses()
    {
        const RawExchange got = exchange({"POST /ekoapi/v3/customer/payment/ppi-digikhata HTTP/1.1\r\n"
                                          "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"},
                                         1);
        QVERIFY2(got.received.startsWith("HTTP/1.1 501 Not Implemented\r\n"), got.received.constData());
        QVERIFY(got.closedByServer);
        // Refused before routing: no call was counted, so nothing was applied.
        QCOMPARE(m_server.callCount(QStringLiteral("initiate_transaction")), 0);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
