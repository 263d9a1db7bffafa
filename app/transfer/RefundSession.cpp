#include "RefundSession.h"

#include "domain/MoneyCallTicket.h"
#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "transfer/OtpText.h"
#include "transfer/OutcomeRecorder.h"
#include "transfer/ProfileScope.h"
#include "transfer/Reconciler.h"
#include "transfer/TransferOutcome.h"

namespace counterdesk::transfer {

namespace {

// What the journal row says this session can do.
RefundSession::State stateForRow(const journal::Transfer& row)
{
    switch (row.state) {
    case journal::TransferState::RefundPending:
        return row.tid.isEmpty() ? RefundSession::State::NotRefundable : RefundSession::State::Ready;
    case journal::TransferState::Refunding:
        return RefundSession::State::InProgress;
    case journal::TransferState::Refunded:
        return RefundSession::State::Refunded;
    default:
        return RefundSession::State::NotRefundable;
    }
}

} // namespace

RefundSession::RefundSession(eko::EkoClient* client, journal::Journal* journal, Reconciler* reconciler,
                             const QString& clientRefId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_reconciler(reconciler)
{
    if (m_reconciler)
        connect(m_reconciler, &Reconciler::checked, this, &RefundSession::onChecked);
    if (!m_journal || !m_journal->isOpen())
        return;
    const journal::Result<std::optional<journal::Transfer>> row = m_journal->transfer(clientRefId);
    if (!row.ok() || !row.value())
        return;
    m_transfer = *row.value();
    // A refund is a money call: sent where the transfer was, or not at all.
    m_state = m_client && !ProfileScope::mayAsk(m_client->config(), *m_transfer) ? State::OtherProfile
                                                                                 : stateForRow(*m_transfer);
}

RefundSession::~RefundSession()
{
    // Initiate Refund is never aborted: it may have reached Eko. Its answer
    // is lost to this session; the row stays REFUNDING for the Reconciler.
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
    m_problem = TransferProblem::fromEko(result);
    Q_EMIT problemChanged();
}

void RefundSession::setJournalProblem(journal::JournalError error)
{
    m_problem = TransferProblem::fromJournal(error);
    Q_EMIT problemChanged();
}

void RefundSession::setLocalProblem(LocalProblem problem)
{
    m_problem = TransferProblem::fromLocal(problem);
    Q_EMIT problemChanged();
}

// The row as the journal has it now (another window may have moved it).
std::optional<journal::Transfer> RefundSession::storedRow() const
{
    const journal::Result<std::optional<journal::Transfer>> row =
        m_journal->transfer(m_transfer->clientRefId);
    return row.ok() ? row.value() : std::nullopt;
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
        setLocalProblem(LocalProblem::OtpFormat);
        return false;
    }
    // Journal first: the claim is durable before the POST exists, and only
    // one claimant ever gets past here for this transfer.
    journal::OutcomeFields claim;
    claim.note = QStringLiteral("refund: claimed, Initiate Refund about to be sent");
    journal::Result<MoneyCallTicket> ticket = m_journal->recordRefunding(m_transfer->clientRefId, claim);
    const std::optional<journal::Transfer> row = storedRow();
    if (!ticket.ok()) {
        if (row)
            adoptRow(*row);
        if (ticket.error() == journal::JournalError::RefundInProgress ||
            ticket.error() == journal::JournalError::IllegalTransition)
            setLocalProblem(LocalProblem::RefundAlreadyClaimed);
        else
            setJournalProblem(ticket.error());
        return false;
    }
    clearProblem();
    if (row) {
        m_transfer = *row;
        Q_EMIT transferUpdated();
    }
    eko::RefundRequest request;
    request.rail = m_transfer->rail;
    request.tid = m_transfer->tid;
    request.otp = OtpText::digits(otp);
    request.otpRefId = m_otpRefId;
    setState(State::Refunding);
    m_call = m_client->refund(std::move(ticket).value(), request);
    request.otp.fill(QLatin1Char('0'));
    connect(m_call, &eko::PendingCall::resending, this, &RefundSession::onRefundResending);
    connect(m_call, &eko::PendingCall::finished, this, &RefundSession::onRefund);
    Q_EMIT busyChanged(true);
    return true;
}

bool RefundSession::record(journal::TransferState state, const journal::OutcomeFields& fields)
{
    const journal::Result<journal::Transfer> written = OutcomeRecorder::record(
        *m_journal, m_transfer->clientRefId, state, fields, journal::EventSource::Refund);
    if (written.ok()) {
        m_transfer = written.value();
        Q_EMIT transferUpdated();
        return true;
    }
    setJournalProblem(written.error());
    return false;
}

// Eko's authentication 403 on the first attempt; the client re-sends once,
// re-signed, right after this returns. Both attempts are on the row.
void RefundSession::onRefundResending(const eko::Result& first)
{
    record(journal::TransferState::Refunding, TransferOutcome::fieldsForResend(first));
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
        // pending": Eko may not have caught up). The row stays REFUNDING,
        // open, for the Reconciler; never a second refund() from here.
        fields.note = TransferOutcome::noteFor(result);
        record(journal::TransferState::Refunding, fields);
        setEkoProblem(result);
        setState(State::Unknown);
        return;
    }
    // Eko refused (wrong OTP, not refund pending...) or nothing left the
    // machine: no refund happened, so the claim is given back and the agent
    // may try again (a wrong OTP retyped).
    if (!fields.note || fields.note->isEmpty())
        fields.note = QStringLiteral("refund: refused by Eko; claim released");
    const bool released = record(journal::TransferState::RefundPending, fields);
    if (released)
        setEkoProblem(result);
    setState(released ? State::OtpSent : State::Unknown);
}

bool RefundSession::checkStatus()
{
    if ((m_state != State::Unknown && m_state != State::InProgress && m_state != State::Ready &&
         m_state != State::OtpSent) ||
        isBusy() || !m_transfer || !m_reconciler)
        return false;
    // Another window may have settled it already: then there is nothing to ask.
    if (const std::optional<journal::Transfer> row = storedRow()) {
        adoptRow(*row);
        if (journal::isFinal(row->state))
            return true;
    }
    const QString& ref = m_transfer->clientRefId;
    if (!m_reconciler->isChecking(ref) && !m_reconciler->checkNow(ref))
        return false;
    m_checking = true;
    Q_EMIT busyChanged(true);
    return true;
}

void RefundSession::onChecked(const journal::Transfer& row, journal::InquiryVerdict,
                              journal::JournalError error)
{
    if (!m_transfer || row.clientRefId != m_transfer->clientRefId)
        return;
    if (m_checking) {
        m_checking = false;
        Q_EMIT busyChanged(false);
    }
    if (error != journal::JournalError::None)
        setJournalProblem(error);
    adoptRow(row);
}

// The row moved (an inquiry, another dialog): follow it, unless this
// session's own refund is in flight.
void RefundSession::adoptRow(const journal::Transfer& row)
{
    m_transfer = row;
    Q_EMIT transferUpdated();
    if (m_state == State::Refunding)
        return;
    const State fromRow = stateForRow(row);
    if (fromRow == State::InProgress && m_state == State::Unknown)
        return; // our own unclear refund: still "do not refund again"
    if (fromRow == State::Ready && m_state == State::OtpSent)
        return; // the customer's OTP is still good
    if (fromRow == State::Refunded)
        clearProblem();
    setState(fromRow);
}

} // namespace counterdesk::transfer
