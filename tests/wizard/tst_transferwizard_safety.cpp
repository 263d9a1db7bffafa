// Money safety through the wizard: a transfer is sent once whatever the
// agent's fingers do, an unanswered Initiate is never shown as failed, and
// nothing closes the wizard while the Initiate is in flight. Plus the
// keyboard contract: focus, tab order, Esc.
#include "TestRunner.h"
#include "WizardSteps.h"
#include "receipt/ReceiptView.h"
#include "security/PinGuard.h"
#include "settings/Settings.h"

#include <QAccessible>
#include <QCloseEvent>
#include <QDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;
using sandbox::Fault;
using sandbox::FaultRule;

namespace {

FaultRule rule(const char* call, Fault fault, int delayMs = 0, int settleMs = 0, int times = -1)
{
    FaultRule r;
    r.callName = QLatin1String(call);
    r.fault = fault;
    r.delayMs = delayMs;
    r.settleMs = settleMs;
    r.times = times;
    return r;
}

// Known customer 9000000001 to Krishna, `amount`, up to the Confirm page.
void toConfirm(WizardFixture& f, const QString& amount = QStringLiteral("1000"))
{
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    chooseRecipient(f, QStringLiteral("Krishna"));
    if (QTest::currentTestFailed())
        return;
    amountAndOtp(f, amount, QStringLiteral("9000000001"));
}

} // namespace

class TestTransferWizardSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void awaitedSettlesOnItsOwn();
    void commitThenDropIsNeverFailed();
    void closeRefusedWhileSending();
    void doubleEnterOnSendSendsOnce();
    void agentPinGuardsSend();
    void resultOffersThePrintableReceipt();
    void enterOnConfirmIsCancel();
    void failureShowsReasonAndEkoMessage();
    void tabOrder();
    void escGoesBack();
    void readsCanBeCancelled();
};

void TestTransferWizardSafety::awaitedSettlesOnItsOwn()
{
    WizardFixture f;
    QVERIFY(f.start({rule("initiate_transaction", Fault::Awaited, 0, 1500)}));
    toConfirm(f);
    if (QTest::currentTestFailed())
        return;
    clickSend(f);
    QTRY_COMPARE(f.page(), int(Page::ResultPageId));
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Checking with the bank")));
    QVERIFY(f.text(QStringLiteral("statusValue")).contains(QStringLiteral("PROVISIONAL")));
    // No key pressed: the page refreshes itself when the bank settles.
    QTRY_VERIFY_WITH_TIMEOUT(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")),
                             15000);
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
    QVERIFY(f.server->callCount(QStringLiteral("transaction_inquiry")) >= 1);
}

