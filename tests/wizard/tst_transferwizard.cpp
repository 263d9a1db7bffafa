// The transfer wizard driven like an agent against the in-process sandbox:
// the happy path on both wallets, a new customer, a new recipient, OTPs,
// limits checked before any call, and a customer whose KYC is pending.
#include "TestRunner.h"
#include "WizardSteps.h"

#include <QComboBox>
#include <QDateEdit>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::ui::testing;

class TestTransferWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void happyPathDigiKhata();
    void happyPathLevin();
    void newSenderIsEnrolled();
    void newRecipientWithBankOtp();
    void addRecipientChecksTheForm();
    void ifscNamesTheBankAsTyped();
    void wrongThenRightOtp();
    void insufficientBalanceStopsBeforeAnyCall();
    void monthlyLimitStopsBeforeAnyCall();
    void aadhaarPendingIsNoDeadEnd();
    void trainingIsShown();
};

void TestTransferWizard::happyPathDigiKhata()
{
    WizardFixture f;
    QVERIFY(f.start());
    // The way customers read numbers out.
    reachRecipients(f, QStringLiteral("+91 90000-00001"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(f.text(QStringLiteral("customerSummary")).contains(QStringLiteral("Ramesh Kumar")));
    chooseRecipient(f, QStringLiteral("Krish"));
    if (QTest::currentTestFailed())
        return;
    // Live Indian grouping and words while typing.
    f.type(QStringLiteral("110000"));
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("amountEdit"))->text(), QStringLiteral("1,10,000"));
    QCOMPARE(f.text(QStringLiteral("amountWords")), QStringLiteral("One lakh ten thousand rupees only"));
    QVERIFY(!f.text(QStringLiteral("amountError")).isEmpty()); // more than the wallet holds
    f.find<QLineEdit>(QStringLiteral("amountEdit"))->clear();
    amountAndOtp(f, QStringLiteral("1000"), QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.text(QStringLiteral("recipientValue")), QStringLiteral("Krishna"));
    QVERIFY(f.text(QStringLiteral("amountValue")).contains(QStringLiteral("1,000")));
    QVERIFY(f.text(QStringLiteral("accountValue")).endsWith(QStringLiteral("8454")));
    QVERIFY(!f.text(QStringLiteral("accountValue")).contains(QStringLiteral("67544100008454")));
    clickSend(f);
    QTRY_COMPARE(f.page(), int(Page::ResultPageId));
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    QVERIFY(!f.text(QStringLiteral("tidValue")).isEmpty());
    QVERIFY2(f.text(QStringLiteral("receiptFeeValue")).contains(QStringLiteral("₹")),
             qPrintable(f.text(QStringLiteral("receiptFeeValue"))));
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
    const QString ref = f.wizard->session().transfer()->clientRefId;
    QCOMPARE(f.server->initiateCount(ref), 1);
    // Done closes the wizard.
    f.press(Qt::Key_Return);
    QTRY_VERIFY(!f.wizard || !f.wizard->isVisible());
}

void TestTransferWizard::happyPathLevin()
{
    WizardFixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(QStringLiteral("9000000002"));
    // Tab to the wallet and choose Levin with the arrow key.
    f.press(Qt::Key_Tab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("railCombo"));
    f.press(Qt::Key_Down);
    QCOMPARE(f.wizard->session().rail(), eko::Rail::Levin);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::SenderOtp);
    f.type(f.otp(QStringLiteral("9000000002"), QStringLiteral("sender")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::RecipientPageId));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("filterEdit"));
    QTRY_VERIFY(!f.wizard->session().isBusy());
    chooseRecipient(f, QStringLiteral("mohan"));
    if (QTest::currentTestFailed())
        return;
    amountAndOtp(f, QStringLiteral("500"), QStringLiteral("9000000002"));
    if (QTest::currentTestFailed())
        return;
    clickSend(f);
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
    QCOMPARE(f.server->callCount(QStringLiteral("initiate_transaction")), 1);
}

