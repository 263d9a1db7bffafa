// counterdesk-cli's bank commands end to end against a counterdesk-sandbox
// process (real loopback HTTP), OTPs fed on stdin from the sandbox's control
// endpoint: `recipient add` at each kind of bank with the bank_id the
// sandbox's Get IFSC Details gave (a leased IFSC the holding bank's),
// `recipients`, and `bank IFSC` (a typo is not sent, an IFSC Eko does not
// know is Eko's refusal).
#include "CliRun.h"
#include "TestRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kIfscCall = QStringLiteral("get_ifsc_details");
} // namespace

class TestCliBanks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recipientAddAtEachKindOfBank_data();
    void recipientAddAtEachKindOfBank();
    void recipientsListsTheNewOne();
    void bankShowsDirectoryAndEko();
    void bankTypoIsNotSent();
    void bankUnknownToEko();
    void usage();

private:
    QStringList common() const;

    CliSandboxFixture f;
};

void TestCliBanks::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

QStringList TestCliBanks::common() const
{
    return f.common();
}

void TestCliBanks::recipientAddAtEachKindOfBank_data()
{
    QTest::addColumn<QString>("rail");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("ifsc");
    QTest::addColumn<qint64>("bankId"); // resources/sandbox/banks.json
    QTest::addColumn<QString>("bank");
    // Eko adds 5 recipients a day per sender: the rows share three senders.
    const QString ramesh = QStringLiteral("9000000001"); // DigiKhata: bank OTP
    const QString sunita = QStringLiteral("9000000002"); // Levin: registered at once
    const QString vijay = QStringLiteral("9000000005");  // DigiKhata
    QTest::newRow("public sector") << "digikhata" << ramesh << "SBIN0001234" << qint64(108)
                                   << "State Bank of India";
    QTest::newRow("private sector") << "levin" << sunita << "HDFC0000123" << qint64(56) << "HDFC Bank";
    QTest::newRow("payments bank") << "digikhata" << ramesh << "AIRP0000001" << qint64(1215)
                                   << "Airtel Payments Bank";
    QTest::newRow("small finance bank")
        << "levin" << sunita << "AUBL0002011" << qint64(1164) << "AU Small Finance Bank";
    QTest::newRow("regional rural bank")
        << "digikhata" << vijay << "PKGB0010500" << qint64(1371) << "Karnataka Gramin Bank";
    QTest::newRow("co-operative bank")
        << "digikhata" << vijay << "SVCB0000001" << qint64(1442) << "SVC Co-operative Bank";
    QTest::newRow("sublet") << "digikhata" << ramesh << "HDFC0CAACOB" << qint64(1503)
                            << "Akhand Anand Co-operative Bank";
}

void TestCliBanks::recipientAddAtEachKindOfBank()
{
    QFETCH(QString, rail);
    QFETCH(QString, customer);
    QFETCH(QString, ifsc);
    QFETCH(qint64, bankId);
    QFETCH(QString, bank);
    const QString account = QStringLiteral("300012345678"); // a new (account, IFSC) pair per row
    const QStringList otps = rail == u"levin"
                                 ? QStringList{QStringLiteral("sender")}
                                 : QStringList{QStringLiteral("sender"), QStringLiteral("recipient_bank")};
    const int asked = f.sandbox.callCount(kIfscCall);
    const CliResult added = f.cli->run(
        common() + QStringList{QStringLiteral("recipient"), QStringLiteral("add"), QStringLiteral("--json"),
                               QStringLiteral("--rail"), rail, QStringLiteral("--customer"), customer,
                               QStringLiteral("--name"), QStringLiteral("Geeta Rao"),
                               QStringLiteral("--mobile"), QStringLiteral("9876500099"),
                               QStringLiteral("--account"), account, QStringLiteral("--ifsc"), ifsc},
        f.otps.feed(customer, otps));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(added.out).object();
    QVERIFY2(json.value(QStringLiteral("recipient_id")).toInteger() > 0, added.out.constData());
    QCOMPARE(json.value(QStringLiteral("bank_id")).toInteger(), bankId);
    QCOMPARE(json.value(QStringLiteral("bank")).toString(), bank);
    QVERIFY(json.value(QStringLiteral("registered")).toBool());
    QCOMPARE(f.sandbox.callCount(kIfscCall), asked + 1);
}

void TestCliBanks::recipientsListsTheNewOne()
{
    const CliResult listed =
        f.cli->run(common() + QStringList{QStringLiteral("recipients"), QStringLiteral("--json"),
                                          QStringLiteral("--rail"), QStringLiteral("digikhata"),
                                          QStringLiteral("--customer"), QStringLiteral("9000000001")},
                   f.otps.feed(QStringLiteral("9000000001"), {QStringLiteral("sender")}));
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    bool sublet = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(listed.out).array()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("ifsc")).toString() == u"HDFC0CAACOB") {
            sublet = true;
            QCOMPARE(r.value(QStringLiteral("bank")).toString(),
                     QStringLiteral("Akhand Anand Co-operative Bank"));
            QVERIFY(r.value(QStringLiteral("registered")).toBool());
            QVERIFY(!r.value(QStringLiteral("account")).toString().contains(QLatin1String("3000")));
        }
    }
    QVERIFY2(sublet, listed.out.constData());
}

