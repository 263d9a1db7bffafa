// How many keys an agent presses for a standard transfer: a known customer
// and a saved recipient, ₹1,000. The wizard is driven with key events only
// (no clicks, no setters) and every key is counted: the digits that must be
// typed (mobile, two OTPs, amount) and every other key. The goal is the
// digits plus at most 6 other keys. Reports; never fails on the figure.
#include "TestRunner.h"
#include "WizardSteps.h"

#include <QTextStream>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

namespace {

struct KeyCounter
{
    WizardFixture& f;
    int digits = 0;
    int others = 0;
    QStringList log;

    void typeDigits(const QString& text)
    {
        for (const QChar c : text) {
            QTest::keyClick(f.focused(), c.toLatin1());
            ++(c.isDigit() ? digits : others);
        }
        log << text;
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers, const char* name)
    {
        QTest::keyClick(f.focused(), key, modifiers);
        ++others;
        log << QString::fromLatin1(name);
    }
};

} // namespace

class BenchWizardKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardTransfer();
};

void BenchWizardKeys::standardTransfer()
{
    WizardFixture f;
    QVERIFY(f.start());
    KeyCounter k{f, 0, 0, {}};
    const QString mobile = QStringLiteral("9000000001");

    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    k.typeDigits(mobile);
    k.key(Qt::Key_Return, Qt::NoModifier, "Enter");
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("senderOtpEdit"));
    k.typeDigits(f.otp(mobile, QStringLiteral("sender")));
    k.key(Qt::Key_Return, Qt::NoModifier, "Enter");
    // The recipient list opens with the first saved recipient selected.
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("filterEdit"));
    QTRY_VERIFY(!f.wizard->session().isBusy()); // the list is in
    k.key(Qt::Key_Return, Qt::NoModifier, "Enter");
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("amountEdit"));
    k.typeDigits(QStringLiteral("1000"));
    k.key(Qt::Key_Return, Qt::NoModifier, "Enter");
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    k.typeDigits(f.otp(mobile, QStringLiteral("transaction")));
    k.key(Qt::Key_Return, Qt::NoModifier, "Enter");
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    QTRY_VERIFY(f.find<QAbstractButton>(QStringLiteral("sendButton"))->isEnabled());
    k.key(Qt::Key_S, Qt::AltModifier, "Alt+S");
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    const int toReceipt = k.others;
    k.key(Qt::Key_Return, Qt::NoModifier, "Enter (Done)");
    QTRY_VERIFY(!f.wizard || !f.wizard->isVisible());

    // mobile 10 + sender OTP 6 + amount 4 + transaction OTP 6
    const int mustType = 10 + 6 + 4 + 6;
    QTextStream out(stdout);
    out << "wizard keys: digits typed " << k.digits << " (must type " << mustType << "), other keys to the "
        << "receipt " << toReceipt << " (goal <= 6), other keys including Done " << k.others << "\n"
        << "wizard keys: sequence " << k.log.join(QStringLiteral(" | ")) << "\n";
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
}

COUNTERDESK_TEST_MAIN(BenchWizardKeys)
#include "bench_wizardkeys.moc"
