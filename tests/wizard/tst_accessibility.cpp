// Every page a new customer's transfer goes through, walked like an agent
// against the sandbox; on each, every focusable control must have a name a
// screen reader can say (AccessibilityAudit), and the changes of status
// (a problem, OTP sent, money sent) are announced to it.
#include "AccessibilityAudit.h"
#include "Announcement.h"
#include "WizardSteps.h"

#include <QComboBox>
#include <QDateEdit>
#include <QScopeGuard>
#include <algorithm>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyWizardPage();

private:
    void audit(WizardFixture& f, const char* where)
    {
        QTest::qWait(50);
        const QStringList nameless = namelessControls(f.wizard);
        if (!nameless.isEmpty())
            m_failures << QStringLiteral("%1: %2").arg(QLatin1String(where),
                                                       nameless.join(QStringLiteral(", ")));
    }
    QStringList m_failures;
};

namespace {
// What the screen reader was told to speak, in order.
QStringList g_alerts;
bool alerted(const QString& words)
{
    return std::any_of(g_alerts.cbegin(), g_alerts.cend(),
                       [&words](const QString& a) { return a.contains(words); });
}
} // namespace

void TestAccessibility::everyWizardPage()
{
    observeAnnouncementsForTesting([](const QString& text) { g_alerts << text; });
    const auto stopObserving = qScopeGuard([] { observeAnnouncementsForTesting({}); });
    WizardFixture f;
    QVERIFY(f.start());
    audit(f, "sender");
    const QString mobile = QStringLiteral("9123700001");
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(mobile);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::Onboarding);
    audit(f, "onboarding");
    f.type(QStringLiteral("Sunita Verma"));
    f.find<QDateEdit>(QStringLiteral("dobEdit"))->setDate(QDate(1988, 3, 9));
    f.find<QLineEdit>(QStringLiteral("addressEdit"))->setFocus();
    f.type(QStringLiteral("4 Station Road"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::SenderOtp);
    audit(f, "sender OTP");
    f.type(f.otp(mobile, QStringLiteral("sender")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConsentPageId));
    auto* combo = f.find<QComboBox>(QStringLiteral("consentLanguageCombo"));
    QTRY_VERIFY(combo->count() > 1);
    combo->setFocus();
    f.press(Qt::Key_Down);
    QTRY_VERIFY(f.wizard->session().consent().has_value());
    audit(f, "consent");
    f.press(Qt::Key_Return);
    f.press(Qt::Key_Space);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::KycAadhaar);
    audit(f, "Aadhaar");
    f.type(QStringLiteral("234567890125")); // the check digit off: the banner says so, and is spoken
    f.press(Qt::Key_Return);
    QTRY_VERIFY2(alerted(QStringLiteral("not a valid Aadhaar number")),
                 qPrintable(g_alerts.join(QLatin1Char('|'))));
    f.find<QLineEdit>(QStringLiteral("aadhaarEdit"))->clear();
    f.type(QStringLiteral("234567890124"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::KycAadhaarOtp);
    audit(f, "Aadhaar OTP");
    f.type(f.otp(mobile, QStringLiteral("aadhaar")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::KycPan);
    audit(f, "PAN");
    f.type(QStringLiteral("ABCPV1234K"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::Recipients);
    QTRY_VERIFY(!f.wizard->session().isBusy());
    audit(f, "recipients");
    f.press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(f.wizard->session().state(), State::AddRecipient);
    audit(f, "add recipient");
    typeNewRecipient(f, QStringLiteral("Anil Verma"), QStringLiteral("98765 11122"),
                     QStringLiteral("300012349876"), QStringLiteral("SBIN0004321"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
    audit(f, "recipient bank OTP");
    f.type(f.otp(mobile, QStringLiteral("recipient_bank")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::AmountPageId));
    audit(f, "amount");
    f.type(QStringLiteral("500"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    audit(f, "transaction OTP");
    QTRY_VERIFY2(alerted(QStringLiteral("Eko sent an OTP")), qPrintable(g_alerts.join(QLatin1Char('|'))));
    f.type(f.otp(mobile, QStringLiteral("transaction")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    audit(f, "confirm");
    clickSend(f);
    QTRY_COMPARE(f.page(), int(Page::ResultPageId));
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    audit(f, "result");
    QVERIFY2(alerted(QStringLiteral("Money sent")), qPrintable(g_alerts.join(QLatin1Char('|'))));
    QVERIFY2(m_failures.isEmpty(), qPrintable(QStringLiteral("\n") + m_failures.join(QStringLiteral("\n"))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
