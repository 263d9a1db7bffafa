// Not a check: with COUNTERDESK_SCREENSHOT_DIR set, walks the wizard like an
// agent and saves each page with QWidget::grab() as wizard-<page>.png, at the
// size it has on a 1366x768 screen, for docs/screenshots and for a person to
// look at. Without the variable it skips.
#include "TestRunner.h"
#include "WizardSteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QPixmap>
#include <QScopeGuard>
#include <QTranslator>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;
using sandbox::Fault;
using sandbox::FaultRule;

class TestWizardScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void transferPages();
    void newCustomerAndRecipient();
    void pendingResult();
    void nameCheck();
    void kycPages_data();
    void kycPages();

private:
    void shoot(WizardFixture& f, const char* name);
    QString m_dir;
};

void TestWizardScreenshots::initTestCase()
{
    m_dir = qEnvironmentVariable("COUNTERDESK_SCREENSHOT_DIR");
    if (m_dir.isEmpty())
        QSKIP("set COUNTERDESK_SCREENSHOT_DIR to write the screenshots");
    QDir().mkpath(m_dir);
}

void TestWizardScreenshots::shoot(WizardFixture& f, const char* name)
{
    QTest::qWait(150); // let the last repaint land
    const QString path = m_dir + QStringLiteral("/wizard-%1.png").arg(QLatin1String(name));
    QVERIFY2(f.wizard->grab().save(path), qPrintable(path));
}

