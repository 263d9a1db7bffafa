#include "TransferPage.h"

#include "BusyPanel.h"
#include "MessageWidget.h"
#include "TransferProblemText.h"
#include "domain/MobileNumber.h"

#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>
#include <QWizard>
#include <algorithm>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

TransferPage::PageId TransferPage::pageForState(State state)
{
    switch (state) {
    case State::EnterSender:
    case State::SenderOtp:
    case State::Onboarding:
        return SenderPageId;
    case State::KycConsent:
        return ConsentPageId;
    case State::KycAadhaar:
    case State::KycAadhaarOtp:
    case State::KycPan:
        return KycPageId;
    case State::Recipients:
    case State::AddRecipient:
    case State::RecipientBankOtp:
        return RecipientPageId;
    case State::Amount:
        return AmountPageId;
    case State::TransactionOtp:
        return OtpPageId;
    case State::Confirm:
    case State::Submitting:
        return ConfirmPageId;
    case State::Finished:
        return ResultPageId;
    }
    return SenderPageId;
}

TransferPage::TransferPage(TransferContext& context, PageId pageId, QWidget* parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_pageId(pageId)
{
    connect(&m_context, &TransferContext::changed, this, &TransferPage::onContextChanged);
}

bool TransferPage::isShowing() const
{
    return wizard() && wizard()->currentPage() == this;
}

bool TransferPage::sessionIsPastThisPage() const
{
    return pageForState(session().state()) > m_pageId;
}

void TransferPage::initializePage()
{
    m_lastState = session().state();
    render();
    focusFor(m_lastState);
}

void TransferPage::pageShown()
{
    m_lastState = session().state();
    render();
    focusFor(m_lastState);
}

bool TransferPage::validatePage()
{
    // Finish on the last page closes the wizard; the transfer is recorded.
    if (m_pageId == ResultPageId)
        return session().state() != transfer::TransferSession::State::Submitting;
    if (sessionIsPastThisPage())
        return true;
    // One action at a time: a second Enter while a call is out does nothing.
    if (session().isBusy())
        return false;
    act(session().state());
    return sessionIsPastThisPage();
}

int TransferPage::stepForPage(int pageId)
{
    return pageId <= KycPageId ? 0 : pageId - KycPageId;
}

int TransferPage::nextId() const
{
    switch (m_pageId) {
    case ResultPageId:
        return -1;
    case SenderPageId:
    case ConsentPageId:
        // The KYC pages only when the session is in them; a customer with
        // KYC done goes from the mobile number straight to the recipients.
        return std::clamp(static_cast<int>(pageForState(session().state())), m_pageId + 1,
                          static_cast<int>(RecipientPageId));
    default:
        return m_pageId + 1;
    }
}

void TransferPage::onContextChanged()
{
    if (!isShowing())
        return;
    render();
    const State state = session().state();
    if (state != m_lastState && pageForState(state) == m_pageId)
        focusFor(state);
    m_lastState = state;
}

void TransferPage::renderProblem(MessageWidget* banner) const
{
    const transfer::TransferProblem& problem = session().problem();
    const QString text = TransferProblemText::problem(problem);
    if (text.isEmpty()) {
        banner->hideMessage();
        return;
    }
    const bool fromEko = problem.source == transfer::TransferProblem::Source::Eko;
    banner->showMessage(text, fromEko || problem.source == transfer::TransferProblem::Source::Journal
                                  ? MessageWidget::Type::Error
                                  : MessageWidget::Type::Warning);
}

void TransferPage::renderBusy(BusyPanel* busy) const
{
    if (!session().isBusy()) {
        busy->stop();
        return;
    }
    busy->start(TransferProblemText::activity(session().activity()), session().canCancel());
}

QString TransferPage::customerLine() const
{
    const transfer::TransferSession& s = session();
    const QString name = s.sender() ? s.sender()->name : QString();
    const QString mobile =
        MobileNumber::parse(s.senderMobile()).value.value_or(MobileNumber()).toDisplayString();
    //: %1 the customer's name, %2 their mobile
    return name.isEmpty() ? mobile : tr("%1 (%2)").arg(name, mobile);
}

qint64 TransferPage::secondsUntilResend() const
{
    const QDateTime allowedAt = session().otpResendAllowedAt();
    return allowedAt.isValid() ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(allowedAt)) : 0;
}

void TransferPage::renderResendButton(QPushButton* button) const
{
    const qint64 wait = secondsUntilResend();
    button->setEnabled(wait == 0 && !session().isBusy());
    //: %1 is a number of seconds
    button->setText(wait > 0 ? tr("Resend OTP in %1 s").arg(wait) : tr("&Resend OTP"));
}

void TransferPage::reserveCountdownWidth(QPushButton* button)
{
    button->setMinimumWidth(button->fontMetrics().horizontalAdvance(tr("Resend OTP in %1 s").arg(60)) + 32);
}

void TransferPage::keepUpperCase(QLineEdit* edit, const QString& typed)
{
    const int cursor = edit->cursorPosition();
    edit->setText(typed.toUpper());
    edit->setCursorPosition(cursor);
}

void TransferPage::enlarge(QWidget* widget, int percent, bool bold)
{
    QFont font = widget->font();
    // Point sizes are integers here on purpose: no floating point anywhere
    // near a page that shows money.
    font.setPointSize(qMax(1, font.pointSize() * percent / 100));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace counterdesk::ui
