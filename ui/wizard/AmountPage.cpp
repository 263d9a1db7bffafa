#include "AmountPage.h"

#include "TransferProblemText.h"
#include "domain/AccountMask.h"
#include "money/AmountInWords.h"
#include "money/MoneyFormatter.h"
#include "text/ValueErrorText.h"
#include "ui_AmountPage.h"

#include <QEvent>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;
using transfer::AmountCheck;
using transfer::AmountChecker;

AmountPage::AmountPage(TransferContext& context, QWidget* parent)
    : TransferPage(context, AmountPageId, parent)
    , m_ui(std::make_unique<Ui::AmountPage>())
{
    m_ui->setupUi(this);
    enlarge(m_ui->amountEdit, 200, true);
    enlarge(m_ui->amountWords, 110, false);
    enlarge(m_ui->transferSummary, 110, true);
    // Wrapped labels in a form row get squeezed to one word per line and
    // overlap the next row; these fit on one line at 1366 pixels.
    for (QLabel* label : {m_ui->amountWords, m_ui->amountError, m_ui->limitsValue})
        label->setWordWrap(false);
    connect(m_ui->amountEdit, &QLineEdit::textEdited, this, &AmountPage::onAmountEdited);
    connect(m_ui->impsRadio, &QRadioButton::toggled, this, [this] { checkAmount(); });
    connect(m_ui->amountBusy, &BusyPanel::cancelRequested, this, [this] { session().cancel(); });
}

AmountPage::~AmountPage() = default;

void AmountPage::initializePage()
{
    const QList<eko::Channel> allowed = session().allowedChannels();
    const bool imps = allowed.isEmpty() || allowed.contains(eko::Channel::Imps);
    const bool neft = allowed.isEmpty() || allowed.contains(eko::Channel::Neft);
    m_ui->impsRadio->setEnabled(imps);
    m_ui->neftRadio->setEnabled(neft);
    // IMPS first: it is instant and what customers at a counter expect.
    (imps ? m_ui->impsRadio : m_ui->neftRadio)->setChecked(true);
    if (!session().amount().isZero()) {
        m_ui->amountEdit->setText(MoneyFormatter::formatNumber(session().amount(), context().language(),
                                                               MoneyFormatter::PaiseDisplay::OmitIfWhole));
    }
    TransferPage::initializePage();
    checkAmount();
}

eko::Channel AmountPage::chosenChannel() const
{
    return m_ui->impsRadio->isChecked() ? eko::Channel::Imps : eko::Channel::Neft;
}

void AmountPage::onAmountEdited(const QString& text)
{
    // Regroup as typed (1,10,000), keeping the caret by the digits right of it.
    const AmountFieldResult parsed = MoneyFormatter::parseAmountField(text);
    if (parsed.ok()) {
        const int cursor = m_ui->amountEdit->cursorPosition();
        qsizetype digitsRight = 0;
        for (qsizetype i = cursor; i < text.size(); ++i)
            digitsRight += text.at(i).isDigit() ? 1 : 0;
        const QString grouped = MoneyFormatter::formatNumber(*parsed.value, context().language(),
                                                             MoneyFormatter::PaiseDisplay::OmitIfWhole);
        qsizetype position = grouped.size();
        while (digitsRight > 0 && position > 0) {
            --position;
            digitsRight -= grouped.at(position).isDigit() ? 1 : 0;
        }
        m_ui->amountEdit->setText(grouped);
        m_ui->amountEdit->setCursorPosition(static_cast<int>(position));
    }
    checkAmount();
}

QString AmountPage::limitText(AmountCheck check) const
{
    const transfer::AmountLimits limits = session().amountLimits();
    std::optional<Money> limit;
    switch (check) {
    case AmountCheck::ExceedsBalance:
        limit = limits.balance;
        break;
    case AmountCheck::ExceedsMonthlyLimitLeft:
        limit = limits.monthlyLimitLeft;
        break;
    case AmountCheck::ExceedsPerTransactionLimit:
        limit = limits.perTransactionLimit;
        break;
    case AmountCheck::Ok:
    case AmountCheck::Zero:
    case AmountCheck::NotWholeRupees:
    case AmountCheck::ChannelNotAllowed:
        break;
    }
    return limit ? MoneyFormatter::format(*limit, context().language()) : QString();
}

std::optional<Money> AmountPage::checkAmount()
{
    const QString text = m_ui->amountEdit->text();
    const AmountFieldResult parsed = MoneyFormatter::parseAmountField(text);
    if (!parsed.ok()) {
        m_ui->amountWords->clear();
        m_ui->amountError->setText(parsed.error == AmountFieldError::Empty ? QString()
                                                                           : valueErrorText(parsed.error));
        return std::nullopt;
    }
    m_ui->amountWords->setText(AmountInWords::toWords(*parsed.value, context().language()));
    const AmountCheck check = AmountChecker::check(*parsed.value, chosenChannel(), session().amountLimits());
    m_ui->amountError->setText(TransferProblemText::amountCheck(check, limitText(check)));
    if (check != AmountCheck::Ok)
        return std::nullopt;
    return parsed.value;
}

void AmountPage::render()
{
    const transfer::TransferSession& s = session();
    renderProblem(m_ui->amountBanner);
    renderBusy(m_ui->amountBusy);
    const DisplayLanguage language = context().language();

    const std::optional<eko::Recipient> recipient = s.chosenRecipient();
    const QString sender = s.sender() ? s.sender()->name : s.senderMobile();
    if (recipient) {
        //: %1 customer, %2 recipient, %3 bank, %4 masked account
        m_ui->transferSummary->setText(
            tr("From %1 to %2, %3 %4")
                .arg(sender, recipient->name, recipient->bank, AccountMask::mask(recipient->account)));
    }
    const transfer::AmountLimits limits = s.amountLimits();
    QStringList parts;
    if (limits.balance)
        parts << tr("wallet %1").arg(MoneyFormatter::format(*limits.balance, language));
    if (limits.monthlyLimitLeft)
        parts << tr("monthly limit left %1").arg(MoneyFormatter::format(*limits.monthlyLimitLeft, language));
    if (!limits.perTransactionLimit.isZero())
        parts << tr("per transfer %1").arg(MoneyFormatter::format(limits.perTransactionLimit, language));
    m_ui->limitsValue->setText(parts.join(QStringLiteral(" · ")));
    m_ui->amountEdit->setReadOnly(s.isBusy());
}

void AmountPage::act(State state)
{
    if (state != State::Amount || session().isBusy())
        return;
    const std::optional<Money> amount = checkAmount();
    if (!amount) {
        m_ui->amountEdit->setFocus();
        return;
    }
    if (session().setAmount(*amount, chosenChannel()) == AmountCheck::Ok)
        session().requestTransactionOtp();
    render();
}

void AmountPage::focusFor(State)
{
    m_ui->amountEdit->setFocus();
    m_ui->amountEdit->selectAll();
}

void AmountPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (isShowing())
            render();
    }
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