void TestWizardScreenshots::transferPages()
{
    WizardFixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(QStringLiteral("+91 90000-00001"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("senderOtpEdit"));
    shoot(f, "sender");
    f.type(f.otp(QStringLiteral("9000000001"), QStringLiteral("sender")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("filterEdit"));
    shoot(f, "recipient");
    chooseRecipient(f, QStringLiteral("Krishna"));
    f.type(QStringLiteral("12500"));
    shoot(f, "amount");
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    shoot(f, "otp");
    f.type(f.otp(QStringLiteral("9000000001"), QStringLiteral("transaction")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    f.wizard->setConfirmArmDelayMs(3000); // show the countdown as agents see it
    f.wizard->back();
    f.wizard->next();
    shoot(f, "confirm");
    QTRY_VERIFY_WITH_TIMEOUT(f.find<QAbstractButton>(QStringLiteral("sendButton"))->isEnabled(), 5000);
    clickSend(f);
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    shoot(f, "result-success");
}

void TestWizardScreenshots::newCustomerAndRecipient()
{
    WizardFixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(QStringLiteral("9000000003"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("onboardNameEdit"));
    f.type(QStringLiteral("Meena Kumari"));
    shoot(f, "onboarding");
    WizardFixture g;
    QVERIFY(g.start());
    reachRecipients(g, QStringLiteral("9000000001"));
    g.press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(g.focused()->objectName(), QStringLiteral("recipientNameEdit"));
    g.type(QStringLiteral("Geeta Rao"));
    g.press(Qt::Key_Tab);
    g.type(QStringLiteral("9876500099"));
    g.press(Qt::Key_Tab);
    g.type(QStringLiteral("300012345678"));
    g.press(Qt::Key_Tab);
    g.type(QStringLiteral("300012345670"));
    g.press(Qt::Key_Tab);
    g.type(QStringLiteral("sbin0004321"));
    shoot(g, "add-recipient-bank"); // the bank named from the IFSC as typed
    g.press(Qt::Key_Return);
    QTRY_VERIFY(!g.bannerText(QStringLiteral("recipientBanner")).isEmpty());
    shoot(g, "add-recipient");
}

// Add Recipient after the bank named the account holder, differently from
// the name the customer gave: the agent must ask and tick.
void TestWizardScreenshots::nameCheck()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    f.press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("recipientNameEdit"));
    f.type(QStringLiteral("Geeta Rao"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("98765 00099"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("300012345678"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("300012345678"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("HDFC0000123"));
    shoot(f, "name-check-fee");
    f.press(Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(f.text(QStringLiteral("nameCheckValue")).contains(QLatin1String("GEETHA")));
    shoot(f, "name-check-differs");
}

// The KYC pages of a brand-new customer, in English and in Hindi (the
// agent's language; the consent itself in the customer's).
void TestWizardScreenshots::kycPages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("mobile");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("9123600001");
    QTest::newRow("hi") << QStringLiteral("hi") << QStringLiteral("9123600002");
}

void TestWizardScreenshots::kycPages()
{
    QFETCH(QString, lang);
    QFETCH(QString, mobile);
    QTranslator hindi;
    if (lang == QLatin1String("hi")) {
        QVERIFY(hindi.load(QStringLiteral(":/i18n/counterdesk_hi.qm")));
        QCoreApplication::installTranslator(&hindi);
    }
    const auto removeTranslator = qScopeGuard([&hindi] { QCoreApplication::removeTranslator(&hindi); });
    WizardFixture f;
    f.tweakServices = [&lang](WizardServices& services) {
        services.language = lang == QLatin1String("hi") ? DisplayLanguage::Hindi : DisplayLanguage::English;
    };
    QVERIFY(f.start());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(mobile);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("onboardNameEdit"));
    f.type(QStringLiteral("Sunita Verma"));
    f.press(Qt::Key_Tab);
    f.find<QDateEdit>(QStringLiteral("dobEdit"))->setDate(QDate(1988, 3, 9));
    f.find<QLineEdit>(QStringLiteral("addressEdit"))->setFocus();
    f.type(QStringLiteral("4 Station Road, Nagpur"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("senderOtpEdit"));
    f.type(f.otp(mobile, QStringLiteral("sender")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConsentPageId));
    auto* combo = f.find<QComboBox>(QStringLiteral("consentLanguageCombo"));
    QTRY_VERIFY(combo->count() > 1 && combo->isEnabled());
    combo->setFocus();
    const QString customerLanguage =
        lang == QLatin1String("hi") ? QStringLiteral("Hindi") : QStringLiteral("English");
    for (int i = 0; i < combo->count() && combo->currentText() != customerLanguage; ++i)
        f.press(Qt::Key_Down);
    QTRY_VERIFY(f.find<QCheckBox>(QStringLiteral("consentAgreedCheck"))->isEnabled());
    f.press(Qt::Key_Return); // asks for the tick
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("consentAgreedCheck"));
    f.press(Qt::Key_Space);
    shoot(f, qPrintable(QStringLiteral("consent-") + lang));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("aadhaarEdit"));
    f.type(QStringLiteral("2345 6789 0124"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("aadhaarOtpEdit"));
    shoot(f, qPrintable(QStringLiteral("aadhaar-otp-") + lang));
    f.type(f.otp(mobile, QStringLiteral("aadhaar")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("panEdit"));
    f.type(QStringLiteral("ABCPV1234"));
    shoot(f, qPrintable(QStringLiteral("pan-") + lang));
    f.type(QStringLiteral("K"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::RecipientPageId));
    QTRY_VERIFY(!f.wizard->session().isBusy());
    shoot(f, qPrintable(QStringLiteral("kyc-done-") + lang)); // the new limits named
}

void TestWizardScreenshots::pendingResult()
{
    FaultRule drop;
    drop.callName = QStringLiteral("initiate_transaction");
    drop.fault = Fault::CommitThenDrop;
    drop.times = 1;
    FaultRule down;
    down.callName = QStringLiteral("transaction_inquiry");
    down.fault = Fault::Http500Html;
    WizardFixture f;
    QVERIFY(f.start({drop, down}));
    reachRecipients(f, QStringLiteral("9000000001"));
    chooseRecipient(f, QStringLiteral("Krishna"));
    amountAndOtp(f, QStringLiteral("1000"), QStringLiteral("9000000001"));
    clickSend(f);
    QTRY_COMPARE_WITH_TIMEOUT(f.page(), int(Page::ResultPageId), 15000);
    QTest::qWait(500);
    shoot(f, "result-pending");
}

COUNTERDESK_TEST_MAIN(TestWizardScreenshots)
#include "tst_wizardscreenshots.moc"
