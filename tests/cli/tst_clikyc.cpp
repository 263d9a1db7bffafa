// `counterdesk-cli kyc` end to end against a counterdesk-sandbox process (real
// loopback HTTP), its lines fed from a script as an agent's terminal would
// give them: a brand-new customer on each wallet from Get Sender (308) to KYC
// done and a first transfer; a mistyped Aadhaar number and a wrong Aadhaar
// OTP on the way; a customer who stopped at PAN continuing there; a refused
// consent. Then every file the runs wrote (journal, logs, receipt PDFs) is
// searched for the Aadhaar number and the PAN.
#include "CliRun.h"
#include "TestRunner.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Verhoeff-valid; the mistyped one has its last digit off.
const QByteArray kAadhaar = "345678901238";
const QByteArray kAadhaarMistyped = "345678901239";
// The fifth letter is the surname's initial: V for "Verma".
const QByteArray kPan = "BQRPV4321L";

// One line of the script: sent once `prompt` shows on stderr; `otpPurpose`
// set means the line is the OTP the sandbox sent for it at that moment.
struct Line
{
    QByteArray prompt;
    QByteArray text;
    QString otpPurpose;
    bool wrongOtp = false; // the OTP with its first digit changed
};

Line say(const QByteArray& prompt, const QByteArray& text)
{
    return Line{prompt, text, QString(), false};
}

Line otpFor(const QByteArray& prompt, const QString& purpose, bool wrong = false)
{
    return Line{prompt, QByteArray(), purpose, wrong};
}

QJsonObject jsonOf(const CliResult& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliKyc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newCustomerToFirstTransfer_data();
    void newCustomerToFirstTransfer();
    void stopsAtPanThenContinues();
    void refusedConsentAsksForNothing();
    void noIdentifierWrittenAnywhere();

private:
    QStringList common() const;
    std::function<QByteArray(const QByteArray&)> script(const QString& mobile, QList<Line> lines,
                                                        bool closeAfter = false);

    CliSandboxFixture f;
    QSet<QString> m_otpsUsed;
};

void TestCliKyc::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

QStringList TestCliKyc::common() const
{
    return f.common();
}

std::function<QByteArray(const QByteArray&)> TestCliKyc::script(const QString& mobile, QList<Line> lines,
                                                                bool closeAfter)
{
    qsizetype seen = 0;
    return [this, mobile, lines, closeAfter, seen](const QByteArray& err) mutable -> QByteArray {
        if (lines.isEmpty())
            return closeAfter ? CliRunner::kEndOfInput : QByteArray();
        const qsizetype at = err.indexOf(lines.first().prompt, seen);
        if (at < 0)
            return {};
        const Line line = lines.first();
        QByteArray text = line.text;
        if (!line.otpPurpose.isEmpty()) {
            const QString otp = f.sandbox.otp(mobile, line.otpPurpose);
            if (otp.isEmpty() || (m_otpsUsed.contains(otp) && !line.wrongOtp))
                return {};
            text = otp.toLatin1();
            if (line.wrongOtp)
                text[0] = text[0] == '1' ? '2' : '1';
            else
                m_otpsUsed.insert(otp);
        }
        seen = at + line.prompt.size();
        lines.removeFirst();
        return text;
    };
}

void TestCliKyc::newCustomerToFirstTransfer_data()
{
    QTest::addColumn<QString>("rail");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QByteArray>("language");
    QTest::newRow("digikhata, Hindi by name")
        << QStringLiteral("digikhata") << QStringLiteral("9123500001") << QByteArray("hindi");
    QTest::newRow("levin, English by name")
        << QStringLiteral("levin") << QStringLiteral("9123500002") << QByteArray("English");
}

