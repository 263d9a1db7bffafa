#include "RefundSession.h"

#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "transfer/OtpText.h"
#include "transfer/OutcomeRecorder.h"
#include "transfer/StatusCheck.h"
#include "transfer/TransferOutcome.h"

namespace counterdesk::transfer {

RefundSession::RefundSession(eko::EkoClient* client, journal::Journal* journal, const QString& clientRefId,
                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const journal::Result<std::optional<journal::Transfer>> row = m_journal->transfer(clientRefId);
    if (!row.ok() || !row.value())
        return;
    m_transfer = *row.value();
    if (m_transfer->state == journal::TransferState::RefundPending && !m_transfer->tid.isEmpty())
        m_state = State::Ready;
    else if (m_transfer->state == journal::TransferState::Refunded)
        m_state = State::Refunded;
}

RefundSession::~RefundSession()
{
    // Initiate Refund is never aborted: it may have reached Eko.
    if (m_call)
        disconnect(m_call, nullptr, this, nullptr);
}

void RefundSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RefundSession::setEkoProblem(const eko::Result& result)
{
    m_problem = TransferProblem();
    m_problem.source = TransferProblem::Source::Eko;
    m_problem.call = result.call;
    m_problem.reason = result.reason;
    m_problem.ekoMessage = result.message;
    m_problem.fieldErrors = result.fieldErrors;
    Q_EMIT problemChanged();
}

void RefundSession::clearProblem()
{
    if (m_problem.isNone())
        return;
    m_problem = TransferProblem();
    Q_EMIT problemChanged();
}

bool RefundSession::requestOtp()
{
    if ((m_state != State::Ready && m_state != State::OtpSent) || isBusy() || !m_client)
        return false;
    clearProblem();
    eko::RefundOtpRequest request;
    request.rail = m_transfer->rail;
    request.tid = m_transfer->tid;
    m_call = m_client->refundOtp(request);
    connect(m_call, &eko::PendingCall::finished, this, &RefundSession::onOtp);
    Q_EMIT busyChanged(true);
    return true;
}

void RefundSession::onOtp(const eko::Result& result)
{
    m_call = nullptr;
    Q_EMIT busyChanged(false);
    if (result.outcome != eko::Outcome::Success || result.otpRefId.isEmpty()) {
        setEkoProblem(result);
        return;
    }
    m_otpRefId = result.otpRefId;
    setState(State::OtpSent);
}

bool RefundSession::refund(const QString& otp)
{
    if (m_state != State::OtpSent || isBusy() || !m_client)
        return false;
    if (!OtpText::isWellFormed(otp)) {
        m_problem = TransferProblem();
        m_problem.source = TransferProblem::Source::Local;
        m_problem.local = LocalProblem::OtpFormat;
        Q_EMIT problemChanged();
        return false;
    }
    clearProblem();
    eko::RefundRequest request;
    request.rail = m_transfer->rail;
    request.tid = m_transfer->tid;
    request.otp = OtpText::digits(otp);
    request.otpRefId = m_otpRefId;
    setState(State::Refunding);
    m_call = m_client->refund(request);
    request.otp.fill(QLatin1Char('0'));
    connect(m_call, &eko::PendingCall::finished, this, &RefundSession::onRefund);
    Q_EMIT busyChanged(true);
    return true;
}

void RefundSession::record(journal::TransferState state, const journal::OutcomeFields& fields)
{
    const journal::Result<journal::Transfer> written = OutcomeRecorder::record(
        *m_journal, m_transfer->clientRefId, state, fields, journal::EventSource::Refund);
    if (written.ok()) {
        m_transfer = written.value();
        Q_EMIT transferUpdated();
        return;
    }
    m_problem = TransferProblem();
    m_problem.source = TransferProblem::Source::Journal;
    m_problem.local = LocalProblem::JournalUnavailable;
    m_problem.journalError = written.error();
    Q_EMIT problemChanged();
}

void RefundSession::onRefund(const eko::Result& result)
{
    m_call = nullptr;
    Q_EMIT busyChanged(false);
    journal::OutcomeFields fields = TransferOutcome::fields(result);
    // The refund answer's tid is the original transfer's; refund_tid is new.
    fields.tid.reset();
    if (result.refund) {
        m_refund = result.refund;
        fields.note = QStringLiteral("refund_tid %1").arg(result.refund->refundTid);
    }
    const bool refundedPerFollowUp = result.outcome == eko::Outcome::Unknown && result.followUp &&
                                     result.followUp->transaction &&
                                     result.followUp->outcome == eko::Outcome::Refunded;
    if (result.outcome == eko::Outcome::Success || result.outcome == eko::Outcome::Refunded ||
        refundedPerFollowUp) {
        record(journal::TransferState::Refunded, fields);
        setState(State::Refunded);
        return;
    }
    if (result.outcome == eko::Outcome::Unknown || result.outcome == eko::Outcome::Pending) {
        // It may have happened (even if the follow-up still says "refund
        // pending": Eko may not have caught up). The row stays
        // REFUND_PENDING with a note; only checkStatus() from here, never a
        // second refund() in this session.
        fields.note = TransferOutcome::noteFor(result);
        record(journal::TransferState::RefundPending, fields);
        setEkoProblem(result);
        setState(State::Unknown);
        return;
    }
    // Eko refused (wrong OTP, not refund pending...): nothing happened.
    setEkoProblem(result);
    setState(State::OtpSent);
}

bool RefundSession::checkStatus()
{
    if ((m_state != State::Unknown && m_state != State::Ready && m_state != State::OtpSent) || isBusy() ||
        !m_transfer)
        return false;
    m_check = StatusCheck::start(m_client, m_journal, *m_transfer, journal::EventSource::Refund, this);
    connect(m_check, &StatusCheck::finished, this,
            [this](const journal::Transfer& row, InquiryVerdict, journal::JournalError) {
                m_check = nullptr;
                Q_EMIT busyChanged(false);
                m_transfer = row;
                Q_EMIT transferUpdated();
                if (row.state == journal::TransferState::Refunded)
                    setState(State::Refunded);
            });
    Q_EMIT busyChanged(true);
    return true;
}

} // namespace counterdesk::transfer
