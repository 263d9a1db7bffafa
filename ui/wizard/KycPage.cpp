#include "KycPage.h"

#include "BusyPanel.h"
#include "MessageWidget.h"
#include "domain/AadhaarNumber.h"
#include "domain/PanNumber.h"
#include "text/ValueErrorText.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

namespace {

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// A button at its natural width under the field it acts on, not stretched
// across the form.
QHBoxLayout* leftAligned(QWidget* widget)
{
    auto* row = new QHBoxLayout;
    row->addWidget(widget);
    row->addStretch(1);
    return row;
}

} // namespace

KycPage::KycPage(TransferContext& context, QWidget* parent)
    : TransferPage(context, KycPageId, parent)
    , m_banner(new MessageWidget(this))
    , m_busy(new BusyPanel(this))
    , m_customer(new QLabel(this))
    , m_aadhaarBox(new QGroupBox(this))
    , m_aadhaarLabel(new QLabel(this))
    , m_aadhaarEdit(new QLineEdit(this))
    , m_aadhaarError(errorLabel(QStringLiteral("aadhaarError"), this))
    , m_sendAadhaarOtp(new QPushButton(this))
    , m_otpBox(new QGroupBox(this))
    , m_otpSentTo(new QLabel(this))
    , m_otpLabel(new QLabel(this))
    , m_otpEdit(new QLineEdit(this))
    , m_verifyOtp(new QPushButton(this))
    , m_resendOtp(new QPushButton(this))
    , m_panBox(new QGroupBox(this))
    , m_panLabel(new QLabel(this))
    , m_panEdit(new QLineEdit(this))
    , m_panError(errorLabel(QStringLiteral("panError"), this))
    , m_checkPan(new QPushButton(this))
{
    setObjectName(QStringLiteral("kycPage"));
    m_banner->setObjectName(QStringLiteral("kycBanner"));
    m_busy->setObjectName(QStringLiteral("kycBusy"));
    m_customer->setObjectName(QStringLiteral("kycCustomer"));
    m_customer->setTextFormat(Qt::PlainText);
    m_aadhaarBox->setObjectName(QStringLiteral("aadhaarBox"));
    m_aadhaarEdit->setObjectName(QStringLiteral("aadhaarEdit"));
    m_sendAadhaarOtp->setObjectName(QStringLiteral("sendAadhaarOtpButton"));
    m_otpBox->setObjectName(QStringLiteral("aadhaarOtpBox"));
    m_otpSentTo->setObjectName(QStringLiteral("aadhaarOtpSentTo"));
    m_otpSentTo->setTextFormat(Qt::PlainText);
    m_otpSentTo->setWordWrap(true);
    m_otpEdit->setObjectName(QStringLiteral("aadhaarOtpEdit"));
    m_verifyOtp->setObjectName(QStringLiteral("verifyAadhaarOtpButton"));
    m_resendOtp->setObjectName(QStringLiteral("resendAadhaarOtpButton"));
    m_panBox->setObjectName(QStringLiteral("panBox"));
    m_panEdit->setObjectName(QStringLiteral("panEdit"));
    m_checkPan->setObjectName(QStringLiteral("checkPanButton"));

    // The card prints the number in groups of four: let spaces through.
    m_aadhaarEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 \\-]{0,16}")), this));
    m_otpEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), this));
    m_panEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9 ]{0,12}")), this));
    // Personal data: never offered back by an input method's history.
    for (QLineEdit* edit : {m_aadhaarEdit, m_otpEdit, m_panEdit})
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    enlarge(m_aadhaarEdit, 150, true);
    enlarge(m_otpEdit, 150, true);
    enlarge(m_panEdit, 150, true);
    m_aadhaarLabel->setBuddy(m_aadhaarEdit);
    m_otpLabel->setBuddy(m_otpEdit);
    m_panLabel->setBuddy(m_panEdit);
    for (QPushButton* button : {m_sendAadhaarOtp, m_verifyOtp, m_resendOtp, m_checkPan})
        button->setAutoDefault(false);

    auto* aadhaar = new QFormLayout(m_aadhaarBox);
    aadhaar->addRow(m_aadhaarLabel, m_aadhaarEdit);
    aadhaar->addRow(QString(), m_aadhaarError);
    aadhaar->addRow(QString(), leftAligned(m_sendAadhaarOtp));
    auto* otp = new QFormLayout(m_otpBox);
    otp->addRow(m_otpSentTo);
    otp->addRow(m_otpLabel, m_otpEdit);
    auto* otpButtons = new QHBoxLayout;
    otpButtons->addWidget(m_verifyOtp);
    otpButtons->addWidget(m_resendOtp);
    otpButtons->addStretch(1);
    otp->addRow(QString(), otpButtons);
    auto* pan = new QFormLayout(m_panBox);
    pan->addRow(m_panLabel, m_panEdit);
    pan->addRow(QString(), m_panError);
    pan->addRow(QString(), leftAligned(m_checkPan));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_customer);
    layout->addWidget(m_aadhaarBox);
    layout->addWidget(m_otpBox);
    layout->addWidget(m_panBox);
    layout->addStretch(1);

    connect(m_sendAadhaarOtp, &QPushButton::clicked, this, [this] { act(State::KycAadhaar); });
    connect(m_verifyOtp, &QPushButton::clicked, this, [this] { act(State::KycAadhaarOtp); });
    connect(m_resendOtp, &QPushButton::clicked, this, [this] { session().resendAadhaarOtp(); });
    connect(m_checkPan, &QPushButton::clicked, this, [this] { act(State::KycPan); });
    connect(m_busy, &BusyPanel::cancelRequested, this, [this] { session().cancel(); });
    connect(m_aadhaarEdit, &QLineEdit::textEdited, this, &KycPage::checkAadhaarAsTyped);
    connect(m_panEdit, &QLineEdit::textEdited, this, &KycPage::checkPanAsTyped);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &KycPage::renderResend);
    retranslateUi();
}