void TestCliKyc::newCustomerToFirstTransfer()
{
    QFETCH(QString, rail);
    QFETCH(QString, mobile);
    QFETCH(QByteArray, language);
    const QStringList enrol{QStringLiteral("--name"),    QStringLiteral("Sunita Verma"),
                            QStringLiteral("--dob"),     QStringLiteral("1988-03-09"),
                            QStringLiteral("--address"), QStringLiteral("4 Station Road, Nagpur")};
    // Before KYC a transfer stops at once and says how to enrol the customer.
    const CliResult early = f.cli->run(
        common() + QStringList{QStringLiteral("transfer"), QStringLiteral("--rail"), rail,
                               QStringLiteral("--customer"), mobile, QStringLiteral("--recipient-id"),
                               QStringLiteral("1"), QStringLiteral("--amount"), QStringLiteral("500")},
        script(mobile, {}, true));
    QCOMPARE(early.exitCode, 4); // ExitRefused
    QVERIFY2(early.err.contains("not enrolled") && early.err.contains("counterdesk-cli kyc"),
             early.err.constData());
    const CliResult kyc = f.cli->run(
        common() +
            QStringList{QStringLiteral("kyc"), QStringLiteral("--rail"), rail, QStringLiteral("--customer"),
                        mobile, QStringLiteral("--json")} +
            enrol,
        script(mobile, {otpFor("(sender)", QStringLiteral("sender")), say("customer's language", language),
                        say("Type yes", "yes"), say("Aadhaar number", kAadhaarMistyped),
                        say("Aadhaar number", kAadhaar), otpFor("UIDAI", QStringLiteral("aadhaar"), true),
                        otpFor("UIDAI", QStringLiteral("aadhaar")), say("PAN (", kPan)}));
    QVERIFY2(kyc.exitCode == 0, kyc.err.constData());
    const QJsonObject json = jsonOf(kyc);
    QCOMPARE(json.value(QStringLiteral("kyc")).toString(), QStringLiteral("done"));
    QCOMPARE(json.value(QStringLiteral("customer")).toString(), mobile);
    QCOMPARE(json.value(QStringLiteral("rail")).toString(), rail);
    QVERIFY2(!json.value(QStringLiteral("monthly_limit")).toString().isEmpty(), kyc.out.constData());
    QVERIFY(!json.value(QStringLiteral("next_allowed_limit")).toString().isEmpty());
    // The mistyped number was caught here, the wrong OTP by the sandbox.
    QVERIFY2(kyc.err.contains("check digit"), kyc.err.constData());
    QVERIFY(kyc.err.contains("wrong OTP"));
    QVERIFY2(!kyc.err.contains(kAadhaar) && !kyc.out.contains(kAadhaar), "the Aadhaar number was echoed");

    // The first transfer: a recipient, then money.
    const CliResult added = f.cli->run(
        common() + QStringList{QStringLiteral("recipient"), QStringLiteral("add"), QStringLiteral("--rail"),
                               rail, QStringLiteral("--customer"), mobile, QStringLiteral("--name"),
                               QStringLiteral("Anil Verma"), QStringLiteral("--mobile"),
                               QStringLiteral("9876511122"), QStringLiteral("--account"),
                               QStringLiteral("300012349876"), QStringLiteral("--ifsc"),
                               QStringLiteral("SBIN0004321"), QStringLiteral("--json")},
        script(mobile,
               {otpFor("(sender)", QStringLiteral("sender")),
                otpFor("register recipient", QStringLiteral("recipient_bank"))},
               true));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const qint64 recipientId = jsonOf(added).value(QStringLiteral("recipient_id")).toInteger();
    QVERIFY(recipientId > 0);
    const CliResult sent = f.cli->run(
        common() + QStringList{QStringLiteral("transfer"), QStringLiteral("--rail"), rail,
                               QStringLiteral("--customer"), mobile, QStringLiteral("--recipient-id"),
                               QString::number(recipientId), QStringLiteral("--amount"),
                               QStringLiteral("500"), QStringLiteral("--json")},
        script(mobile, {otpFor("(sender)", QStringLiteral("sender")),
                        otpFor("transaction", QStringLiteral("transaction"))}));
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QJsonObject transfer = jsonOf(sent);
    QCOMPARE(transfer.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    const QString ref = transfer.value(QStringLiteral("client_ref_id")).toString();
    for (const QString& layout : {QStringLiteral("80mm"), QStringLiteral("a4")}) {
        const CliResult receipt = f.cli->run(
            common() + QStringList{QStringLiteral("receipt"), ref, QStringLiteral("--pdf"),
                                   f.root.filePath(QStringLiteral("receipt-%1-%2.pdf").arg(ref, layout)),
                                   QStringLiteral("--layout"), layout});
        QVERIFY2(receipt.exitCode == 0, receipt.err.constData());
    }
}

void TestCliKyc::stopsAtPanThenContinues()
{
    const QString mobile = QStringLiteral("9123500003");
    const QStringList args = common() + QStringList{QStringLiteral("kyc"),
                                                    QStringLiteral("--rail"),
                                                    QStringLiteral("digikhata"),
                                                    QStringLiteral("--customer"),
                                                    mobile,
                                                    QStringLiteral("--json")};
    const QStringList enrol{QStringLiteral("--name"),    QStringLiteral("Sunita Verma"),
                            QStringLiteral("--dob"),     QStringLiteral("1988-03-09"),
                            QStringLiteral("--address"), QStringLiteral("Nagpur")};
    // The script ends before the PAN: the customer did not have the card.
    const CliResult first = f.cli->run(
        args + enrol, script(mobile,
                             {otpFor("(sender)", QStringLiteral("sender")), say("customer's language", "1"),
                              say("Type yes", "YES"), say("Aadhaar number", "3456 7890 1238"),
                              otpFor("UIDAI", QStringLiteral("aadhaar"))},
                             true));
    QCOMPARE(first.exitCode, 4);
    QCOMPARE(jsonOf(first).value(QStringLiteral("kyc")).toString(), QStringLiteral("pan_required"));
    QVERIFY(jsonOf(first).value(QStringLiteral("monthly_limit")).isNull());
    const int aadhaarCalls = f.sandbox.callCount(QStringLiteral("sender_aadhaar_otp"));

    // Next visit: only the sender OTP and the PAN are asked for.
    const CliResult second =
        f.cli->run(args, script(mobile, {otpFor("(sender)", QStringLiteral("sender")), say("PAN (", kPan)}));
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(jsonOf(second).value(QStringLiteral("kyc")).toString(), QStringLiteral("done"));
    QVERIFY(!second.err.contains("customer's language"));
    QVERIFY(!second.err.contains("Aadhaar number"));
    QCOMPARE(f.sandbox.callCount(QStringLiteral("sender_aadhaar_otp")), aadhaarCalls);

    // Done is done: a third run says so at once, with the limits.
    const CliResult third = f.cli->run(args, script(mobile, {otpFor("(sender)", QStringLiteral("sender"))}));
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(jsonOf(third).value(QStringLiteral("kyc")).toString(), QStringLiteral("done"));
}

void TestCliKyc::refusedConsentAsksForNothing()
{
    const QString mobile = QStringLiteral("9123500004");
    const CliResult r =
        f.cli->run(common() + QStringList{QStringLiteral("kyc"), QStringLiteral("--rail"),
                                          QStringLiteral("levin"), QStringLiteral("--customer"), mobile,
                                          QStringLiteral("--name"), QStringLiteral("Sunita Verma"),
                                          QStringLiteral("--dob"), QStringLiteral("1988-03-09"),
                                          QStringLiteral("--address"), QStringLiteral("Nagpur")},
                   script(mobile, {otpFor("(sender)", QStringLiteral("sender")),
                                   say("customer's language", "English"), say("Type yes", "no")}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("did not agree"), r.err.constData());
    QVERIFY(!r.err.contains("Aadhaar number ("));

    // Not enrolled and no --name: a usage error, nobody is enrolled.
    const CliResult noName = f.cli->run(
        common() + QStringList{QStringLiteral("kyc"), QStringLiteral("--rail"), QStringLiteral("levin"),
                               QStringLiteral("--customer"), QStringLiteral("9123500005")});
    QCOMPARE(noName.exitCode, 1);
    QVERIFY2(noName.err.contains("--dob"), noName.err.constData());
    const CliResult badDate =
        f.cli->run(common() + QStringList{QStringLiteral("kyc"), QStringLiteral("--rail"),
                                          QStringLiteral("levin"), QStringLiteral("--customer"), mobile,
                                          QStringLiteral("--dob"), QStringLiteral("9/3/88")});
    QCOMPARE(badDate.exitCode, 1);
}

// Last: everything the runs above left under the private HOME/XDG tree.
void TestCliKyc::noIdentifierWrittenAnywhere()
{
    QDirIterator it(f.root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int pdfs = 0;
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.fileName() == f.profile)
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        pdfs += file.fileName().endsWith(QLatin1String(".pdf")) ? 1 : 0;
        for (const QByteArray& secret : {kAadhaar, kAadhaarMistyped, kPan, QByteArray("3456 7890 1238")}) {
            const QString text = QString::fromLatin1(secret);
            const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toLower()) && !bytes.contains(utf16) &&
                         !bytes.contains(secret.toBase64()),
                     qPrintable(file.fileName() + QStringLiteral(" holds a personal identifier")));
        }
    }
    QVERIFY(files > 3);
    QCOMPARE(pdfs, 4); // two receipts per rail
}

COUNTERDESK_TEST_GUILESS_MAIN(TestCliKyc)
#include "tst_clikyc.moc"