void TestTransferWizardSafety::commitThenDropIsNeverFailed()
{
    // Eko applies the transfer and the answer never comes; the inquiries
    // fail too, so the outcome stays unknown.
    WizardFixture f;
    QVERIFY(f.start({rule("initiate_transaction", Fault::CommitThenDrop, 0, 0, 1),
                     rule("transaction_inquiry", Fault::Http500Html)}));
    toConfirm(f);
    if (QTest::currentTestFailed())
        return;
    clickSend(f);
    QTRY_COMPARE_WITH_TIMEOUT(f.page(), int(Page::ResultPageId), 15000);
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Checking with the bank")));
    // Give the reconciler's watch a few rounds: it must never turn into "Not sent".
    QTest::qWait(1500);
    QVERIFY(!f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Not sent")));
    QVERIFY(f.text(QStringLiteral("outcomeDetail")).contains(QStringLiteral("Do NOT send it again")));
    const QString ref = f.wizard->session().transfer()->clientRefId;
    QCOMPARE(f.server->initiateCount(ref), 1);
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
}

void TestTransferWizardSafety::closeRefusedWhileSending()
{
    WizardFixture f;
    QVERIFY(f.start({rule("initiate_transaction", Fault::Delay, 1500)}));
    toConfirm(f);
    if (QTest::currentTestFailed())
        return;
    clickSend(f);
    QTRY_COMPARE(f.wizard->session().state(), State::Submitting);
    f.press(Qt::Key_Escape);
    QVERIFY(f.wizard->isVisible());
    QVERIFY(!f.wizard->close()); // the window's close button
    f.wizard->reject();          // the Cancel button's path
    QVERIFY(f.wizard->isVisible());
    QCOMPARE(f.page(), int(Page::ConfirmPageId));
    QVERIFY(f.bannerText(QStringLiteral("confirmBanner")).contains(QStringLiteral("being sent")));
    QTRY_COMPARE_WITH_TIMEOUT(f.page(), int(Page::ResultPageId), 10000);
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    // Now it may close.
    QVERIFY(f.wizard->close());
}

void TestTransferWizardSafety::doubleEnterOnSendSendsOnce()
{
    WizardFixture f;
    QVERIFY(f.start({rule("initiate_transaction", Fault::Delay, 500)}));
    toConfirm(f);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("cancelSendButton"));
    f.press(Qt::Key_Tab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("sendButton"));
    // A held Enter: two presses, the second before anything could answer.
    QTest::keyClick(f.focused(), Qt::Key_Return);
    QTest::keyClick(f.focused(), Qt::Key_Return);
    QTest::keyClick(f.focused(), Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(f.page(), int(Page::ResultPageId), 10000);
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
    // And a late double-click on the Send button of the page left behind
    // (delivered even though the button is now hidden and disabled) changes
    // nothing either.
    auto* send = f.find<QAbstractButton>(QStringLiteral("sendButton"));
    QVERIFY(send);
    Q_EMIT send->clicked();
    Q_EMIT send->clicked();
    QTest::qWait(300);
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
    QCOMPARE(f.page(), int(Page::ResultPageId));
}

void TestTransferWizardSafety::enterOnConfirmIsCancel()
{
    WizardFixture f;
    QVERIFY(f.start());
    toConfirm(f);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("cancelSendButton"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 0);
}

void TestTransferWizardSafety::failureShowsReasonAndEkoMessage()
{
    // Rs 148 passes the local check against Rs 150, but not with the fee.
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000005"));
    if (QTest::currentTestFailed())
        return;
    chooseRecipient(f, QStringLiteral("Savita"));
    if (QTest::currentTestFailed())
        return;
    f.type(QStringLiteral("148"));
    f.press(Qt::Key_Return);
    // The sandbox is deterministic: Send Transaction OTP checks only the
    // sender and the recipient, never the balance, so the OTP is sent; the
    // balance (amount + fee) is checked at Initiate, which refuses with 347.
    // The reason is then in plain words on the result page.
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    QVERIFY(f.bannerText(QStringLiteral("amountBanner")).isEmpty());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    f.type(f.otp(QStringLiteral("9000000005"), QStringLiteral("transaction")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    clickSend(f);
    QTRY_COMPARE(f.page(), int(Page::ResultPageId));
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Not sent")));
    QVERIFY(f.text(QStringLiteral("outcomeDetail")).contains(QStringLiteral("enough money")));
    QVERIFY(f.text(QStringLiteral("ekoMessage")).startsWith(QStringLiteral("Eko says:")));
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
}

void TestTransferWizardSafety::tabOrder()
{
    WizardFixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    const QStringList senderOrder{QStringLiteral("railCombo"), QStringLiteral("getSenderButton")};
    for (const QString& name : senderOrder) {
        f.press(Qt::Key_Tab);
        QCOMPARE(f.focused()->objectName(), name);
    }
    f.press(Qt::Key_Backtab);
    f.press(Qt::Key_Backtab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    f.press(Qt::Key_Tab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("recipientView"));
    f.press(Qt::Key_Tab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("addRecipientButton"));
    f.press(Qt::Key_Backtab);
    f.press(Qt::Key_Backtab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("filterEdit"));
    chooseRecipient(f, QStringLiteral("Krishna"));
    if (QTest::currentTestFailed())
        return;
    f.press(Qt::Key_Tab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("impsRadio"));
    // Every control the agent can reach has a name a screen reader says:
    // what Qt's accessible interface reports (the accessible name, else a
    // button's text, else its buddy label's text; a placeholder is not one).
    const QList<QWidget*> widgets = f.wizard->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* w : widgets) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) ||
            !(qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractButton*>(w)))
            continue;
        ++checked;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(w->objectName()));
    }
    QVERIFY(checked > 0);
}

