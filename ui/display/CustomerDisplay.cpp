#include "CustomerDisplay.h"

#include "money/AmountInWords.h"
#include "money/MoneyFormatter.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace counterdesk::ui {

using journal::TransferState;

namespace {

// White on black, yellow for what must be checked, and a word or sign with
// every colour: readable from across a counter and by the colour-blind.
const QString kStyle =
    QStringLiteral("#customerDisplay { background: #000000; }"
                   "#customerDisplay QLabel { color: #ffffff; }"
                   "#customerDisplay QLabel[role=\"caption\"] { color: #d8d8d8; }"
                   "#customerDisplay QLabel[role=\"check\"] { color: #ffe14d; }"
                   "#customerDisplay #trainingBand { background: #ffc107; color: #000000; }"
                   "#customerDisplay #noteLabel { color: #000000; background: #ffe14d; }"
                   "#customerDisplay #headingLabel[outcome=\"good\"] { color: #7dff7d; }"
                   "#customerDisplay #headingLabel[outcome=\"bad\"] { color: #ff8080; }"
                   "#customerDisplay #headingLabel[outcome=\"wait\"] { color: #ffe14d; }");

void setPixelSize(QLabel* label, int pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

CustomerDisplay::CustomerDisplay(QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("customerDisplay"));
    // The agent keeps the keyboard: showing this window never activates it.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(kStyle);
    resize(960, 600);

    m_training = addLabel(QStringLiteral("trainingBand"));
    m_training->setAlignment(Qt::AlignCenter);
    m_shop = addLabel(QStringLiteral("shopLabel"));
    m_shop->setAlignment(Qt::AlignCenter);
    m_heading = addLabel(QStringLiteral("headingLabel"));
    m_heading->setAlignment(Qt::AlignCenter);
    m_subline = addLabel(QStringLiteral("sublineLabel"));
    m_subline->setAlignment(Qt::AlignCenter);
    m_note = addLabel(QStringLiteral("noteLabel"));
    m_note->setAlignment(Qt::AlignCenter);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_recipient = addRow(grid, "recipient");
    m_bank = addRow(grid, "bank");
    m_account = addRow(grid, "account");
    m_amount = addRow(grid, "amount");
    m_amount.value->setProperty("role", QStringLiteral("check"));
    m_amountWords = addRow(grid, "amountWords");
    m_channel = addRow(grid, "channel");
    m_tid = addRow(grid, "tid");
    m_fee = addRow(grid, "fee");
    m_balance = addRow(grid, "balance");

    auto* layout = new QVBoxLayout(this);
    // The screen decides the size, never the text: no minimum from the labels.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_training);
    auto* body = new QVBoxLayout;
    body->setContentsMargins(48, 24, 48, 32);
    body->addStretch(1); // centred: the eye finds it from across the counter
    body->addWidget(m_shop);
    body->addSpacing(8);
    body->addWidget(m_heading);
    body->addWidget(m_subline);
    body->addSpacing(16);
    body->addLayout(grid);
    body->addSpacing(16);
    body->addWidget(m_note);
    body->addStretch(1);
    layout->addLayout(body, 1);

    setWindowTitle(tr("Customer display — CounterDesk"));
    applyScale();
    render();
}

CustomerDisplay::~CustomerDisplay() = default;

QLabel* CustomerDisplay::addLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    // Names and banks come from Eko and the agent: never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

CustomerDisplay::Row CustomerDisplay::addRow(QGridLayout* grid, const char* name)
{
    Row row;
    row.caption = addLabel(QLatin1String(name) + QStringLiteral("Caption"));
    row.caption->setProperty("role", QStringLiteral("caption"));
    row.caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.caption->setWordWrap(false); // the values wrap, the column of captions does not
    row.value = addLabel(QLatin1String(name) + QStringLiteral("Value"));
    const int at = grid->rowCount();
    grid->addWidget(row.caption, at, 0);
    grid->addWidget(row.value, at, 1);
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(12);
    return row;
}

void CustomerDisplay::Row::show(const QString& captionText, const QString& valueText) const
{
    caption->setText(captionText);
    value->setText(valueText);
    caption->setVisible(true);
    value->setVisible(true);
}

void CustomerDisplay::Row::hide() const
{
    caption->clear();
    value->clear();
    caption->setVisible(false);
    value->setVisible(false);
}

void CustomerDisplay::showScreen(const CustomerScreen& screen)
{
    m_screen = screen;
    render();
}

void CustomerDisplay::setShopName(const QString& name)
{
    m_shopName = name.trimmed();
    render();
}

void CustomerDisplay::setDefaultLanguage(const QString& code)
{
    m_defaultLanguage = code;
    render();
}

QString CustomerDisplay::say(const char* source) const
{
    return m_words.say("counterdesk::ui::CustomerDisplay", source);
}

QString CustomerDisplay::money(const std::optional<Money>& amount) const
{
    if (!amount)
        return say(QT_TR_NOOP("not given yet"));
    return MoneyFormatter::format(*amount, m_words.moneyLanguage(),
                                  MoneyFormatter::PaiseDisplay::OmitIfWhole);
}

void CustomerDisplay::render()
{
    const QString language = m_screen.language.isEmpty() ? m_defaultLanguage : m_screen.language;
    if (language != m_words.code())
        m_words = CustomerWords(language);

    m_training->setVisible(m_screen.training);
    m_training->setText(say(QT_TR_NOOP("TRAINING — practice only, no real money moves")));
    m_shop->setVisible(!m_shopName.isEmpty());
    m_shop->setText(m_shopName);
    m_heading->setProperty("outcome", QString());
    m_note->hide();
    hideDetails();

    switch (m_screen.phase) {
    case CustomerScreen::Phase::Welcome:
        renderWelcome();
        break;
    case CustomerScreen::Phase::Customer:
        //: The customer display greets the customer by name (%1)
        m_heading->setText(say(QT_TR_NOOP("Welcome, %1")).arg(m_screen.customerName));
        m_subline->setText(say(QT_TR_NOOP("The agent is preparing your transfer.")));
        break;
    case CustomerScreen::Phase::Check:
        renderCheck();
        break;
    case CustomerScreen::Phase::Result:
        renderResult();
        break;
    }
    // The outcome colour comes from a property: re-polish to apply it.
    m_heading->style()->unpolish(m_heading);
    m_heading->style()->polish(m_heading);
}

void CustomerDisplay::renderWelcome()
{
    m_heading->setText(say(QT_TR_NOOP("Welcome")));
    m_subline->setText(say(QT_TR_NOOP("Send money to any bank account in India. Tell the agent your "
                                      "mobile number to begin.")));
}

void CustomerDisplay::hideDetails()
{
    for (const Row* row : {&m_recipient, &m_bank, &m_account, &m_amount, &m_amountWords, &m_channel, &m_tid,
                           &m_fee, &m_balance})
        row->hide();
}

void CustomerDisplay::renderCheck()
{
    const DisplayLanguage language = m_words.moneyLanguage();
    switch (m_screen.checkStep) {
    case CustomerScreen::CheckStep::BeforeOtp:
        m_heading->setText(say(QT_TR_NOOP("Please check")));
        m_subline->clear();
        m_note->setText(say(QT_TR_NOOP("Check this before you tell the agent your OTP")));
        break;
    case CustomerScreen::CheckStep::BeforeSend:
        m_heading->setText(say(QT_TR_NOOP("Please check")));
        m_subline->clear();
        m_note->setText(
            say(QT_TR_NOOP("If anything is wrong, tell the agent now: nothing has been sent yet.")));
        break;
    case CustomerScreen::CheckStep::Sending:
        m_heading->setText(say(QT_TR_NOOP("Sending your money…")));
        m_heading->setProperty("outcome", QStringLiteral("wait"));
        m_subline->setText(say(QT_TR_NOOP("Please wait for the bank's answer.")));
        break;
    }
    m_note->setVisible(m_screen.checkStep != CustomerScreen::CheckStep::Sending);
    m_recipient.show(say(QT_TR_NOOP("To")), m_screen.recipientName);
    m_bank.show(say(QT_TR_NOOP("Bank")), m_screen.bank);
    m_account.show(say(QT_TR_NOOP("Account")), m_screen.maskedAccount);
    m_amount.show(say(QT_TR_NOOP("Amount")), money(m_screen.amount));
    m_amountWords.show(say(QT_TR_NOOP("In words")), AmountInWords::toWords(m_screen.amount, language));
    m_channel.show(say(QT_TR_NOOP("Channel")), m_screen.channel == eko::Channel::Imps
                                                   ? say(QT_TR_NOOP("IMPS (instant)"))
                                                   : say(QT_TR_NOOP("NEFT")));
}

void CustomerDisplay::renderResult()
{
    renderOutcome();
    m_recipient.show(say(QT_TR_NOOP("To")), m_screen.recipientName);
    m_account.show(say(QT_TR_NOOP("Account")), m_screen.maskedAccount);
    m_amount.show(say(QT_TR_NOOP("Amount")), money(m_screen.amount));
    m_tid.show(say(QT_TR_NOOP("Transaction ID (TID)")),
               m_screen.tid.isEmpty() ? say(QT_TR_NOOP("not given yet")) : m_screen.tid);
    m_fee.show(say(QT_TR_NOOP("Fee")), money(m_screen.fee));
    if (m_screen.balanceAfter)
        m_balance.show(say(QT_TR_NOOP("Your wallet balance now")), money(m_screen.balanceAfter));
}

void CustomerDisplay::renderOutcome()
{
    // The heading's colour goes with its sign and words, never alone.
    const auto show = [this](const QString& heading, const char* colour, const QString& subline) {
        m_heading->setText(heading);
        m_heading->setProperty("outcome", QLatin1String(colour));
        m_subline->setText(subline);
    };
    switch (m_screen.outcome) {
    case TransferState::Success:
        show(say(QT_TR_NOOP("✔ Money sent")), "good", say(QT_TR_NOOP("Please take your receipt.")));
        return;
    case TransferState::Failed:
        show(say(QT_TR_NOOP("✖ Money not sent")), "bad",
             say(QT_TR_NOOP("The bank did not accept this transfer. Please ask the agent.")));
        return;
    case TransferState::Refunded:
        show(say(QT_TR_NOOP("✖ Money not sent")), "bad",
             say(QT_TR_NOOP("The money is back in your wallet.")));
        return;
    case TransferState::RefundPending:
        show(say(QT_TR_NOOP("✖ Money not sent")), "bad",
             say(QT_TR_NOOP("You get the money back after a refund: the agent will ask you for a new OTP.")));
        return;
    case TransferState::Refunding:
        show(say(QT_TR_NOOP("✖ Money not sent")), "bad",
             say(QT_TR_NOOP("A refund to your wallet is being checked.")));
        return;
    case TransferState::Submitting:
    case TransferState::Unknown:
    case TransferState::Pending:
        show(
            say(QT_TR_NOOP("⏳ Waiting for the bank")), "wait",
            say(QT_TR_NOOP("The bank has not confirmed it yet. Do not pay again: the agent will tell you the "
                           "result.")));
        return;
    }
}

void CustomerDisplay::applyScale()
{
    // One unit from the height, so a 1080p customer screen and a small
    // window both fill with type as large as fits.
    const int unit = qMax(14, height() / 28);
    setPixelSize(m_training, unit, true);
    setPixelSize(m_shop, unit * 5 / 4, true);
    setPixelSize(m_heading, unit * 12 / 5, true);
    setPixelSize(m_subline, unit * 6 / 5, false);
    setPixelSize(m_note, unit * 6 / 5, true);
    m_note->setContentsMargins(unit / 2, unit / 3, unit / 2, unit / 3);
    for (const Row* row : {&m_recipient, &m_bank, &m_account, &m_amount, &m_amountWords, &m_channel, &m_tid,
                           &m_fee, &m_balance}) {
        setPixelSize(row->caption, unit, false);
        setPixelSize(row->value, unit * 3 / 2, true);
    }
    setPixelSize(m_amount.value, unit * 2, true);
}

void CustomerDisplay::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void CustomerDisplay::changeEvent(QEvent* event)
{
    // The agent's language changed: only the title (the agent's task bar)
    // follows it; the customer's words stay in the customer's language.
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Customer display — CounterDesk"));
    QWidget::changeEvent(event);
}

} // namespace counterdesk::ui
