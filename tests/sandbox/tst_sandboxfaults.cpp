// Fault injection: delay, commit-then-drop, commit-then-time-out, HTTP 500
// with HTML, truncated JSON, awaited (settling later), refund pending and
// the refund itself; the error answers that prove nothing (408, 429 with
// Retry-After, a proxy's 404 and 403, a gateway's 502), each before and after
// committing; rules from the API, the control endpoint and flags.
#include "SandboxTestBase.h"
#include "TestRunner.h"
#include "sandbox/FaultInjector.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace counterdesk::sandbox;
using namespace counterdesk::sandbox::test;

namespace {

FaultRule rule(const char* call, Fault fault, int times = 1)
{
    FaultRule r;
    r.callName = QLatin1String(call);
    r.fault = fault;
    r.times = times;
    return r;
}
} // namespace

class TestSandboxFaults : public SandboxTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { resetServer(); }

    void delay()
    {
        FaultRule r = rule(CallName::GetSender, Fault::Delay);
        r.delayMs = 400;
        m_server.addFault(r);
        QElapsedTimer timer;
        timer.start();
        const Answer a = m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001"));
        QVERIFY(timer.elapsed() >= 350);
        QCOMPARE(a.rtid(), 2129);
        QVERIFY(!a.date.isEmpty());
    }

    void commitThenDrop()
    {
        // A raw socket shows exactly what goes over the wire: nothing.
        m_server.addFault(rule(CallName::InitiateTransaction, Fault::CommitThenDrop));
        const Answer sent =
            m_client->sendTransactionOtp(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110);
        QJsonObject body = m_client->initiateBody(
            QLatin1String(kDigiKhataSender), kKrishna, 110,
            m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("transaction")),
            sent.dataString("otp_ref_id"), QStringLiteral("T-DROP"));
        body.insert(QStringLiteral("initiator_id"), QLatin1String(kInitiatorId));
        body.insert(QStringLiteral("user_code"), QLatin1String(kUserCode));
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray request = "POST /ekoapi/v3/customer/payment/ppi-digikhata HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto& [name, value] : m_client->signedHeaders())
            request += name + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;

        // The server runs in this thread: wait with the event loop, never
        // with the blocking waitFor* calls.
        QTcpSocket socket;
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_server.port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write(request);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        received += socket.readAll();
        QVERIFY2(received.isEmpty(), received.constData());
        QCOMPARE(m_server.initiateCount(QStringLiteral("T-DROP")), 1);

        // The transfer happened: the inquiry finds it and the wallet paid.
        const Answer inquiry =
            m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-DROP"));
        QCOMPARE(inquiry.dataString("tx_status"), QStringLiteral("0"));
        const Answer sender =
            m_client->control("GET", QStringLiteral("sender?mobile=9000000001&rail=ppi-digikhata"));
        QCOMPARE(sender.json.value(QStringLiteral("balance")).toString(), QStringLiteral("24886.00"));
    }

    void commitThenDropThroughQnam()
    {
        // QNetworkAccessManager re-sends a request whose connection closed
        // before any answer byte, POST included (Qt 6.4). The re-sent
        // Initiate arrives with the same client_ref_id and is refused as a
        // duplicate, so money moves once; the counter shows the re-send.
        m_server.addFault(rule(CallName::InitiateTransaction, Fault::CommitThenDrop));
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-DROPQ"));
        const int arrivals = m_server.initiateCount(QStringLiteral("T-DROPQ"));
        qInfo("Initiate arrived %d time(s); client saw error %d, body %s", arrivals, int(a.error),
              a.body.constData());
        QVERIFY(arrivals >= 1);
        if (arrivals > 1)
            QVERIFY(a.invalidParams().contains(QStringLiteral("client_ref_id")));
        else
            QVERIFY(a.error != QNetworkReply::NoError);
        const Answer sender =
            m_client->control("GET", QStringLiteral("sender?mobile=9000000001&rail=ppi-digikhata"));
        QCOMPARE(sender.json.value(QStringLiteral("balance")).toString(), QStringLiteral("24886.00"));
    }

    void commitThenTimeout()
    {
        m_server.addFault(rule(CallName::InitiateTransaction, Fault::CommitThenTimeout));
        m_client->timeoutMs = 1000;
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-HANG"));
        m_client->timeoutMs = 10000;
        QCOMPARE(a.error, QNetworkReply::TimeoutError);
        QCOMPARE(m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-HANG"))
                     .dataString("tx_status"),
                 QStringLiteral("0"));
    }

    void http500WithHtmlAppliesNothing()
    {
        m_server.addFault(rule(CallName::InitiateTransaction, Fault::Http500Html));
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-500"));
        QCOMPARE(a.http, 500);
        QVERIFY(a.body.contains("<html>"));
        QCOMPARE(m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-500")).status(),
                 168);
    }

    void truncatedJson()
    {
        m_server.addFault(rule(CallName::InitiateTransaction, Fault::TruncatedJson));
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-TRUNC"));
        QCOMPARE(a.http, 200);
        QVERIFY(!a.body.isEmpty());
        QVERIFY(a.json.isEmpty()); // does not parse
        QCOMPARE(m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-TRUNC"))
                     .dataString("tx_status"),
                 QStringLiteral("0"));
    }

    void awaitedSettlesLater()
    {
        FaultRule r = rule(CallName::InitiateTransaction, Fault::Awaited);
        r.settleMs = 30000;
        m_server.addFault(r);
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-AWAIT"));
        QCOMPARE(a.status(), 0);
        QCOMPARE(a.dataString("tx_status"), QStringLiteral("2"));
        QCOMPARE(m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-AWAIT"))
                     .dataString("tx_status"),
                 QStringLiteral("2"));
        m_server.setClockOffsetMs(31000);
        m_client->clockOffsetMs = 31000;
        const Answer settled =
            m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:T-AWAIT"));
        QCOMPARE(settled.dataString("tx_status"), QStringLiteral("0"));
        QVERIFY(!settled.dataString("bank_ref_num").isEmpty());
    }

    void refundPendingThenRefund()
    {
        m_server.addFault(rule(CallName::InitiateTransaction, Fault::RefundPending));
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110,
                                            QStringLiteral("T-REF"));
        QCOMPARE(a.dataString("tx_status"), QStringLiteral("3"));
        const QString tid = a.dataString("tid");
        // The failure sent a refund OTP by itself; Get Refund OTP hands back
        // that session (inside the cool-down) with its otp_ref_id.
        const QString autoOtp = m_client->otp(QLatin1String(kDigiKhataSender), QStringLiteral("refund"));
        QCOMPARE(autoOtp.size(), 6);
        const Answer otpAnswer =
            m_client->post(QStringLiteral("/customer/payment/refund/%1/otp").arg(tid), {});
        QCOMPARE(otpAnswer.rtid(), 2133);
        const Answer refund =
            m_client->post(QStringLiteral("/customer/payment/refund/") + tid,
                           {{QStringLiteral("otp"), autoOtp},
                            {QStringLiteral("otp_ref_id"), otpAnswer.dataString("otp_ref_id")},
                            {QStringLiteral("state"), QStringLiteral("1")},
                            {QStringLiteral("service_code"), QStringLiteral("80")}});
        QCOMPARE(refund.status(), 0);
        QCOMPARE(refund.rtid(), 74);
        QCOMPARE(refund.dataString("refunded_amount"), QStringLiteral("114.0"));
        QVERIFY(!refund.dataString("refund_tid").isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("/tools/reference/transaction/") + tid).dataString("tx_status"),
                 QStringLiteral("4"));
        // A second refund is refused.
        QVERIFY(m_client->post(QStringLiteral("/customer/payment/refund/%1/otp").arg(tid), {})
                    .invalidParams()
                    .contains(QStringLiteral("tid")));

        // The control endpoint shows the ledger (what a crash test compares
        // the journal with) and counts the refund POSTs per tid.
        const QJsonArray ledger = m_client->control("GET", QStringLiteral("transactions"))
                                      .json.value(QStringLiteral("transactions"))
                                      .toArray();
        QCOMPARE(ledger.size(), 1);
        const QJsonObject row = ledger.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("tid")).toString(), tid);
        QCOMPARE(row.value(QStringLiteral("client_ref_id")).toString(), QStringLiteral("T-REF"));
        QCOMPARE(row.value(QStringLiteral("sender_mobile")).toString(), QLatin1String(kDigiKhataSender));
        QCOMPARE(row.value(QStringLiteral("tx_status")).toInt(), 4);
        QCOMPARE(row.value(QStringLiteral("refund_tid")).toString(), refund.dataString("refund_tid"));
        QCOMPARE(row.value(QStringLiteral("refunded")).toString(), QStringLiteral("114.00"));
        QCOMPARE(m_client->control("GET", QStringLiteral("counters"))
                     .json.value(QStringLiteral("refunds_by_tid"))
                     .toObject()
                     .value(tid)
                     .toInt(),
                 1);
    }

    // Each error answer, by its spec name: the answer looks the same whether
    // or not the call was applied; only the inquiry and the wallet tell.
    void errorAnswers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("html");
        QTest::addColumn<bool>("applied");
        QTest::newRow("http408") << QStringLiteral("http408") << 408 << true << false;
        QTest::newRow("commit_then_http408") << QStringLiteral("commit_then_http408") << 408 << true << true;
        QTest::newRow("http429") << QStringLiteral("http429") << 429 << false << false;
        QTest::newRow("commit_then_http429") << QStringLiteral("commit_then_http429") << 429 << false << true;
        QTest::newRow("proxy404") << QStringLiteral("proxy404") << 404 << true << false;
        QTest::newRow("commit_then_proxy404")
            << QStringLiteral("commit_then_proxy404") << 404 << true << true;
        QTest::newRow("http502") << QStringLiteral("http502") << 502 << true << false;
        QTest::newRow("commit_then_http502") << QStringLiteral("commit_then_http502") << 502 << true << true;
        QTest::newRow("proxy403") << QStringLiteral("proxy403") << 403 << true << false;
        QTest::newRow("http500") << QStringLiteral("http500") << 500 << true << false;
    }

    void errorAnswers()
    {
        QFETCH(QString, kind);
        QFETCH(int, http);
        QFETCH(bool, html);
        QFETCH(bool, applied);
        QString error;
        const std::optional<FaultRule> parsed =
            FaultInjector::parseSpec(QStringLiteral("initiate_transaction:%1/1").arg(kind), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(FaultInjector::faultName(parsed->fault), kind);
        m_server.addFault(*parsed);
        const QString ref = QStringLiteral("T-") + QString(kind).remove(u'_'); // at most 19 characters
        const Answer a = m_client->transfer(kDkRail, QLatin1String(kDigiKhataSender), kKrishna, 110, ref);
        QCOMPARE(a.http, http);
        QCOMPARE(m_server.initiateCount(ref), 1);
        QVERIFY(!a.date.isEmpty());
        // Not Eko's envelope: no status, response_status_id or response_type_id.
        for (const char* id : {"status", "response_status_id", "response_type_id"})
            QVERIFY2(!a.json.contains(QLatin1String(id)), a.body.constData());
        if (html)
            QVERIFY2(a.body.startsWith("<html>"), a.body.constData());
        if (http == 429)
            QCOMPARE(a.retryAfter, QByteArray::number(FaultInjector::kRetryAfterSeconds));
        else
            QVERIFY(a.retryAfter.isEmpty());

        const Answer inquiry =
            m_client->get(QStringLiteral("/tools/reference/transaction/client_ref_id:") + ref);
        const Answer sender =
            m_client->control("GET", QStringLiteral("sender?mobile=9000000001&rail=ppi-digikhata"));
        if (applied) {
            QCOMPARE(inquiry.dataString("tx_status"), QStringLiteral("0"));
            QCOMPARE(sender.json.value(QStringLiteral("balance")).toString(), QStringLiteral("24886.00"));
        } else {
            QCOMPARE(inquiry.status(), 168);
            QCOMPARE(sender.json.value(QStringLiteral("balance")).toString(), QStringLiteral("25000.00"));
        }
    }

    // Every name reads back as itself; the long forms of drop and timeout
    // are aliases; the control endpoint takes the new names too.
    void errorAnswerNames()
    {
        const QStringList names{QStringLiteral("http408"),  QStringLiteral("commit_then_http408"),
                                QStringLiteral("http429"),  QStringLiteral("commit_then_http429"),
                                QStringLiteral("proxy404"), QStringLiteral("commit_then_proxy404"),
                                QStringLiteral("http502"),  QStringLiteral("commit_then_http502"),
                                QStringLiteral("proxy403")};
        for (const QString& name : names) {
            const std::optional<Fault> fault = FaultInjector::faultFromName(name);
            QVERIFY2(fault, qPrintable(name));
            QCOMPARE(FaultInjector::faultName(*fault), name);
            QVERIFY(FaultInjector::errorAnswer(*fault).has_value());
            QCOMPARE(FaultInjector::appliesCallFirst(*fault), name.startsWith(QLatin1String("commit_then_")));
            QVERIFY(!FaultInjector::isOutcomeFault(*fault));
        }
        QCOMPARE(FaultInjector::faultFromName(QStringLiteral("commit_then_drop")), Fault::CommitThenDrop);
        QCOMPARE(FaultInjector::faultFromName(QStringLiteral("commit_then_timeout")),
                 Fault::CommitThenTimeout);
        QVERIFY(!FaultInjector::errorAnswer(Fault::CommitThenDrop).has_value());

        QCOMPARE(m_client
                     ->control("POST", QStringLiteral("faults"),
                               {{QStringLiteral("call"), QStringLiteral("get_recipients")},
                                {QStringLiteral("fault"), QStringLiteral("commit_then_http502")},
                                {QStringLiteral("times"), 1}})
                     .http,
                 200);
        QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"))
                     .http,
                 502);
        QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"))
                     .http,
                 200);
    }

    void timesAndWildcard()
    {
        m_server.addFault(rule("*", Fault::Http500Html, 2));
        QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001")).http,
                 500);
        QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"))
                     .http,
                 500);
        QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"))
                     .http,
                 200);
    }

    void controlEndpointFaults()
    {
        const Answer added = m_client->control("POST", QStringLiteral("faults"),
                                               {{QStringLiteral("call"), QStringLiteral("get_recipients")},
                                                {QStringLiteral("fault"), QStringLiteral("http500")}});
        QCOMPARE(added.http, 200);
        QCOMPARE(m_client
                     ->control("POST", QStringLiteral("faults"),
                               {{QStringLiteral("spec"), QStringLiteral("get_sender:delay=10/1")}})
                     .http,
                 200);
        QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"))
                     .http,
                 500);
        QCOMPARE(m_client->control("DELETE", QStringLiteral("faults")).http, 200);
        QCOMPARE(m_client->get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"))
                     .http,
                 200);
        QCOMPARE(m_client
                     ->control("POST", QStringLiteral("faults"),
                               {{QStringLiteral("fault"), QStringLiteral("bogus")}})
                     .http,
                 400);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
