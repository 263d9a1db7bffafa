// `counterdesk-cli recipient add --check-name` end to end against a
// counterdesk-sandbox process (real loopback HTTP): Eko's fee is printed
// before the check goes out, the bank's name beside --name; a differing name
// is added only with --accept-name or a "yes" line, and anything else adds
// nothing; a bank without the check sends none and still adds.
#include "CliRun.h"
#include "TestRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kCheckCall = QStringLiteral("verify_bank_account");
const QString kAddCall = QStringLiteral("add_recipient");
const QString kRamesh = QStringLiteral("9000000001"); // DigiKhata: bank OTP after Add Recipient
const QString kSunita = QStringLiteral("9000000002"); // Levin: registered at once
const QString kVijay = QStringLiteral("9000000005");  // DigiKhata
const QString kAccount = QStringLiteral("300012345678");
} // namespace

class TestCliNameCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesAgree();
    void differingNameRefusedWithoutYes();
    void differingNameAddedAfterYes();
    void differingNameAddedWithAcceptName();
    void bankWithoutTheCheck();

private:
    QStringList addArguments(const QString& rail, const QString& customer, const QString& ifsc) const;
    // The OTPs of `purposes` in order, and `answer` once the yes/no question is asked.
    std::function<QByteArray(const QByteArray&)> feeder(const QString& mobile, QStringList purposes,
                                                        const QByteArray& answer = {});

    CliSandboxFixture f;
};

void TestCliNameCheck::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

QStringList TestCliNameCheck::addArguments(const QString& rail, const QString& customer,
                                           const QString& ifsc) const
{
    return {QStringLiteral("--profile-file"), f.profile,
            QStringLiteral("--data-dir"),     f.root.filePath(QStringLiteral("journal")),
            QStringLiteral("recipient"),      QStringLiteral("add"),
            QStringLiteral("--json"),         QStringLiteral("--check-name"),
            QStringLiteral("--rail"),         rail,
            QStringLiteral("--customer"),     customer,
            QStringLiteral("--name"),         QStringLiteral("Geeta Rao"),
            QStringLiteral("--mobile"),       QStringLiteral("9876500099"),
            QStringLiteral("--account"),      kAccount,
            QStringLiteral("--ifsc"),         ifsc};
}

std::function<QByteArray(const QByteArray&)>
TestCliNameCheck::feeder(const QString& mobile, QStringList purposes, const QByteArray& answer)
{
    bool answered = answer.isEmpty();
    return [this, mobile, purposes, answer, answered](const QByteArray& err) mutable -> QByteArray {
        if (!answered && err.contains("Type yes")) {
            answered = true;
            return answer;
        }
        if (purposes.isEmpty())
            return {};
        const QByteArray otp = f.otps.take(mobile, purposes.first());
        if (!otp.isEmpty())
            purposes.removeFirst();
        return otp;
    };
}

void TestCliNameCheck::namesAgree()
{
    const int checks = f.sandbox.callCount(kCheckCall);
    const CliResult r =
        f.cli->run(addArguments(QStringLiteral("digikhata"), kRamesh, QStringLiteral("SBIN0001234")),
                   feeder(kRamesh, {QStringLiteral("sender"), QStringLiteral("recipient_bank")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY(json.value(QStringLiteral("recipient_id")).toInteger() > 0);
    QCOMPARE(json.value(QStringLiteral("name_at_bank")).toString(), QStringLiteral("GEETA RAO"));
    QVERIFY(json.value(QStringLiteral("names_agree")).toBool());
    // The fee was named before the bank's answer was printed.
    const qsizetype fee = r.err.indexOf("Eko's fee is 7.00 rupees");
    QVERIFY2(fee >= 0, r.err.constData());
    QVERIFY2(fee < r.err.indexOf("bank's name: GEETA RAO (customer gave: Geeta Rao)"), r.err.constData());
    QCOMPARE(f.sandbox.callCount(kCheckCall), checks + 1);
}

void TestCliNameCheck::differingNameRefusedWithoutYes()
{
    const int adds = f.sandbox.callCount(kAddCall);
    const CliResult r =
        f.cli->run(addArguments(QStringLiteral("digikhata"), kRamesh, QStringLiteral("HDFC0000123")),
                   feeder(kRamesh, {QStringLiteral("sender")}, "no"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("bank's name: GEETHA RAMACHANDRA RAO"), r.err.constData());
    QVERIFY2(r.err.contains("the names differ"), r.err.constData());
    const QJsonObject error =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject();
    QVERIFY2(QJsonDocument(error).toJson().contains("was not confirmed"), r.out.constData());
    QCOMPARE(f.sandbox.callCount(kAddCall), adds); // nothing added
}

void TestCliNameCheck::differingNameAddedAfterYes()
{
    const CliResult r =
        f.cli->run(addArguments(QStringLiteral("digikhata"), kRamesh, QStringLiteral("HDFC0000123")),
                   feeder(kRamesh, {QStringLiteral("sender"), QStringLiteral("recipient_bank")}, "yes"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("name_at_bank")).toString(), QStringLiteral("GEETHA RAMACHANDRA RAO"));
    QVERIFY(!json.value(QStringLiteral("names_agree")).toBool());
    QVERIFY(json.value(QStringLiteral("registered")).toBool());
}

void TestCliNameCheck::differingNameAddedWithAcceptName()
{
    const CliResult r =
        f.cli->run(addArguments(QStringLiteral("levin"), kSunita, QStringLiteral("HDFC0000123")) +
                       QStringList{QStringLiteral("--accept-name")},
                   feeder(kSunita, {QStringLiteral("sender")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.err.contains("Type yes"), r.err.constData()); // nothing asked
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY(json.value(QStringLiteral("recipient_id")).toInteger() > 0);
    QVERIFY(!json.value(QStringLiteral("names_agree")).toBool());
}

void TestCliNameCheck::bankWithoutTheCheck()
{
    const int checks = f.sandbox.callCount(kCheckCall);
    const CliResult r =
        f.cli->run(addArguments(QStringLiteral("digikhata"), kVijay, QStringLiteral("PKGB0010500")),
                   feeder(kVijay, {QStringLiteral("sender"), QStringLiteral("recipient_bank")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("Eko cannot check names at this bank"), r.err.constData());
    QCOMPARE(f.sandbox.callCount(kCheckCall), checks);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY(json.value(QStringLiteral("recipient_id")).toInteger() > 0);
    QVERIFY(!json.contains(QStringLiteral("name_at_bank")));
}

COUNTERDESK_TEST_GUILESS_MAIN(TestCliNameCheck)
#include "tst_clinamecheck.moc"
