// The sandbox's pure pieces: fee rule, Eko's amount text, fault specs,
// routes and the command line. No network.
#include "TestRunner.h"
#include "sandbox/CommandLine.h"
#include "sandbox/Envelope.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FeeRule.h"
#include "sandbox/RouteTable.h"

#include <QTest>

using namespace counterdesk;
using namespace counterdesk::sandbox;
using counterdesk::http::HttpMethod;

class TestSandboxUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fee_data()
    {
        QTest::addColumn<qint64>("rupees");
        QTest::addColumn<QString>("fee");
        QTest::addColumn<QString>("gst");
        QTest::newRow("sample 110") << qint64(110) << QStringLiteral("4.0") << QStringLiteral("0.61");
        QTest::newRow("minimum") << qint64(1) << QStringLiteral("4.0") << QStringLiteral("0.61");
        QTest::newRow("400 is 1%") << qint64(400) << QStringLiteral("4.0") << QStringLiteral("0.61");
        QTest::newRow("401") << qint64(401) << QStringLiteral("4.01") << QStringLiteral("0.61");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("10.0") << QStringLiteral("1.53");
        QTest::newRow("50000") << qint64(50000) << QStringLiteral("500.0") << QStringLiteral("76.27");
    }
    void fee()
    {
        QFETCH(qint64, rupees);
        QFETCH(QString, fee);
        QFETCH(QString, gst);
        const Money f = FeeRule::feeFor(Money::fromRupees(rupees));
        QCOMPARE(envelope::javaDecimal(f), fee);
        QCOMPARE(envelope::javaDecimal(FeeRule::gstIncludedIn(f)), gst);
    }

    void javaDecimal()
    {
        QCOMPARE(envelope::javaDecimal(Money::fromPaise(81400)), QStringLiteral("814.0"));
        QCOMPARE(envelope::javaDecimal(Money::fromPaise(81450)), QStringLiteral("814.5"));
        QCOMPARE(envelope::javaDecimal(Money::fromPaise(0)), QStringLiteral("0.0"));
        QCOMPARE(envelope::javaDecimal(Money::fromPaise(61)), QStringLiteral("0.61"));
    }

    void faultSpec()
    {
        QString error;
        std::optional<FaultRule> r =
            FaultInjector::parseSpec(QStringLiteral("initiate_transaction:drop/1"), &error);
        QVERIFY(r);
        QCOMPARE(r->callName, QStringLiteral("initiate_transaction"));
        QCOMPARE(r->fault, Fault::CommitThenDrop);
        QCOMPARE(r->times, 1);
        r = FaultInjector::parseSpec(QStringLiteral("*:delay=1500"), &error);
        QVERIFY(r);
        QCOMPARE(r->delayMs, 1500);
        QCOMPARE(r->times, -1);
        r = FaultInjector::parseSpec(QStringLiteral("initiate_transaction:awaited=30000"), &error);
        QCOMPARE(r->settleMs, 30000);
        QVERIFY(!FaultInjector::parseSpec(QStringLiteral("nothing"), &error));
        QVERIFY(!FaultInjector::parseSpec(QStringLiteral("x:explode"), &error));
        QVERIFY(error.contains(QStringLiteral("explode")));
    }

    void outcomeFaultsOnlyHitInitiate()
    {
        FaultInjector faults;
        FaultRule awaited;
        awaited.fault = Fault::Awaited;
        awaited.times = 1;
        faults.add(awaited);
        QVERIFY(!faults.take(QLatin1String(CallName::GetSender)).outcome);
        QVERIFY(faults.take(QLatin1String(CallName::InitiateTransaction)).outcome);
        QVERIFY(faults.rules().isEmpty());
    }

    void routes_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("call");
        QTest::addColumn<bool>("levin");
        const int get = int(HttpMethod::Get);
        const int post = int(HttpMethod::Post);
        QTest::newRow("get sender") << get << "/customer/payment/ppi-digikhata/sender/9000000001"
                                    << "get_sender" << false;
        QTest::newRow("onboard") << post << "/customer/payment/ppi-levin/sender/9000000001"
                                 << "onboard_sender" << true;
        QTest::newRow("resend") << post << "/customer/payment/ppi-levin/sender/9000000001/otp"
                                << "resend_sender_otp" << true;
        QTest::newRow("bank otp") << post << "/customer/payment/ppi-digikhata/sender/9/recipient/bank/otp"
                                  << "recipient_bank_otp" << false;
        QTest::newRow("levin bank") << post << "/customer/payment/ppi-levin/sender/9/bank/recipient"
                                    << "recipient_bank_otp" << true;
        QTest::newRow("levin bank legacy") << post << "/customer/payment/ppi-levin/sender/9/recipient/bank"
                                           << "recipient_bank_otp" << true;
        QTest::newRow("txn otp") << post << "/customer/payment/ppi-levin/otp"
                                 << "send_transaction_otp" << true;
        QTest::newRow("initiate") << post << "/customer/payment/ppi-digikhata"
                                  << "initiate_transaction" << false;
        QTest::newRow("inquiry") << get << "/tools/reference/transaction/client_ref_id:A1"
                                 << "transaction_inquiry" << false;
        QTest::newRow("refund otp") << post << "/customer/payment/refund/123/otp"
                                    << "refund_otp" << false;
        QTest::newRow("refund") << post << "/customer/payment/refund/123"
                                << "refund" << false;
        QTest::newRow("legacy profile") << get << "/customer/profile/9000000001"
                                        << "get_sender" << false;
        QTest::newRow("legacy initiate") << post << "/customer/payment/ppi"
                                         << "initiate_transaction" << false;
    }
    void routes()
    {
        QFETCH(int, method);
        QFETCH(QString, path);
        QFETCH(QString, call);
        QFETCH(bool, levin);
        const RouteTable::Match m = RouteTable::match(HttpMethod(method), path);
        QCOMPARE(m.status, RouteTable::MatchStatus::Matched);
        QCOMPARE(m.route.call, call);
        QCOMPARE(m.route.rail == sandbox::Rail::Levin, levin);
    }

    void routeMisses()
    {
        QCOMPARE(RouteTable::match(HttpMethod::Get, QStringLiteral("/customer/payment/ppi-digikhata")).status,
                 RouteTable::MatchStatus::WrongMethod);
        QCOMPARE(RouteTable::match(HttpMethod::Post,
                                   QStringLiteral("/customer/payment/ppi/sender/9/recipient/bank"))
                     .status,
                 RouteTable::MatchStatus::NotFound);
    }

    void commandLine()
    {
        CommandLine::Parsed p =
            CommandLine::parse({QStringLiteral("sb"), QStringLiteral("--port"), QStringLiteral("8080"),
                                QStringLiteral("--fault"), QStringLiteral("refund:http500"),
                                QStringLiteral("--clock-offset-ms"), QStringLiteral("-5000")});
        QCOMPARE(p.action, CommandLine::Action::Run);
        QCOMPARE(p.options.port, quint16(8080));
        QCOMPARE(p.options.faults.size(), 1);
        QCOMPARE(p.options.clockOffsetMs, qint64(-5000));
        p = CommandLine::parse({QStringLiteral("sb"), QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
        QCOMPARE(p.action, CommandLine::Action::Fail);
        p = CommandLine::parse({QStringLiteral("sb"), QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                                QStringLiteral("--allow-remote")});
        QCOMPARE(p.action, CommandLine::Action::Run);
        QCOMPARE(
            CommandLine::parse({QStringLiteral("sb"), QStringLiteral("--fault"), QStringLiteral("x")}).action,
            CommandLine::Action::Fail);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxUnits)
#include "tst_sandboxunits.moc"
