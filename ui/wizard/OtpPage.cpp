#include "OtpPage.h"

#include "Announcement.h"
#include "domain/MobileNumber.h"
#include "money/MoneyFormatter.h"
#include "ui_OtpPage.h"

#include <QEvent>
#include <QRegularExpressionValidator>

namespace counterdesk::ui {

using State = transfer::TransferSession::State;

namespace {
// Eko locks the customer for 15 minutes after this many wrong OTPs.
constexpr int kOtpTries = 3;
} // namespace

OtpPage::OtpPage(TransferContext& context, QWidget* parent)
    : TransferPage(context, OtpPageId, parent)
    , m_ui(std::make_unique<Ui::OtpPage>())
{
    m_ui->setupUi(this);
    m_ui->otpEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this));
    enlarge(m_ui->otpEdit, 200, true);
    enlarge(m_ui->otpIntro, 110, false);
    connect(m_ui->resendOtpButton, &QPushButton::clicked, this, [this] {
        session().resendTransactionOtp();
        render();
    });
    connect(m_ui->otpBusy, &BusyPanel::cancelRequested, this, [this] { session().cancel(); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &OtpPage::renderResend);
}

OtpPage::~OtpPage() = default;

void OtpPage::initializePage()
{
    // The OTP is single use: a page shown again (after a wrong OTP) starts empty.
    m_ui->otpEdit->clear();
    m_countdown.start();
    TransferPage::initializePage();
}

void OtpPage::cleanupPage()
{
    m_countdown.stop();
    TransferPage::cleanupPage();
}

void OtpPage::render()
{
    const transfer::TransferSession& s = session();
    renderProblem(m_ui->otpBanner);
    renderBusy(m_ui->otpBusy);
    const QString mobile =
        MobileNumber::parse(s.senderMobile()).value.value_or(MobileNumber()).toDisplayString();
    const std::optional<eko::Recipient> recipient = s.chosenRecipient();
    //: %1 customer mobile, %2 amount, %3 recipient name
    setAnnounced(m_ui->otpIntro,
                 tr("Eko sent an OTP to the customer's mobile %1 for %2 to %3.")
                     .arg(mobile, MoneyFormatter::format(s.amountToSend(), context().language()),
                          recipient ? recipient->name : QString()));
    const int wrong = s.wrongOtpAttempts();
    m_ui->otpAttempts->setVisible(wrong > 0);
    m_ui->otpAttempts->setText(
        tr("Wrong OTP typed %n time(s). After %1, Eko locks the customer for 15 minutes.", nullptr, wrong)
            .arg(kOtpTries));
    m_ui->otpEdit->setReadOnly(s.isBusy());
    renderResend();
}

void OtpPage::renderResend()
{
    const qint64 wait = secondsUntilResend();
    m_ui->resendOtpButton->setEnabled(wait == 0 && !session().isBusy());
    //: %1 is a number of seconds
    m_ui->resendCountdown->setText(wait > 0 ? tr("A new OTP can be sent in %1 s.").arg(wait) : QString());
}

void OtpPage::act(State state)
{
    if (state != State::TransactionOtp || session().isBusy())
        return;
    session().setTransactionOtp(m_ui->otpEdit->text());
    m_ui->otpEdit->clear();
    render();
}

void OtpPage::focusFor(State)
{
    // After "expired" the useful key is Resend; otherwise the OTP field.
    if (session().problem().reason == eko::Reason::OtpExpired && m_ui->resendOtpButton->isEnabled())
        m_ui->resendOtpButton->setFocus();
    else
        m_ui->otpEdit->setFocus();
}

void OtpPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (isShowing())
            render();
    }
    TransferPage::changeEvent(event);
}

} // namespace counterdesk::ui
