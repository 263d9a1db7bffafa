#include "ResultPage.h"

#include "Announcement.h"
#include "TransferProblemText.h"
#include "domain/AccountMask.h"
#include "money/MoneyFormatter.h"
#include "receipt/ReceiptView.h"
#include "ui_ResultPage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QVBoxLayout>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;
using journal::TransferState;

ResultPage::ResultPage(TransferContext& context, QWidget* parent)
    : TransferPage(context, ResultPageId, parent)
    , m_ui(std::make_unique<Ui::ResultPage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
    enlarge(m_ui->outcomeHeading, 200, true);
    enlarge(m_ui->outcomeDetail, 115, false);
    enlarge(m_ui->receiptAmountValue, 150, true);
    enlarge(m_ui->statusValue, 120, true);
    connect(m_ui->checkNowButton, &QPushButton::clicked, this, [this] { session().checkStatusNow(); });
    // The printable receipt is the same document as in history (ReceiptView).
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_ui->receiptLayout->addWidget(m_printButton, 0, Qt::AlignLeft);
    m_printButton->setText(tr("&Receipt: print or save PDF…"));
    m_printButton->setAccessibleName(tr("Open the receipt to print it or save it as PDF"));
    connect(m_printButton, &QPushButton::clicked, this, &ResultPage::showPrintableReceipt);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ResultPage::render);
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    m_ticker.start();
    TransferPage::initializePage();
}

void ResultPage::cleanupPage()
{
    m_ticker.stop();
    TransferPage::cleanupPage();
}

QString ResultPage::stateText(TransferState state) const
{
    switch (state) {
    case TransferState::Success:
        return tr("Success");
    case TransferState::Failed:
        return tr("Failed: not sent");
    case TransferState::Submitting:
    case TransferState::Unknown:
        return tr("Not known yet (PROVISIONAL)");
    case TransferState::Pending:
        return tr("Pending at the bank (PROVISIONAL)");
    case TransferState::RefundPending:
        return tr("Failed: refund waiting for the customer's OTP");
    case TransferState::Refunded:
        return tr("Refunded to the wallet");
    case TransferState::Refunding:
        return tr("Failed: refund sent, being checked (PROVISIONAL)");
    }
    return {};
}

void ResultPage::renderOutcome(const journal::Transfer& t)
{
    const transfer::TransferSession& s = session();
    QString heading;
    QString detail;
    QString colour;
    switch (t.state) {
    case TransferState::Success:
        heading = tr("✔ Money sent");
        detail = tr("Give the customer the receipt.");
        colour = QStringLiteral("#0b6e0b");
        break;
    case TransferState::Failed:
    case TransferState::Refunded:
        heading = tr("✖ Not sent");
        detail = s.problem().source == transfer::TransferProblem::Source::Eko &&
                         s.problem().reason != eko::Reason::None
                     ? TransferProblemText::reason(s.problem().reason)
                     : TransferProblemText::reason(eko::Reason::TransactionFailed);
        colour = QStringLiteral("#a30000");
        break;
    case TransferState::Refunding:
        heading = tr("✖ Not sent: refund being checked");
        detail =
            tr("The bank refused the transfer and a refund was sent. CounterDesk is checking it with Eko. "
               "Do NOT refund again.");
        colour = QStringLiteral("#a30000");
        break;
    case TransferState::RefundPending:
        heading = tr("✖ Not sent: refund needed");
        detail = tr("The bank refused the transfer. The customer gets the money back after a refund with "
                    "an OTP; open the transfer from the history to do it.");
        colour = QStringLiteral("#a30000");
        break;
    case TransferState::Submitting:
    case TransferState::Unknown:
    case TransferState::Pending: {
        heading = tr("⏳ Checking with the bank");
        const QDateTime next = s.nextStatusCheckAt();
        const qint64 wait =
            next.isValid() ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(next)) : -1;
        detail = tr("The bank has not confirmed this transfer yet. Do NOT send it again. CounterDesk keeps "
                    "checking on its own.");
        if (s.isBusy())
            detail += QLatin1Char(' ') + TransferProblemText::activity(s.activity());
        else if (wait >= 0)
            detail += QLatin1Char(' ') + tr("Next check in %1 s.").arg(wait);
        colour = QStringLiteral("#8a5a00");
        break;
    }
    }
    setAnnounced(m_ui->outcomeHeading, heading);
    m_ui->outcomeHeading->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_ui->outcomeDetail->setText(detail);
    const bool open = journal::isOpen(t.state);
    m_ui->checkNowButton->setVisible(open);
    m_ui->checkNowButton->setEnabled(open && !s.isBusy());

    // Eko's own words, verbatim and as plain text, for support.
    QString eko = s.problem().ekoMessage.trimmed();
    if (eko.isEmpty() && t.state != TransferState::Success)
        eko = t.txStatusDesc.trimmed();
    m_ui->ekoMessage->setVisible(!eko.isEmpty());
    m_ui->ekoMessage->setText(TransferProblemText::withEkoMessage(QString(), eko));
}

void ResultPage::showPrintableReceipt()
{
    Settings* settings = context().services().settings;
    const std::optional<journal::Transfer> transfer = session().transfer();
    if (!settings || !transfer)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("receiptDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Receipt"));
    auto* view = new ReceiptView(*settings, dialog);
    // The first print is the customer's; a second one from here says COPY.
    view->showTransfer(*transfer, m_receiptPrinted);
    connect(view, &ReceiptView::printed, this, [this] { m_receiptPrinted = true; });
    connect(view, &ReceiptView::pdfSaved, this, [this] { m_receiptPrinted = true; });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(720, 640);
    dialog->open();
}

void ResultPage::renderReceipt(const journal::Transfer& t)
{
    m_printButton->setText(tr("&Receipt: print or save PDF…"));
    m_printButton->setAccessibleName(tr("Open the receipt to print it or save it as PDF"));
    m_printButton->setVisible(context().services().settings != nullptr);
    const DisplayLanguage language = context().language();
    const auto money = [language](const std::optional<Money>& amount) {
        return amount ? MoneyFormatter::format(*amount, language) : tr("not given yet");
    };
    const auto text = [](const QString& value) {
        return value.isEmpty() ? tr("not given yet") : value;
    };
    m_ui->statusValue->setText(stateText(t.state));
    m_ui->tidValue->setText(text(t.tid));
    m_ui->utrValue->setText(text(t.bankRefNum));
    m_ui->receiptAmountValue->setText(MoneyFormatter::format(t.amount, language));
    m_ui->receiptFeeValue->setText(money(t.fee));
    m_ui->balanceValue->setText(money(t.balanceAfter));
    //: Receipt box title: %1 recipient, %2 masked account, %3 client reference
    m_ui->receiptBox->setTitle(
        tr("Receipt: to %1, %2 (ref %3)")
            .arg(t.recipientName, AccountMask::mask(t.recipientAccountMasked), t.clientRefId));
}

void ResultPage::render()
{
    const std::optional<journal::Transfer>& t = session().transfer();
    renderBusy(m_ui->resultBusy);
    m_ui->receiptBox->setVisible(t.has_value());
    if (!t) {
        setAnnounced(m_ui->outcomeHeading, tr("⏳ Checking with the bank"));
        return;
    }
    renderOutcome(*t);
    renderReceipt(*t);
}

void ResultPage::act(State)
{
    // Finish (Enter) closes the wizard; nothing to start here.
}

void ResultPage::focusFor(State)
{
    if (wizard())
        wizard()->button(QWizard::FinishButton)->setFocus();
}

void ResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (isShowing())
            render();
    }
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
