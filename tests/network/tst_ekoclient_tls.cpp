// EkoClient TLS policy: a failed handshake fails the call with
// Reason::TlsError (nothing was sent), for a money call too, and plain HTTP
// to anything but loopback is refused before any connection.
#include "ClientTransport.h"
#include "TestRunner.h"
#include "TicketDesk.h"
#include "WaitForCall.h"
#include "domain/ClientRefId.h"
#include "eko/EkoClient.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace counterdesk;
using namespace counterdesk::eko;
using counterdesk::tests::waitForCall;

namespace {

// Speaks plain HTTP to whoever connects: a TLS client sees garbage where a
// ServerHello should be.
class PlainHttpServer : public QTcpServer
{
public:
    int connections = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        ++connections;
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        });
    }
};

ClientConfig configFor(const QUrl& base)
{
    ClientConfig c;
    c.endpoints.setBaseUrl(base);
    c.credentials = {QStringLiteral("dev"), "key", QStringLiteral("9962981729"), QStringLiteral("20810200")};
    c.timeoutMs = 5000;
    return c;
}

} // namespace

class TestEkoClientTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void handshakeFailureIsTlsError();
    void moneyCallHandshakeFailureIsNotSent();
    void plainHttpToRemoteHostRefused();

private:
    PlainHttpServer m_server;
    counterdesk::eko::testing::ClientTransport m_transport;
};

void TestEkoClientTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt build");
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

void TestEkoClientTls::handshakeFailureIsTlsError()
{
    QUrl base(QStringLiteral("https://127.0.0.1/ekoapi/v3"));
    base.setPort(m_server.serverPort());
    const std::unique_ptr<EkoClient> client = m_transport.client(configFor(base));
    const auto r = waitForCall(client->getSender({Rail::DigiKhata, QStringLiteral("9000000001")}));
    QVERIFY(r);
    QCOMPARE(r->outcome, Outcome::NotSent);
    QCOMPARE(r->reason, Reason::TlsError);
    QCOMPARE(r->attempts, 1); // decisive: not retried like a network blip
    QVERIFY(!r->detail.isEmpty());
}

void TestEkoClientTls::moneyCallHandshakeFailureIsNotSent()
{
    QUrl base(QStringLiteral("https://127.0.0.1/ekoapi/v3"));
    base.setPort(m_server.serverPort());
    const std::unique_ptr<EkoClient> client = m_transport.client(configFor(base));
    InitiateTransactionRequest req;
    req.clientRefId = ClientRefId::generate();
    req.customerId = QStringLiteral("9000000001");
    req.recipientId = 10017680;
    req.amount = Money::fromRupees(100);
    req.otp = QStringLiteral("123456");
    req.otpRefId = QStringLiteral("ref");
    tests::TicketDesk tickets;
    const auto r = waitForCall(client->initiateTransaction(tickets.initiate(req), req));
    QVERIFY(r);
    QCOMPARE(r->outcome, Outcome::NotSent);
    QCOMPARE(r->reason, Reason::TlsError);
    QVERIFY(!r->followUp); // nothing left the machine, nothing to inquire
}

void TestEkoClientTls::plainHttpToRemoteHostRefused()
{
    const int before = m_server.connections;
    const std::unique_ptr<EkoClient> client =
        m_transport.client(configFor(QUrl(QStringLiteral("http://staging.eko.in/ekoapi/v3"))));
    const auto r = waitForCall(client->getSender({Rail::DigiKhata, QStringLiteral("9000000001")}));
    QVERIFY(r);
    QCOMPARE(r->outcome, Outcome::NotSent);
    QCOMPARE(r->reason, Reason::InsecureUrl);
    QCOMPARE(m_server.connections, before);
}

COUNTERDESK_TEST_GUILESS_MAIN(TestEkoClientTls)
#include "tst_ekoclient_tls.moc"
