#include "ConfirmPage.h"

#include "TransferProblemText.h"
#include "domain/AccountMask.h"
#include "domain/MobileNumber.h"
#include "lock/PinPromptDialog.h"
#include "money/AmountInWords.h"
#include "money/MoneyFormatter.h"
#include "security/PinGuard.h"
#include "ui_ConfirmPage.h"

#include <QEvent>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

ConfirmPage::ConfirmPage(TransferContext& context, int armDelayMs, QWidget* parent)
    : TransferPage(context, ConfirmPageId, parent)
    , m_ui(std::make_unique<Ui::ConfirmPage>())
    , m_armDelayMs(qMax(0, armDelayMs))
{
    m_ui->setupUi(this);
    for (QLabel* value :
         {m_ui->senderValue, m_ui->recipientValue, m_ui->bankValue, m_ui->accountValue, m_ui->channelValue})
        enlarge(value, 140, true);
    enlarge(m_ui->amountValue, 220, true);
    enlarge(m_ui->sendButton, 130, true);
    enlarge(m_ui->cancelSendButton, 130, false);
    m_ui->sendButton->setMinimumHeight(56);
    m_ui->cancelSendButton->setMinimumHeight(56);
    // Cancel is the default: Enter, the key an agent hits without looking,
    // never sends money. Send needs Alt+S, a click, or focus plus Enter.
    m_ui->cancelSendButton->setDefault(true);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ConfirmPage::send);
    connect(m_ui->cancelSendButton, &QPushButton::clicked, this, [this] { session().goBack(); });
    m_armTicker.setInterval(100);
    connect(&m_armTicker, &QTimer::timeout, this, &ConfirmPage::renderSendButton);
}

ConfirmPage::~ConfirmPage() = default;

bool ConfirmPage::isComplete() const
{
    // The wizard's Next never shows here: only this page's Send moves on.
    return sessionIsPastThisPage();
}

void ConfirmPage::initializePage()
{
    m_sendPressed = false;
    m_refusal.clear();
    m_shownFor.start();
    m_armTicker.start();
    TransferPage::initializePage();
}

void ConfirmPage::cleanupPage()
{
    m_armTicker.stop();
    TransferPage::cleanupPage();
}

QString ConfirmPage::amountText() const
{
    return MoneyFormatter::format(session().amountToSend(), context().language(),
                                  MoneyFormatter::PaiseDisplay::OmitIfWhole);
}

void ConfirmPage::renderSendButton()
{
    const qint64 left = m_armDelayMs - (m_shownFor.isValid() ? m_shownFor.elapsed() : 0);
    const bool armed = left <= 0;
    if (armed)
        m_armTicker.stop();
    const bool canSend =
        armed && !m_sendPressed && session().state() == State::Confirm && !session().isBusy();
    m_ui->sendButton->setEnabled(canSend);
    //: %1 is the amount
    const QString text = tr("&Send %1").arg(amountText());
    // The countdown is visible so the agent knows the button is not broken.
    m_ui->sendButton->setText(armed ? text : tr("Send %1 (%2)").arg(amountText()).arg((left + 999) / 1000));
}

void ConfirmPage::render()
{
    const transfer::TransferSession& s = session();
    const DisplayLanguage language = context().language();
    if (!m_refusal.isEmpty())
        m_ui->confirmBanner->showMessage(m_refusal, MessageWidget::Type::Warning);
    else
        renderProblem(m_ui->confirmBanner);
    renderBusy(m_ui->confirmBusy);

    const QString mobile =
        MobileNumber::parse(s.senderMobile()).value.value_or(MobileNumber()).toDisplayString();
    m_ui->senderValue->setText(s.sender() ? tr("%1 (%2)").arg(s.sender()->name, mobile) : mobile);
    if (const std::optional<eko::Recipient> r = s.chosenRecipient()) {
        m_ui->recipientValue->setText(r->name);
        m_ui->bankValue->setText(r->ifsc.isEmpty() ? r->bank : tr("%1 (%2)").arg(r->bank, r->ifsc));
        m_ui->accountValue->setText(AccountMask::mask(r->account));
    }
    // Exactly what Initiate sends (frozen with the OTP).
    m_ui->amountValue->setText(MoneyFormatter::format(s.amountToSend(), language));
    m_ui->amountWordsValue->setText(AmountInWords::toWords(s.amountToSend(), language));
    // Eko states the fee only in the Initiate answer; the receipt shows it.
    m_ui->feeValue->setText(tr("Eko states the fee when the money is sent; the receipt shows it"));
    m_ui->channelValue->setText(s.channel() == eko::Channel::Imps ? tr("IMPS (instant)") : tr("NEFT"));
    m_ui->cancelSendButton->setEnabled(s.state() == State::Confirm && !s.isBusy());
    renderSendButton();
}

void ConfirmPage::send()
{
    // Disarm first, before anything else can run: a second click queued
    // behind this one finds the button disabled and m_sendPressed set.
    if (m_sendPressed)
        return;
    m_sendPressed = true;
    m_ui->sendButton->setEnabled(false);
    m_ui->cancelSendButton->setEnabled(false);
    m_refusal.clear();

    const WizardServices& services = context().services();
    if (services.requireAgentPin && services.pinGuard && services.pinGuard->hasPin()) {
        const std::optional<eko::Recipient> recipient = session().chosenRecipient();
        // The agent confirms with their PIN; only an accepted PIN sends.
        // open(), not exec(): no nested event loop under a money call.
        auto* prompt = new PinPromptDialog(
            *services.pinGuard,
            tr("Send %1 to %2").arg(amountText(), recipient ? recipient->name : QString()), this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt, &QDialog::accepted, this, &ConfirmPage::sendConfirmed);
        connect(prompt, &QDialog::rejected, this, [this] {
            m_sendPressed = false; // nothing left the machine
            render();
        });
        prompt->open();
        return;
    }
    sendConfirmed();
}

void ConfirmPage::sendConfirmed()
{
    // Local: a file-wide alias would reach the next file of a unity batch.
    using SendResult = transfer::TransferSession::SendResult;
    const SendResult result = session().confirmAndSend();
    switch (result) {
    case SendResult::Sent:
    case SendResult::AlreadySent:
        break;
    case SendResult::NotReady:
    case SendResult::SenderHasOpenTransfer:
    case SendResult::JournalFailed:
        // Nothing left the machine: the agent may act and try again.
        m_sendPressed = false;
        break;
    }
    m_refusal = TransferProblemText::sendResult(result);
    render();
}

void ConfirmPage::showCloseRefused()
{
    m_ui->confirmBanner->showMessage(tr("The money is being sent. This window closes only after the bank "
                                        "answers, so the result is never lost."),
                                     MessageWidget::Type::Warning);
}

void ConfirmPage::act(State)
{
    // Enter on this page is Cancel (the default button); the wizard's Next
    // is hidden. Sending is only ever send().
}

void ConfirmPage::focusFor(State)
{
    m_ui->cancelSendButton->setFocus();
}

void ConfirmPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (isShowing())
            render();
    }
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
