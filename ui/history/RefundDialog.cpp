#include "RefundDialog.h"

#include "HistoryText.h"
#include "WindowFit.h"
#include "text/ProfileNameText.h"
#include "transfer/OtpText.h"
#include "wizard/TransferProblemText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace counterdesk::ui {

using transfer::RefundSession;

RefundDialog::RefundDialog(eko::EkoClient* client, journal::Journal* journal,
                           transfer::Reconciler* reconciler, const QString& clientRefId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::make_unique<RefundSession>(client, journal, reconciler, clientRefId))
    , m_ref(clientRefId)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund to customer"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_intro = new QLabel(this);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    if (const auto& t = m_session->transfer()) {
        m_intro->setText(tr("The bank did not credit %1 to %2. Give the customer their cash back, then send "
                            "them the refund OTP and type the OTP they read out.")
                             .arg(HistoryText::money(t->amount), t->recipientName));
    }

    m_sendOtp = new QPushButton(tr("&Send OTP to customer"), this);
    m_sendOtp->setObjectName(QStringLiteral("refundSendOtp"));
    m_otp = new QLineEdit(this);
    m_otp->setObjectName(QStringLiteral("refundOtp"));
    m_otp->setAccessibleName(tr("Customer's refund OTP"));
    m_otp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,10}")), m_otp));
    m_otp->setEchoMode(QLineEdit::Normal); // the customer reads it out; the agent checks what was typed
    m_refund = new QPushButton(tr("&Refund"), this);
    m_refund->setObjectName(QStringLiteral("refundConfirm"));
    m_refund->setAccessibleDescription(tr(
        "Returns the money to the customer's wallet. Needs the refund OTP the customer received; a refund is "
        "sent once."));
    m_check = new QPushButton(tr("&Check status"), this);
    m_check->setObjectName(QStringLiteral("refundCheck"));
    m_check->setAccessibleDescription(tr("Asks Eko how the refund ended. Nothing is sent a second time."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("refundStatus"));
    m_status->setTextFormat(Qt::PlainText); // carries Eko's words
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Refund status"));

    auto* form = new QFormLayout;
    auto* otpLabel = new QLabel(tr("Customer's &OTP:"), this);
    otpLabel->setBuddy(m_otp);
    form->addRow(otpLabel, m_otp);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_sendOtp, QDialogButtonBox::ActionRole);
    buttons->addButton(m_refund, QDialogButtonBox::ActionRole);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("refundClose"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_sendOtp, &QPushButton::clicked, this, &RefundDialog::requestOtp);
    connect(m_refund, &QPushButton::clicked, this, &RefundDialog::refund);
    connect(m_check, &QPushButton::clicked, this, &RefundDialog::checkStatus);
    connect(m_otp, &QLineEdit::returnPressed, this, &RefundDialog::refund);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session.get(), &RefundSession::stateChanged, this, &RefundDialog::update);
    connect(m_session.get(), &RefundSession::busyChanged, this, &RefundDialog::update);
    connect(m_session.get(), &RefundSession::problemChanged, this, &RefundDialog::update);
    connect(m_session.get(), &RefundSession::transferUpdated, this,
            [this] { Q_EMIT transferChanged(m_ref); });
    update();
}

RefundDialog::~RefundDialog() = default;

void RefundDialog::requestOtp()
{
    m_session->requestOtp();
    update();
}

void RefundDialog::refund()
{
    if (m_session->state() != RefundSession::State::OtpSent || m_session->isBusy())
        return;
    m_session->refund(m_otp->text());
    m_otp->clear(); // the OTP lives no longer than it must
    update();
}

void RefundDialog::checkStatus()
{
    m_session->checkStatus();
    update();
}

QString RefundDialog::problemText() const
{
    const transfer::TransferProblem& p = m_session->problem();
    const RefundSession::State s = m_session->state();
    if (p.source == transfer::TransferProblem::Source::Eko &&
        (s == RefundSession::State::Unknown || s == RefundSession::State::InProgress)) {
        // The refund may have gone through: the status says "do not refund
        // again", which the wording of a refusal ("try again") would contradict.
        // Eko's own words stay for support.
        return TransferProblemText::withEkoMessage(QString(), p.ekoMessage);
    }
    return TransferProblemText::problem(p);
}

void RefundDialog::update()
{
    const bool busy = m_session->isBusy();
    const RefundSession::State s = m_session->state();
    QString status;
    switch (s) {
    case RefundSession::State::NotRefundable:
        status = tr("This transfer is not waiting for a refund.");
        break;
    case RefundSession::State::OtherProfile:
        //: %1 the connection profile the transfer was made on
        status =
            tr("This transfer was made on the profile \"%1\". Switch to it in Settings to refund it.")
                .arg(m_session->transfer() ? shownProfileName(m_session->transfer()->profile) : QString());
        break;
    case RefundSession::State::Ready:
        status = tr("Send the customer the refund OTP.");
        break;
    case RefundSession::State::OtpSent:
        status = tr("Eko sent the customer an OTP. Type it and press Refund.");
        break;
    case RefundSession::State::Refunding:
        status = tr("Refunding… do not close CounterDesk.");
        break;
    case RefundSession::State::Refunded:
        status = tr("REFUNDED. Eko returns the amount to your wallet; the customer has their cash.");
        break;
    case RefundSession::State::Unknown:
        status = tr("No clear answer from Eko. Do not refund again: press Check status.");
        break;
    case RefundSession::State::InProgress:
        status =
            tr("A refund for this transfer was already sent; CounterDesk is checking it with Eko. Do not "
               "refund again: press Check status.");
        break;
    }
    if (busy && s != RefundSession::State::Refunding)
        status = tr("Waiting for Eko…");
    const QString problem = problemText();
    m_status->setText(problem.isEmpty() ? status : status + u'\n' + problem);
    WindowFit::growToFit(this);

    m_sendOtp->setEnabled(!busy && (s == RefundSession::State::Ready || s == RefundSession::State::OtpSent));
    m_otp->setEnabled(!busy && s == RefundSession::State::OtpSent);
    m_refund->setEnabled(!busy && s == RefundSession::State::OtpSent);
    m_check->setVisible(s == RefundSession::State::Unknown || s == RefundSession::State::InProgress);
    m_check->setEnabled(!busy);
    m_close->setEnabled(s != RefundSession::State::Refunding);
    if (s == RefundSession::State::OtpSent && !busy)
        m_otp->setFocus();
}

} // namespace counterdesk::ui
