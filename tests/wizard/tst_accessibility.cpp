// Every page a new customer's transfer goes through, walked like an agent
// against the sandbox; on each, every focusable control must have a name a
// screen reader can say (AccessibilityAudit), and the changes of status
// (a problem, OTP sent, money sent) are announced to it.
#include "AccessibilityAudit.h"
#include "Announcement.h"
#include "TestRunner.h"
#include "WizardTour.h"

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
        const QStringList nameless = namelessControls(f.wizard);
        if (!nameless.isEmpty())
            m_failures << QStringLiteral("%1: %2").arg(QLatin1String(where),
                                                       nameless.join(QStringLiteral(", ")));
        const QStringList unexplained = undescribedControls(f.wizard);
        if (!unexplained.isEmpty())
            m_failures << QStringLiteral("%1: no description: %2")
                              .arg(QLatin1String(where), unexplained.join(QStringLiteral(", ")));
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
    walkNewCustomerTransfer(f, [this, &f](const char* where) { audit(f, where); });
    if (QTest::currentTestFailed())
        return;
    const QString heard = g_alerts.join(QLatin1Char('|'));
    // The mistyped Aadhaar number's banner, the OTP and the outcome were spoken.
    QVERIFY2(alerted(QStringLiteral("not a valid Aadhaar number")), qPrintable(heard));
    QVERIFY2(alerted(QStringLiteral("Eko sent an OTP")), qPrintable(heard));
    QVERIFY2(alerted(QStringLiteral("Money sent")), qPrintable(heard));
    QVERIFY2(m_failures.isEmpty(), qPrintable(QStringLiteral("\n") + m_failures.join(QStringLiteral("\n"))));
}

COUNTERDESK_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
