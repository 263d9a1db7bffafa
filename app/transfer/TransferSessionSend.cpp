// TransferSession: amount, transaction OTP, confirm-and-send, the answer.
//
// This is where money moves; the rules are DESIGN.md "Money safety":
// journal first, one POST, every answer recorded, UNKNOWN never "failed".
#include "TransferSession.h"
#include "domain/ClientRefId.h"
#include "domain/MoneyCallTicket.h"
#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "transfer/OtpText.h"
#include "transfer/OutcomeRecorder.h"
#include "transfer/Reconciler.h"
#include "transfer/TransferOutcome.h"

namespace counterdesk::transfer {

namespace {

bool isOtpRejection(eko::Reason reason)
{
    return reason == eko::Reason::WrongOtp || reason == eko::Reason::InvalidOtp ||
           reason == eko::Reason::OtpExpired;
}

} // namespace

AmountCheck TransferSession::setAmount(Money amount, eko::Channel channel)
{
    const AmountCheck check = AmountChecker::check(amount, channel, amountLimits());
    if (refuseUnless(State::Amount))
        return check; // stored nothing; problem() says NotNow
    if (!acceptAmount(check))
        return check;
    m_amount = amount;
    m_channel = channel;
    return check;
}

bool TransferSession::acceptAmount(AmountCheck check)
{
    if (check != AmountCheck::Ok) {
        TransferProblem problem = TransferProblem::fromLocal(LocalProblem::AmountRejected);
        problem.amountCheck = check;
        setProblem(problem);
        return false;
    }
    clearProblem();
    return true;
}

bool TransferSession::requestTransactionOtp()
{
    if (refuseUnless(State::Amount))
        return false;
    const std::optional<eko::Recipient> recipient = chosenRecipient();
    if (!recipient) {
        setLocalProblem(LocalProblem::UnknownRecipient);
        return false;
    }
    // Checked again here, so no path to the OTP skips the limits.
    if (!acceptAmount(AmountChecker::check(m_amount, m_channel, amountLimits())))
        return false;
    // Frozen here: Initiate must carry what the OTP was sent for.
    m_otpAmount = m_amount;
    m_otpRecipientId = recipient->recipientId;
    m_wrongOtpAttempts = 0;
    sendTransactionOtp(*recipient);
    return true;
}

bool TransferSession::resendTransactionOtp()
{
    if (refuseUnless(State::TransactionOtp))
        return false;
    if (!m_otpResendAllowedAt.isNull() && now() < m_otpResendAllowedAt) {
        setLocalProblem(LocalProblem::OtpCooldown);
        return false;
    }
    const std::optional<eko::Recipient> recipient = chosenRecipient();
    if (!recipient) {
        setLocalProblem(LocalProblem::UnknownRecipient);
        return false;
    }
    clearProblem();
    sendTransactionOtp(*recipient);
    return true;
}

// The first send and every resend: the amount and recipient frozen by
// requestTransactionOtp(), so Initiate carries what the OTP was sent for.
void TransferSession::sendTransactionOtp(const eko::Recipient& recipient)
{
    eko::SendTransactionOtpRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.recipientId = m_otpRecipientId;
    request.amount = m_otpAmount;
    request.beneficiaryId = recipient.beneficiaryId;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    track(m_client->sendTransactionOtp(request), Activity::SendingTransactionOtp,
          [this](const eko::Result& r) { onTransactionOtpSent(r); });
}

void TransferSession::onTransactionOtpSent(const eko::Result& r)
{
    if (r.outcome != eko::Outcome::Success || r.otpRefId.isEmpty()) {
        setEkoProblem(r);
        return;
    }
    m_transactionOtpRefId = r.otpRefId;
    clearTransactionOtp();
    startOtpCooldown();
    setState(State::TransactionOtp);
}

bool TransferSession::setTransactionOtp(const QString& otp)
{
    if (refuseUnless(State::TransactionOtp))
        return false;
    if (!OtpText::isWellFormed(otp)) {
        setLocalProblem(LocalProblem::OtpFormat);
        return false;
    }
    clearProblem();
    m_transactionOtp = OtpText::digits(otp);
    setState(State::Confirm);
    return true;
}

TransferSession::SendResult TransferSession::confirmAndSend()
{
    // Idempotent: a double-click or a held Enter lands here again.
    if (m_state == State::Submitting || m_state == State::Finished || m_activity == Activity::Sending)
        return SendResult::AlreadySent;
    const std::optional<eko::Recipient> recipient = chosenRecipient();
    if (m_state != State::Confirm || isBusy() || !m_client || m_transactionOtp.isEmpty() ||
        m_transactionOtpRefId.isEmpty() || !recipient || recipient->recipientId != m_otpRecipientId) {
        setLocalProblem(LocalProblem::NotNow);
        return SendResult::NotReady;
    }
    if (!m_journal || !m_journal->isOpen()) {
        setJournalProblem(journal::JournalError::NotOpen);
        return SendResult::JournalFailed;
    }
    // One open transfer per sender: a second one while the first may still
    // go through is how a customer pays twice.
    const journal::Result<std::optional<journal::Transfer>> blocking =
        m_journal->blockingTransferFor(m_senderMobile);
    if (!blocking.ok()) {
        setJournalProblem(blocking.error());
        return SendResult::JournalFailed;
    }
    if (blocking.value()) {
        setOpenTransferProblem(blocking.value()->clientRefId);
        return SendResult::SenderHasOpenTransfer;
    }

    journal::NewTransfer row;
    row.clientRefId = ClientRefId::generate();
    row.rail = m_options.rail;
    row.profile = m_options.profileName;
    row.profileKind = m_options.profileKind;
    row.senderMobile = m_senderMobile;
    row.senderName = m_sender ? m_sender->name : QString();
    row.recipientId = QString::number(recipient->recipientId);
    row.recipientName = recipient->name;
    row.recipientBank = recipient->bank;
    row.recipientAccount = recipient->account;
    row.recipientIfsc = recipient->ifsc;
    row.amount = m_otpAmount;
    row.channel = QString::number(m_client->config().endpoints.channelCode(m_options.rail, m_channel));
    row.otpRefId = m_transactionOtpRefId;

    // Write-ahead: the row is durable before the POST exists. If this
    // fails, nothing is sent.
    journal::Result<MoneyCallTicket> submitted = m_journal->recordSubmitting(row);
    if (!submitted.ok()) {
        if (submitted.error() == journal::JournalError::SenderBusy) {
            const auto again = m_journal->blockingTransferFor(m_senderMobile);
            setOpenTransferProblem(again.ok() && again.value() ? again.value()->clientRefId : QString());
            return SendResult::SenderHasOpenTransfer;
        }
        setJournalProblem(submitted.error());
        return SendResult::JournalFailed;
    }
    // From here on this ref, and no earlier attempt's, is the one every
    // answer is recorded against.
    const QString clientRefId = row.clientRefId;
    const journal::Result<std::optional<journal::Transfer>> stored = m_journal->transfer(clientRefId);
    if (stored.ok() && stored.value()) {
        m_transfer = *stored.value();
    } else {
        journal::Transfer known;
        known.clientRefId = clientRefId;
        known.rail = row.rail;
        known.senderMobile = row.senderMobile;
        known.amount = row.amount;
        known.profile = row.profile;
        known.profileKind = row.profileKind;
        m_transfer = known; // SUBMITTING, as committed
    }
    clearProblem();
    stopPolling();
    setState(State::Submitting);
    Q_EMIT transferUpdated();

    eko::InitiateTransactionRequest request;
    request.rail = m_options.rail;
    request.clientRefId = row.clientRefId;
    request.customerId = m_senderMobile;
    request.recipientId = m_otpRecipientId;
    request.amount = m_otpAmount;
    request.channel = m_channel;
    request.otp = m_transactionOtp;
    request.otpRefId = m_transactionOtpRefId;
    request.beneficiaryId = recipient->beneficiaryId;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    request.walletId = m_sender ? m_sender->walletId : QString();
    request.latlong = m_options.latlong;
    eko::PendingCall* call = m_client->initiateTransaction(std::move(submitted).value(), request);
    // The OTP is spent whatever the answer: clear our copies now.
    clearTransactionOtp();
    request.otp.fill(QLatin1Char('0'));
    connect(call, &eko::PendingCall::resending, this,
            [this, clientRefId](const eko::Result& first) { onInitiateResending(clientRefId, first); });
    track(call, Activity::Sending,
          [this, clientRefId](const eko::Result& r) { onInitiateAnswered(clientRefId, r); });
    return SendResult::Sent;
}

// Eko's authentication 403 on the first attempt; the client re-sends once,
// re-signed, right after this returns. Both attempts are on the row.
void TransferSession::onInitiateResending(const QString& clientRefId, const eko::Result& first)
{
    const journal::Result<journal::Transfer> written = OutcomeRecorder::record(
        *m_journal, clientRefId, journal::TransferState::Submitting, TransferOutcome::fieldsForResend(first),
        journal::EventSource::InitiateResponse);
    if (written.ok())
        m_transfer = written.value();
}

void TransferSession::onInitiateAnswered(const QString& clientRefId, const eko::Result& r)
{
    const journal::TransferState state = TransferOutcome::stateForInitiate(r);
    const journal::Result<journal::Transfer> written =
        OutcomeRecorder::record(*m_journal, clientRefId, state, TransferOutcome::fieldsForInitiate(r),
                                journal::EventSource::InitiateResponse);
    if (written.ok())
        m_transfer = written.value();
    Q_EMIT transferUpdated();

    if (state == journal::TransferState::Failed && isOtpRejection(r.reason)) {
        // Nothing happened: the agent may retype the OTP (a retry is a new
        // client_ref_id). An expired OTP needs a new one, at once.
        if (r.reason == eko::Reason::OtpExpired) {
            m_transactionOtpRefId.clear();
            m_otpResendAllowedAt = now();
            Q_EMIT otpCooldownChanged(m_otpResendAllowedAt);
        } else {
            ++m_wrongOtpAttempts;
        }
        setEkoProblem(r);
        setState(State::TransactionOtp);
        return;
    }
    if (!written.ok())
        setJournalProblem(written.error());
    else if (state != journal::TransferState::Success && state != journal::TransferState::Pending)
        setEkoProblem(r);
    setState(State::Finished);
    if (m_transfer && journal::isOpen(m_transfer->state))
        startPolling();
}

void TransferSession::startPolling()
{
    if (!m_reconciler || !m_transfer)
        return;
    stopPolling();
    m_watchedRef = m_transfer->clientRefId;
    m_reconciler->watch(m_watchedRef, m_options.pollSchedule);
}

void TransferSession::stopPolling()
{
    if (m_reconciler && !m_watchedRef.isEmpty())
        m_reconciler->unwatch(m_watchedRef);
    m_watchedRef.clear();
}

void TransferSession::onChecking(const QString& clientRefId)
{
    if (m_state == State::Finished && m_transfer && m_transfer->clientRefId == clientRefId && !isBusy())
        setActivity(Activity::CheckingStatus);
}

void TransferSession::onChecked(const journal::Transfer& row, journal::InquiryVerdict,
                                journal::JournalError error)
{
    if (m_state != State::Finished || !m_transfer || m_transfer->clientRefId != row.clientRefId)
        return;
    if (m_activity == Activity::CheckingStatus)
        setActivity(Activity::None);
    m_transfer = row;
    if (error != journal::JournalError::None)
        setJournalProblem(error);
    else if (row.state == journal::TransferState::Success)
        clearProblem(); // the earlier "no answer" no longer matters
    Q_EMIT transferUpdated();
}

bool TransferSession::checkStatusNow()
{
    if (m_state != State::Finished || !m_transfer || !journal::isOpen(m_transfer->state) || isBusy() ||
        !m_reconciler)
        return false;
    if (!isPolling())
        startPolling();
    return m_reconciler->checkNow(m_transfer->clientRefId);
}

} // namespace counterdesk::transfer