void TestTransferWizard::newSenderIsEnrolled()
{
    WizardFixture f;
    QVERIFY(f.start());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(QStringLiteral("9000000003"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::Onboarding);
    QTRY_VERIFY(f.find(QStringLiteral("onboardingBox"))->isVisible());
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("onboardNameEdit"));
    f.type(QStringLiteral("Meena Kumari"));
    f.press(Qt::Key_Tab);
    QCOMPARE(f.focused()->objectName(), QStringLiteral("dobEdit"));
    f.find<QDateEdit>(QStringLiteral("dobEdit"))->setDate(QDate(1990, 5, 17));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("12 MG Road, Pune"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("411001"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::SenderOtp);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("senderOtpEdit"));
    const QString otp = f.otp(QStringLiteral("9000000003"), QStringLiteral("sender"));
    QVERIFY(!otp.isEmpty());
    f.type(otp);
    f.press(Qt::Key_Return);
    // A newly enrolled wallet still needs Aadhaar: the wizard goes on to the
    // consent page (tst_wizardkyc walks the rest).
    QTRY_COMPARE(f.wizard->session().state(), State::KycConsent);
    QTRY_COMPARE(f.page(), int(Page::ConsentPageId));
    QCOMPARE(f.server->callCount(QStringLiteral("onboard_sender")), 1);
}

void TestTransferWizard::newRecipientWithBankOtp()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
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
    f.type(QStringLiteral("sbin0004321"));
    // Upper-cased as typed, and the bank named from it.
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("ifscEdit"))->text(), QStringLiteral("SBIN0004321"));
    QCOMPARE(f.text(QStringLiteral("bankValue")), QStringLiteral("State Bank of India"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("bankOtpEdit"));
    const QString otp = f.otp(QStringLiteral("9000000001"), QStringLiteral("recipient_bank"));
    QVERIFY(!otp.isEmpty());
    f.type(otp);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::AmountPageId));
    QCOMPARE(f.wizard->session().chosenRecipient()->name, QStringLiteral("Geeta Rao"));
    QCOMPARE(f.server->callCount(QStringLiteral("add_recipient")), 1);
}

// The offline IFSC directory at work in the form: the bank's name appears
// from the fourth letter, a code no bank uses is flagged before any call,
// a leased (sublet) IFSC names the bank that holds the account, and a branch
// missing from the list is a warning that does not block.
void TestTransferWizard::ifscNamesTheBankAsTyped()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    f.click(QStringLiteral("addRecipientButton"));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("recipientNameEdit"));
    auto* ifsc = f.find<QLineEdit>(QStringLiteral("ifscEdit"));
    ifsc->setFocus();
    const int callsBefore = f.server->callCount(QStringLiteral("add_recipient"));

    f.type(QStringLiteral("hdf"));
    QCOMPARE(f.text(QStringLiteral("bankValue")), QString());
    f.type(QStringLiteral("c"));
    QCOMPARE(f.text(QStringLiteral("bankValue")), QStringLiteral("HDFC Bank"));

    ifsc->clear();
    f.type(QStringLiteral("hdfx0000001"));
    QVERIFY2(f.text(QStringLiteral("bankValue")).contains(QLatin1String("passbook")),
             qPrintable(f.text(QStringLiteral("bankValue"))));

    ifsc->clear();
    f.type(QStringLiteral("APBL0001001"));
    QVERIFY2(
        f.text(QStringLiteral("bankValue")).startsWith(QLatin1String("District Co-operative Central Bank")),
        qPrintable(f.text(QStringLiteral("bankValue"))));
    QVERIFY(f.text(QStringLiteral("bankValue")).contains(QLatin1String("leased from APBL")));

    ifsc->clear();
    f.type(QStringLiteral("SBIN0999999"));
    QVERIFY2(
        f.text(QStringLiteral("bankValue")).startsWith(QLatin1String("State Bank of India: this branch")),
        qPrintable(f.text(QStringLiteral("bankValue"))));
    QCOMPARE(f.server->callCount(QStringLiteral("add_recipient")), callsBefore); // all offline
}