void TestCliBanks::bankShowsDirectoryAndEko()
{
    const CliResult shown =
        f.cli->run(common() + QStringList{QStringLiteral("bank"), QStringLiteral("hdfc0caacob"),
                                          QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(json.value(QStringLiteral("ifsc")).toString(), QStringLiteral("HDFC0CAACOB"));
    const QJsonObject directory = json.value(QStringLiteral("directory")).toObject();
    QCOMPARE(directory.value(QStringLiteral("status")).toString(), QStringLiteral("known"));
    QVERIFY(directory.value(QStringLiteral("sublet")).toBool());
    QCOMPARE(directory.value(QStringLiteral("bank_code")).toString(), QStringLiteral("AACX"));
    const QJsonObject eko = json.value(QStringLiteral("eko")).toObject();
    QCOMPARE(eko.value(QStringLiteral("bank_id")).toInteger(), 1503);
    QCOMPARE(eko.value(QStringLiteral("available_channels")).toArray(), QJsonArray{QStringLiteral("neft")});
    QVERIFY(!eko.value(QStringLiteral("verification_available")).toBool());
    // recipient add asked first, and kept the answer in the journal.
    QVERIFY(eko.value(QStringLiteral("cached")).toBool());

    const CliResult text =
        f.cli->run(common() + QStringList{QStringLiteral("bank"), QStringLiteral("AIRP0000001")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("Airtel Payments Bank"), text.out.constData());
    QVERIFY2(text.out.contains("bank_id 1215"), text.out.constData());
}

void TestCliBanks::bankTypoIsNotSent()
{
    const int asked = f.sandbox.callCount(kIfscCall);
    const CliResult typo =
        f.cli->run(common() + QStringList{QStringLiteral("bank"), QStringLiteral("SBNI0001234")});
    QCOMPARE(typo.exitCode, 4);
    QVERIFY2(typo.out.contains("SBNI"), typo.out.constData());
    QCOMPARE(f.sandbox.callCount(kIfscCall), asked);
    const CliResult add =
        f.cli->run(common() + QStringList{QStringLiteral("recipient"), QStringLiteral("add"),
                                          QStringLiteral("--rail"), QStringLiteral("levin"),
                                          QStringLiteral("--customer"), QStringLiteral("9000000002"),
                                          QStringLiteral("--name"), QStringLiteral("Geeta Rao"),
                                          QStringLiteral("--mobile"), QStringLiteral("9876500099"),
                                          QStringLiteral("--account"), QStringLiteral("300099998888"),
                                          QStringLiteral("--ifsc"), QStringLiteral("SBNI0001234")},
                   f.otps.feed(QStringLiteral("9000000002"), {QStringLiteral("sender")}));
    QCOMPARE(add.exitCode, 4);
    QVERIFY2(add.err.contains("no branch has this IFSC"), add.err.constData());
    QCOMPARE(f.sandbox.callCount(kIfscCall), asked);
}

void TestCliBanks::bankUnknownToEko()
{
    const CliResult unknown =
        f.cli->run(common() + QStringList{QStringLiteral("bank"), QStringLiteral("ABHY0065001"),
                                          QStringLiteral("--json")});
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY2(unknown.err.contains("Please provide valid bank details"), unknown.err.constData());
    QVERIFY(QJsonDocument::fromJson(unknown.out).object().contains(QStringLiteral("error")));
}

void TestCliBanks::usage()
{
    const CliResult help = f.cli->run({QStringLiteral("--help")});
    QVERIFY(help.out.contains("recipient add"));
    QVERIFY(help.out.contains("bank IFSC"));
    QCOMPARE(f.cli->run({QStringLiteral("bank")}).exitCode, 1);
    QCOMPARE(f.cli->run({QStringLiteral("recipient"), QStringLiteral("remove")}).exitCode, 1);
    QCOMPARE(
        f.cli->run({QStringLiteral("recipients"), QStringLiteral("--customer"), QStringLiteral("9000000001")})
            .exitCode,
        1); // no --rail
    QCOMPARE(f.cli
                 ->run({QStringLiteral("recipient"), QStringLiteral("add"), QStringLiteral("--rail"),
                        QStringLiteral("levin"), QStringLiteral("--customer"), QStringLiteral("9000000002")})
                 .exitCode,
             1); // no --name, --mobile, --account, --ifsc
}

COUNTERDESK_TEST_GUILESS_MAIN(TestCliBanks)
#include "tst_clibanks.moc"
