#include "SenderPage.h"

#include "LanguageManager.h"
#include "TransferProblemText.h"
#include "domain/MobileNumber.h"
#include "money/MoneyFormatter.h"
#include "text/ValueErrorText.h"
#include "ui_SenderPage.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

namespace {

QRegularExpressionValidator* validator(const QString& pattern, QObject* parent)
{
    return new QRegularExpressionValidator(QRegularExpression(pattern), parent);
}

} // namespace

SenderPage::SenderPage(TransferContext& context, QWidget* parent)
    : TransferPage(context, SenderPageId, parent)
    , m_ui(std::make_unique<Ui::SenderPage>())
{
    m_ui->setupUi(this);
    // Customers read numbers out as "+91 98765-43210": let those through,
    // the session keeps the 10 digits.
    m_ui->mobileEdit->setValidator(validator(QStringLiteral("[0-9+ \\-]{0,20}"), this));
    m_ui->senderOtpEdit->setValidator(validator(QStringLiteral("[0-9]{0,8}"), this));
    m_ui->pincodeEdit->setValidator(validator(QStringLiteral("[0-9]{0,6}"), this));
    m_ui->onboardNameEdit->setValidator(validator(QStringLiteral("[A-Za-z .]{0,50}"), this));
    const QDate today = QDate::currentDate();
    m_ui->dobEdit->setMinimumDate(today.addYears(-100).addDays(1));
    m_ui->dobEdit->setMaximumDate(today.addYears(-18));
    m_ui->dobEdit->setDate(today.addYears(-30));
    enlarge(m_ui->mobileEdit, 150, true);
    enlarge(m_ui->senderOtpEdit, 150, true);
    enlarge(m_ui->profileNameValue, 130, true);
    enlarge(m_ui->profileBalanceValue, 130, true);
    fillRails();
    createCustomerLanguageRow();
    reserveCountdownWidth(m_ui->resendSenderOtpButton);

    connect(m_ui->getSenderButton, &QPushButton::clicked, this, [this] { act(State::EnterSender); });
    connect(m_ui->verifySenderOtpButton, &QPushButton::clicked, this, [this] { act(State::SenderOtp); });
    connect(m_ui->onboardButton, &QPushButton::clicked, this, [this] { act(State::Onboarding); });
    connect(m_ui->resendSenderOtpButton, &QPushButton::clicked, this,
            [this] { session().resendSenderOtp(); });
    connect(m_ui->railCombo, &QComboBox::currentIndexChanged, this, &SenderPage::onRailChosen);
    connect(m_ui->senderBusy, &BusyPanel::cancelRequested, this, [this] { session().cancel(); });
    // A live hint while typing; the session has the last word on Enter.
    connect(m_ui->mobileEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        const MobileNumberParseResult parsed = MobileNumber::parse(text);
        const bool complete = parsed.ok() || parsed.error == MobileNumberError::Empty ||
                              parsed.error == MobileNumberError::WrongLength;
        m_ui->mobileError->setText(complete ? QString() : valueErrorText(parsed.error));
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SenderPage::renderResend);
}

SenderPage::~SenderPage() = default;

void SenderPage::fillRails()
{
    const int current = m_ui->railCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->railCombo);
    m_ui->railCombo->clear();
    m_ui->railCombo->addItem(tr("PPI DigiKhata"), static_cast<int>(eko::Rail::DigiKhata));
    m_ui->railCombo->addItem(tr("PPI Levin"), static_cast<int>(eko::Rail::Levin));
    m_ui->railCombo->setCurrentIndex(qMax(0, current));
}

void SenderPage::createCustomerLanguageRow()
{
    m_customerLanguageLabel = new QLabel(this);
    m_customerLanguageCombo = new QComboBox(this);
    m_customerLanguageCombo->setObjectName(QStringLiteral("customerLanguageCombo"));
    // Named in their own script: the customer picks the one they read.
    for (const LanguageManager::Language& language : LanguageManager::availableLanguages())
        m_customerLanguageCombo->addItem(language.nativeName, language.code);
    m_customerLanguageLabel->setBuddy(m_customerLanguageCombo);
    m_ui->lookupForm->insertRow(2, m_customerLanguageLabel, m_customerLanguageCombo);
    connect(m_customerLanguageCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            context().setCustomerLanguage(m_customerLanguageCombo->itemData(index).toString());
    });
    retranslateCustomerLanguageRow();
}