void TestTransferWizardSafety::escGoesBack()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    chooseRecipient(f, QStringLiteral("Krishna"));
    if (QTest::currentTestFailed())
        return;
    f.press(Qt::Key_Escape);
    QTRY_COMPARE(f.page(), int(Page::RecipientPageId));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("filterEdit"));
    QVERIFY(f.wizard->isVisible());
}

void TestTransferWizardSafety::readsCanBeCancelled()
{
    WizardFixture f;
    QVERIFY(f.start({rule("get_sender", Fault::Delay, 5000)}));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(QStringLiteral("9000000001"));
    f.press(Qt::Key_Return);
    QTRY_VERIFY(f.wizard->session().isBusy());
    QTRY_VERIFY(f.find(QStringLiteral("senderBusy"))->isVisible());
    auto* stop =
        f.find(QStringLiteral("senderBusy"))->findChild<QAbstractButton*>(QStringLiteral("busyCancelButton"));
    QVERIFY(stop && stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!f.wizard->session().isBusy());
    QCOMPARE(f.wizard->session().state(), State::EnterSender);
    QVERIFY(f.wizard->isVisible());
}

COUNTERDESK_TEST_MAIN(TestTransferWizardSafety)

void TestTransferWizardSafety::agentPinGuardsSend()
{
    // With "PIN for every transfer" on, Send asks the agent's PIN first:
    // cancelling sends nothing, the right PIN sends once.
    QTemporaryDir dir;
    security::PinGuard guard(dir.filePath(QStringLiteral("pin.ini")));
    QVERIFY(guard.setPin(QStringLiteral("2580"), 1000));
    WizardFixture f;
    f.tweakServices = [&guard](WizardServices& services) {
        services.requireAgentPin = true;
        services.pinGuard = &guard;
    };
    QVERIFY(f.start());
    toConfirm(f);
    if (QTest::currentTestFailed())
        return;
    clickSend(f);
    QDialog* prompt = nullptr;
    QTRY_VERIFY((prompt = f.wizard->findChild<QDialog*>(QStringLiteral("pinPromptDialog"))) &&
                prompt->isVisible());
    prompt->reject();
    QTest::qWait(300);
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 0);
    QCOMPARE(f.page(), int(Page::ConfirmPageId));

    clickSend(f);
    QTRY_VERIFY((prompt = f.wizard->findChild<QDialog*>(QStringLiteral("pinPromptDialog"))) &&
                prompt->isVisible());
    auto* field = prompt->findChild<QLineEdit*>(QStringLiteral("pinEntryField"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("2580"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.page(), int(Page::ResultPageId), 15000);
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
}

void TestTransferWizardSafety::resultOffersThePrintableReceipt()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("counter.ini")));
    settings.setValue(SettingKey::ShopName, QStringLiteral("Sharma Mobile & Recharge"));
    WizardFixture f;
    f.tweakServices = [&settings](WizardServices& services) {
        services.settings = &settings;
    };
    QVERIFY(f.start());
    toConfirm(f);
    if (QTest::currentTestFailed())
        return;
    clickSend(f);
    QTRY_COMPARE_WITH_TIMEOUT(f.page(), int(Page::ResultPageId), 15000);
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    auto* print = f.find<QAbstractButton>(QStringLiteral("printReceiptButton"));
    QVERIFY(print);
    QVERIFY(print->isVisible());
    QTest::mouseClick(print, Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.wizard->findChild<QDialog*>(QStringLiteral("receiptDialog"))) &&
                dialog->isVisible());
    auto* view = dialog->findChild<ReceiptView*>();
    QVERIFY(view);
    const QString text = view->document()->toPlainText();
    // The customer's receipt: our shop, the TID Eko gave, not marked as a copy.
    QVERIFY2(text.contains(QStringLiteral("Sharma Mobile & Recharge")), qPrintable(text));
    QVERIFY(text.contains(f.wizard->session().transfer()->tid));
    QVERIFY(!f.wizard->session().transfer()->tid.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("COPY")));
    QVERIFY(text.contains(QStringLiteral("TRAINING")));
    dialog->reject();
}

#include "tst_transferwizard_safety.moc"
