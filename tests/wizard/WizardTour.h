// WizardTour: every page a brand-new customer's transfer goes through, walked
// like an agent against the sandbox — onboarding, sender OTP, consent, a
// mistyped then a good Aadhaar number, Aadhaar OTP, PAN, recipients, a new
// recipient with its bank OTP, amount, transaction OTP, confirm, result.
// At each stop `atStop(where)` looks at the wizard as it is (the screen-reader
// audit, the Hindi audit). The tour only checks that it got there, on the
// session's state, never on words: it runs in any language.
#pragma once

#include "WizardSteps.h"

#include <QComboBox>
#include <QDateEdit>
#include <functional>

namespace counterdesk::ui::testing {

// The names the tour types: data, never translated.
inline QStringList wizardTourData()
{
    return {QStringLiteral("Sunita Verma"), QStringLiteral("4 Station Road"), QStringLiteral("Anil Verma"),
            QStringLiteral("ABCPV1234K")};
}

// Returns early on the first step that does not arrive (the QTRY macros
// record the failure; callers check QTest::currentTestFailed()).
inline void walkNewCustomerTransfer(WizardFixture& f, const std::function<void(const char* where)>& atStop)
{
    const auto stop = [&atStop](const char* where) {
        QTest::qWait(50);
        atStop(where);
    };
    stop("sender");
    const QString mobile = QStringLiteral("9123700001");
    QTRY_COMPARE(f.focused()->objectName(), QStringLiteral("mobileEdit"));
    f.type(mobile);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::Onboarding);
    stop("onboarding");
    f.type(QStringLiteral("Sunita Verma"));
    f.find<QDateEdit>(QStringLiteral("dobEdit"))->setDate(QDate(1988, 3, 9));
    f.find<QLineEdit>(QStringLiteral("addressEdit"))->setFocus();
    f.type(QStringLiteral("4 Station Road"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::SenderOtp);
    stop("sender OTP");
    f.type(f.otp(mobile, QStringLiteral("sender")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConsentPageId));
    auto* combo = f.find<QComboBox>(QStringLiteral("consentLanguageCombo"));
    QTRY_VERIFY(combo->count() > 1);
    combo->setFocus();
    f.press(Qt::Key_Down);
    QTRY_VERIFY(f.wizard->session().consent().has_value());
    stop("consent");
    f.press(Qt::Key_Return);
    f.press(Qt::Key_Space);
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::KycAadhaar);
    stop("Aadhaar");
    f.type(QStringLiteral("234567890125")); // the check digit off: the page says so
    f.press(Qt::Key_Return);
    QTRY_VERIFY(!f.bannerText(QStringLiteral("kycBanner")).isEmpty());
    stop("Aadhaar mistyped");
    f.find<QLineEdit>(QStringLiteral("aadhaarEdit"))->clear();
    f.type(QStringLiteral("234567890124"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::KycAadhaarOtp);
    stop("Aadhaar OTP");
    f.type(f.otp(mobile, QStringLiteral("aadhaar")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::KycPan);
    stop("PAN");
    f.type(QStringLiteral("ABCPV1234K"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::Recipients);
    QTRY_VERIFY(!f.wizard->session().isBusy());
    stop("recipients");
    f.press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(f.wizard->session().state(), State::AddRecipient);
    stop("add recipient");
    typeNewRecipient(f, QStringLiteral("Anil Verma"), QStringLiteral("98765 11122"),
                     QStringLiteral("300012349876"), QStringLiteral("SBIN0004321"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.wizard->session().state(), State::RecipientBankOtp);
    stop("recipient bank OTP");
    f.type(f.otp(mobile, QStringLiteral("recipient_bank")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::AmountPageId));
    stop("amount");
    f.type(QStringLiteral("500"));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::OtpPageId));
    stop("transaction OTP");
    f.type(f.otp(mobile, QStringLiteral("transaction")));
    f.press(Qt::Key_Return);
    QTRY_COMPARE(f.page(), int(Page::ConfirmPageId));
    stop("confirm");
    clickSend(f);
    QTRY_COMPARE(f.page(), int(Page::ResultPageId));
    QTRY_VERIFY(f.wizard->session().transfer().has_value() &&
                f.wizard->session().transfer()->state == journal::TransferState::Success);
    stop("result");
}

} // namespace counterdesk::ui::testing