void SenderPage::retranslateCustomerLanguageRow()
{
    m_customerLanguageLabel->setText(tr("Customer's &language"));
    m_customerLanguageCombo->setAccessibleName(tr("The customer's language, on the customer display"));
}

void SenderPage::onRailChosen(int index)
{
    if (index < 0)
        return;
    const auto rail = static_cast<eko::Rail>(m_ui->railCombo->itemData(index).toInt());
    context().setRail(rail);
    render();
}

void SenderPage::render()
{
    const transfer::TransferSession& s = session();
    const State state = s.state();
    const bool busy = s.isBusy();
    renderProblem(m_ui->senderBanner);
    renderBusy(m_ui->senderBusy);

    {
        const QSignalBlocker blocker(m_ui->railCombo);
        m_ui->railCombo->setCurrentIndex(m_ui->railCombo->findData(static_cast<int>(s.rail())));
    }
    {
        const QSignalBlocker blocker(m_customerLanguageCombo);
        m_customerLanguageCombo->setCurrentIndex(
            m_customerLanguageCombo->findData(context().customerLanguage()));
    }
    const bool typingMobile = state == State::EnterSender;
    m_ui->mobileEdit->setReadOnly(!typingMobile);
    m_ui->railCombo->setEnabled(typingMobile && !busy);
    m_ui->getSenderButton->setEnabled(typingMobile && !busy);

    const bool otp = state == State::SenderOtp;
    m_ui->senderOtpLabel->setVisible(otp);
    m_ui->senderOtpEdit->setVisible(otp);
    m_ui->verifySenderOtpButton->setVisible(otp);
    m_ui->resendSenderOtpButton->setVisible(otp);
    m_ui->verifySenderOtpButton->setEnabled(!busy);
    if (otp && !m_countdown.isActive())
        m_countdown.start();
    else if (!otp)
        m_countdown.stop();
    renderResend();

    m_ui->onboardingBox->setVisible(state == State::Onboarding);
    m_ui->onboardButton->setEnabled(!busy);
    renderProfile();
}

void SenderPage::renderResend()
{
    renderResendButton(m_ui->resendSenderOtpButton);
}

void SenderPage::renderProfile()
{
    const std::optional<eko::SenderProfile>& sender = session().sender();
    const bool show = sender.has_value();
    m_ui->profileCard->setVisible(show);
    if (!show)
        return;
    const DisplayLanguage language = context().language();
    const auto money = [language](const std::optional<Money>& amount) {
        return amount ? MoneyFormatter::format(*amount, language) : tr("not given by Eko");
    };
    m_ui->profileNameValue->setText(sender->name);
    m_ui->profileBalanceValue->setText(money(sender->balance));
    m_ui->profileLimitValue->setText(money(sender->nextAllowedLimit));
    m_ui->profileKycValue->setText(sender->kycState.isEmpty() ? tr("not given by Eko") : sender->kycState);
}

void SenderPage::act(State state)
{
    if (session().isBusy())
        return;
    switch (state) {
    case State::EnterSender:
        session().lookUpSender(m_ui->mobileEdit->text());
        break;
    case State::SenderOtp:
        session().verifySenderOtp(m_ui->senderOtpEdit->text());
        // Single use: never leave an OTP lying in a field.
        m_ui->senderOtpEdit->clear();
        break;
    case State::Onboarding: {
        QStringList address{m_ui->addressEdit->text().trimmed()};
        if (!m_ui->pincodeEdit->text().isEmpty())
            address.append(m_ui->pincodeEdit->text());
        address.removeAll(QString());
        session().onboardSender(m_ui->onboardNameEdit->text().trimmed(), m_ui->dobEdit->date(), address);
        break;
    }
    default:
        break;
    }
    render();
}

void SenderPage::focusFor(State state)
{
    switch (state) {
    case State::SenderOtp:
        m_ui->senderOtpEdit->setFocus();
        break;
    case State::Onboarding:
        m_ui->onboardNameEdit->setFocus();
        break;
    default:
        m_ui->mobileEdit->setFocus();
        m_ui->mobileEdit->selectAll();
        break;
    }
}

void SenderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRails();
        retranslateCustomerLanguageRow();
        reserveCountdownWidth(m_ui->resendSenderOtpButton);
        if (isShowing())
            render();
    }
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