void KycPage::retranslateUi()
{
    setTitle(tr("Aadhaar and PAN"));
    setSubTitle(tr("Type the numbers from the customer's own cards. They are sent to Eko and kept nowhere "
                   "on this PC."));
    m_aadhaarBox->setTitle(tr("Aadhaar"));
    m_aadhaarLabel->setText(tr("Aadhaar &number:"));
    m_aadhaarEdit->setPlaceholderText(tr("12 digits, as on the card"));
    m_sendAadhaarOtp->setText(tr("&Send Aadhaar OTP"));
    m_otpBox->setTitle(tr("Aadhaar OTP"));
    m_otpLabel->setText(tr("&OTP:"));
    m_verifyOtp->setText(tr("&Check OTP"));
    m_panBox->setTitle(tr("PAN"));
    m_panLabel->setText(tr("&PAN:"));
    m_panEdit->setPlaceholderText(tr("ABCDE1234F"));
    m_checkPan->setText(tr("C&heck PAN"));
    reserveCountdownWidth(m_resendOtp);
    renderResend();
}

void KycPage::checkAadhaarAsTyped(const QString& text)
{
    // Complain only about what cannot become right by typing more.
    const AadhaarNumberParseResult parsed = AadhaarNumber::parse(text);
    const bool unfinished =
        parsed.error == AadhaarNumberError::Empty ||
        (parsed.error == AadhaarNumberError::WrongLength &&
         QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('-')).size() < AadhaarNumber::kDigits);
    m_aadhaarError->setText(parsed.ok() || unfinished ? QString() : valueErrorText(parsed.error));
}

void KycPage::checkPanAsTyped(const QString& text)
{
    keepUpperCase(m_panEdit, text);
    const PanNumberParseResult parsed = PanNumber::parse(text);
    const bool unfinished = QString(text).remove(QLatin1Char(' ')).size() < PanNumber::kLength;
    m_panError->setText(parsed.ok() || unfinished ? QString() : valueErrorText(parsed.error));
}

void KycPage::renderResend()
{
    renderResendButton(m_resendOtp);
}

void KycPage::render()
{
    const transfer::TransferSession& s = session();
    const State state = s.state();
    const bool busy = s.isBusy();
    renderProblem(m_banner);
    renderBusy(m_busy);
    m_customer->setText(customerLine());

    const bool aadhaarStep = state == State::KycAadhaar || state == State::KycAadhaarOtp;
    m_aadhaarBox->setVisible(aadhaarStep);
    m_aadhaarEdit->setReadOnly(state != State::KycAadhaar);
    m_sendAadhaarOtp->setVisible(state == State::KycAadhaar);
    m_sendAadhaarOtp->setEnabled(!busy);
    if (state == State::KycAadhaarOtp) {
        // The number was sent: from here on only its masked form shows.
        m_aadhaarEdit->setText(s.maskedAadhaar());
        m_aadhaarError->clear();
    }

    const bool otp = state == State::KycAadhaarOtp;
    m_otpBox->setVisible(otp);
    m_verifyOtp->setEnabled(!busy);
    //: %1 is the masked Aadhaar number, XXXX XXXX 1234
    m_otpSentTo->setText(tr("UIDAI sent an OTP to the mobile number linked with Aadhaar %1. Ask the customer "
                            "to read it out.")
                             .arg(s.maskedAadhaar()));
    if (otp && !m_countdown.isActive())
        m_countdown.start();
    else if (!otp)
        m_countdown.stop();
    renderResend();

    m_panBox->setVisible(state == State::KycPan);
    m_checkPan->setEnabled(!busy);
}

void KycPage::act(State state)
{
    if (session().isBusy())
        return;
    switch (state) {
    case State::KycAadhaar:
        if (session().sendAadhaarOtp(m_aadhaarEdit->text()))
            m_aadhaarEdit->clear(); // the page shows the masked number from now on
        break;
    case State::KycAadhaarOtp:
        session().verifyAadhaarOtp(m_otpEdit->text());
        m_otpEdit->clear(); // single use
        break;
    case State::KycPan:
        if (session().validatePan(m_panEdit->text()))
            m_panEdit->clear();
        break;
    default:
        break;
    }
    render();
}

void KycPage::focusFor(State state)
{
    switch (state) {
    case State::KycAadhaarOtp:
        m_otpEdit->setFocus();
        break;
    case State::KycPan:
        m_panEdit->setFocus();
        break;
    default:
        m_aadhaarEdit->setFocus();
        break;
    }
}

void KycPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
