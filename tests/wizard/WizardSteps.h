// WizardSteps: the steps every wizard test walks through, written once so
// each test reads as the story it checks. Each step acts like the agent
// (keys into the focused field, Enter to go on) and waits for what the
// agent would wait for. After a call, check QTest::currentTestFailed().
#pragma once

#include "WizardFixture.h"
#include "transfer/TransferSession.h"
#include "wizard/TransferPage.h"

#include <QTest>

namespace counterdesk::ui::testing {

using Page = TransferPage::PageId;
using State = transfer::TransferSession::State;

// Mobile, Enter, the sender OTP from the customer's phone, Enter: lands on
// the Recipient page for a known, fully verified customer.
inline void identifySender(WizardFixture& f, const QString& mobile)
{
    QCOMPARE(f.page(), int(Page::SenderPageId));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(mobile);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::SenderOtp);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("senderOtpEdit"));
    const QString digits = QString(mobile).remove(QRegularExpression(QStringLiteral("[^0-9]"))).right(10);
    const QString otp = f.otp(digits, QStringLiteral("sender"));
    QVERIFY(!otp.isEmpty());
    f.type(otp);
    f.press(Qt::Key_Return);
}

inline void reachRecipients(WizardFixture& f, const QString& mobile)
{
    identifySender(f, mobile);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(f.page(), int(Page::RecipientPageId));
    QTRY_COMPARE(f.wizard->session().state(), State::Recipients);
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("filterEdit"));
    // The list loads after the page shows; the agent waits for it too.
    QTRY_VERIFY(!f.wizard->session().isBusy());
}

// Filter by `name` and press Enter: the Amount page.
inline void chooseRecipient(WizardFixture& f, const QString& name)
{
    f.type(name);
    f.press(Qt::Key_Return);
    QTRY_VERIFY2(f.page() == int(Page::AmountPageId),
                 qPrintable(QStringLiteral("still on page %1, banner: %2")
                                .arg(f.page())
                                .arg(f.bannerText(QStringLiteral("recipientBanner")))));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("amountEdit"));
}

// The Add Recipient form, field by field with Tab from the name (which has
// the focus), the account typed twice; nothing is sent until Enter.
inline void typeNewRecipient(WizardFixture& f, const QString& name, const QString& mobile,
                             const QString& account, const QString& ifsc)
{
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("recipientNameEdit"));
    f.type(name);
    f.press(Qt::Key_Tab);
    f.type(mobile);
    f.press(Qt::Key_Tab);
    f.type(account);
    f.press(Qt::Key_Tab);
    f.type(account);
    f.press(Qt::Key_Tab);
    f.type(ifsc);
}

// Amount, Enter (sends the OTP), the transaction OTP, Enter: the Confirm page.
inline void amountAndOtp(WizardFixture& f, const QString& amount, const QString& mobile)
{
    f.type(amount);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("otpEdit"));
    const QString otp = f.otp(mobile, QStringLiteral("transaction"));
    QVERIFY(!otp.isEmpty());
    f.type(otp);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
}

inline void clickSend(WizardFixture& f)
{
    auto* send = f.find<QAbstractButton>(QStringLiteral("sendButton"));
    QVERIFY(send);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
}

} // namespace counterdesk::ui::testing
