// Add Recipient in the real wizard, typed like an agent, against the
// in-process sandbox: an account at each kind of bank gets the bank_id the
// sandbox's Get IFSC Details gave for that full IFSC (a leased IFSC the
// holding bank's), a mistyped IFSC is stopped offline with no request, and
// an IFSC Eko does not know shows Eko's refusal in the agent's words.
#include "TestRunner.h"
#include "WizardSteps.h"
#include "sandbox/SandboxTypes.h"
#include "wizard/TransferProblemText.h"

#include <QScopeGuard>
#include <QTranslator>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

namespace {

const QString kIfscCall = QLatin1String(sandbox::CallName::GetIfscDetails);
const QString kAddCall = QLatin1String(sandbox::CallName::AddRecipient);

// Alt+A, then the form field by field with Tab, and Enter.
void typeNewRecipient(WizardFixture& f, const QString& ifsc)
{
    f.press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(f.wizard->session().state(), State::AddRecipient);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("recipientNameEdit"));
    f.type(QStringLiteral("Geeta Rao"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("98765 00099"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("300012345678"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("300012345678"));
    f.press(Qt::Key_Tab);
    f.type(ifsc);
    f.press(Qt::Key_Return);
}

} // namespace

class TestWizardBanks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachKindOfBank_data();
    void eachKindOfBank();
    void mistypedIfscIsStoppedOffline();
    void ifscUnknownToEko();
    void ifscUnknownToEkoInHindi();
};

void TestWizardBanks::eachKindOfBank_data()
{
    QTest::addColumn<QString>("ifsc");
    QTest::addColumn<qint64>("bankId"); // what resources/sandbox/banks.json answers
    QTest::addColumn<QString>("directoryName");
    QTest::newRow("public sector") << "sbin0001234" << qint64(108) << "State Bank of India";
    QTest::newRow("private sector") << "HDFC0000123" << qint64(56) << "HDFC Bank";
    QTest::newRow("payments bank") << "AIRP0000001" << qint64(1215) << "Airtel Payments Bank";
    QTest::newRow("small finance bank") << "AUBL0002011" << qint64(1164) << "AU Small Finance Bank";
    QTest::newRow("regional rural bank") << "PKGB0010500" << qint64(1371) << "Karnataka Gramin Bank";
    QTest::newRow("co-operative bank") << "SVCB0000001" << qint64(1442) << "SVC Co-operative Bank";
    // HDFC's letters, leased by a co-operative bank: its name and its id.
    QTest::newRow("sublet") << "hdfc0caacob" << qint64(1503)
                            << "Akhand Anand Co.op Bank (an IFSC leased from HDFC)";
}

void TestWizardBanks::eachKindOfBank()
{
    QFETCH(QString, ifsc);
    QFETCH(qint64, bankId);
    QFETCH(QString, directoryName);
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    typeNewRecipient(f, ifsc);
    if (QTest::currentTestFailed())
        return;
    // The offline directory named the bank while the IFSC was typed.
    QCOMPARE(f.text(QStringLiteral("bankValue")), directoryName);
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
    QVERIFY2(f.bannerText(QStringLiteral("recipientBanner")).isEmpty(),
             qPrintable(f.bannerText(QStringLiteral("recipientBanner"))));
    QCOMPARE(f.server->callCount(kIfscCall), 1);
    QCOMPARE(f.server->callCount(kAddCall), 1);
    QVERIFY(f.wizard->session().newRecipientBank());
    QCOMPARE(f.wizard->session().newRecipientBank()->bankId, bankId);

    // Registered with the bank OTP: the list shows it at the bank Eko named.
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("bankOtpEdit"));
    f.type(f.otp(QStringLiteral("9000000001"), QStringLiteral("recipient_bank")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::AmountPageId));
    QCOMPARE(f.wizard->session().chosenRecipient()->bank, f.wizard->session().newRecipientBank()->bank);
}

void TestWizardBanks::mistypedIfscIsStoppedOffline()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    typeNewRecipient(f, QStringLiteral("SBNI0001234")); // two letters swapped
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!f.bannerText(QStringLiteral("recipientBanner")).isEmpty());
    QCOMPARE(f.bannerText(QStringLiteral("recipientBanner")),
             TransferProblemText::local(transfer::LocalProblem::IfscNotFound));
    QCOMPARE(f.wizard->session().state(), State::AddRecipient);
    QTest::qWait(50); // anything sent would have arrived by now
    QCOMPARE(f.server->callCount(kIfscCall), 0);
    QCOMPARE(f.server->callCount(kAddCall), 0);
}

void TestWizardBanks::ifscUnknownToEko()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    // Abhyudaya Co-operative Bank is in the directory; the sandbox, like
    // Eko for a bank it does not serve, answers 467.
    typeNewRecipient(f, QStringLiteral("ABHY0065001"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!f.bannerText(QStringLiteral("recipientBanner")).isEmpty());
    const QString banner = f.bannerText(QStringLiteral("recipientBanner"));
    QVERIFY2(banner.contains(TransferProblemText::reason(eko::Reason::InvalidBankDetails)),
             qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("Please provide valid bank details")), qPrintable(banner));
    QCOMPARE(f.wizard->session().state(), State::AddRecipient);
    QCOMPARE(f.server->callCount(kIfscCall), 1);
    QCOMPARE(f.server->callCount(kAddCall), 0);
}

// The agent reads Hindi: our words are Hindi, Eko's own stay under them.
void TestWizardBanks::ifscUnknownToEkoInHindi()
{
    QTranslator hindi;
    QVERIFY(hindi.load(QStringLiteral(":/i18n/counterdesk_hi.qm")));
    QCoreApplication::installTranslator(&hindi);
    const auto uninstall = qScopeGuard([&hindi] { QCoreApplication::removeTranslator(&hindi); });
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    typeNewRecipient(f, QStringLiteral("ABHY0065001"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!f.bannerText(QStringLiteral("recipientBanner")).isEmpty());
    const QString banner = f.bannerText(QStringLiteral("recipientBanner"));
    QVERIFY2(banner.contains(QStringLiteral("Eko इस IFSC वाली कोई बैंक शाखा नहीं जानता")), qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("Please provide valid bank details")), qPrintable(banner));
}

COUNTERDESK_TEST_MAIN(TestWizardBanks)
#include "tst_wizardbanks.moc"