void TestTransferWizard::addRecipientChecksTheForm()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    f.click(QStringLiteral("addRecipientButton"));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("recipientNameEdit"));
    f.type(QStringLiteral("Geeta 42")); // digits are refused as typed
    QCOMPARE(f.find<QLineEdit>(QStringLiteral("recipientNameEdit"))->text(), QStringLiteral("Geeta "));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("9000000001")); // the sender's own mobile
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("300012345678"));
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("300012345679")); // one digit off
    f.press(Qt::Key_Tab);
    f.type(QStringLiteral("SBIN0004321"));
    f.press(Qt::Key_Return);
    QTRY_VERIFY(!f.bannerText(QStringLiteral("recipientBanner")).isEmpty());
    QCOMPARE(f.wizard->session().state(), State::AddRecipient);
    QCOMPARE(f.server->callCount(QStringLiteral("add_recipient")), 0);
}

void TestTransferWizard::wrongThenRightOtp()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000001"));
    if (QTest::currentTestFailed())
        return;
    chooseRecipient(f, QStringLiteral("Krishna"));
    if (QTest::currentTestFailed())
        return;
    f.type(QStringLiteral("700"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    const QString right = f.otp(QStringLiteral("9000000001"), QStringLiteral("transaction"));
    QString wrong = right;
    wrong[0] = right[0] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    f.type(wrong);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    clickSend(f);
    // Eko refuses the OTP: back on the OTP page with the count shown.
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    QTRY_VERIFY(f.bannerText(QStringLiteral("otpBanner")).contains(QStringLiteral("wrong")));
    QVERIFY(f.find(QStringLiteral("otpAttempts"))->isVisible());
    QVERIFY(f.text(QStringLiteral("otpAttempts")).contains(QStringLiteral("1 time")));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    f.type(f.otp(QStringLiteral("9000000001"), QStringLiteral("transaction")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    clickSend(f);
    QTRY_VERIFY(f.text(QStringLiteral("outcomeHeading")).contains(QStringLiteral("Money sent")));
}

void TestTransferWizard::insufficientBalanceStopsBeforeAnyCall()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000005"));
    if (QTest::currentTestFailed())
        return;
    chooseRecipient(f, QStringLiteral("Savita"));
    if (QTest::currentTestFailed())
        return;
    f.type(QStringLiteral("200"));
    QVERIFY(f.text(QStringLiteral("amountError")).contains(QStringLiteral("wallet balance")));
    QVERIFY(f.text(QStringLiteral("amountError")).contains(QStringLiteral("₹150.00")));
    f.press(Qt::Key_Return);
    QTest::qWait(200);
    QCOMPARE(f.page(), int(Page::AmountPageId));
    QCOMPARE(f.server->callCount(QStringLiteral("send_transaction_otp")), 0);
}

void TestTransferWizard::monthlyLimitStopsBeforeAnyCall()
{
    WizardFixture f;
    QVERIFY(f.start());
    reachRecipients(f, QStringLiteral("9000000006"));
    if (QTest::currentTestFailed())
        return;
    chooseRecipient(f, QStringLiteral("Kiran"));
    if (QTest::currentTestFailed())
        return;
    f.type(QStringLiteral("300"));
    QVERIFY(f.text(QStringLiteral("amountError")).contains(QStringLiteral("monthly limit")));
    f.press(Qt::Key_Return);
    QTest::qWait(200);
    QCOMPARE(f.page(), int(Page::AmountPageId));
    QCOMPARE(f.server->callCount(QStringLiteral("send_transaction_otp")), 0);
}

void TestTransferWizard::aadhaarPendingIsNoDeadEnd()
{
    WizardFixture f;
    QVERIFY(f.start());
    identifySender(f, QStringLiteral("9000000004"));
    if (QTest::currentTestFailed())
        return;
    // The consent page, not a dead end; Back still serves the next customer.
    QTRY_COMPARE(f.page(), int(Page::ConsentPageId));
    QTRY_COMPARE(f.wizard->session().state(), State::KycConsent);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("consentLanguageCombo"));
    QTest::mouseClick(f.wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTRY_COMPARE(f.wizard->session().state(), State::EnterSender);
    QTRY_COMPARE(f.page(), int(Page::SenderPageId));
}

void TestTransferWizard::trainingIsShown()
{
    WizardFixture f;
    QVERIFY(f.start());
    QVERIFY(f.find(QStringLiteral("trainingMarker"))->isVisible());
    QVERIFY(f.wizard->windowTitle().contains(QStringLiteral("TRAINING")));
}

COUNTERDESK_TEST_MAIN(TestTransferWizard)
#include "tst_transferwizard.moc"
