// TransferSession: construction, the state/busy/problem plumbing, and the
// navigation actions. The steps live in TransferSessionSender.cpp,
// TransferSessionRecipients.cpp and TransferSessionSend.cpp.
#include "TransferSession.h"

#include "eko/EkoClient.h"
#include "eko/PendingCall.h"
#include "journal/Journal.h"
#include "transfer/Reconciler.h"

namespace counterdesk::transfer {

TransferSession::TransferSession(eko::EkoClient* client, journal::Journal* journal, Reconciler* reconciler,
                                 SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_options(std::move(options))
    , m_reconciler(reconciler)
{
    if (m_reconciler) {
        // Every answer about our row, whoever asked for it, refreshes it.
        connect(m_reconciler, &Reconciler::checking, this, &TransferSession::onChecking);
        connect(m_reconciler, &Reconciler::checked, this, &TransferSession::onChecked);
    }
}

TransferSession::~TransferSession()
{
    stopPolling(); // the reconciler's own schedule carries on
    // A read in flight is stopped; an Initiate in flight is left alone (its
    // row stays SUBMITTING and the reconciler inquires it after the grace).
    // Disconnect first: an abort may answer at once, into a half-destroyed
    // session.
    if (!m_call)
        return;
    disconnect(m_call, nullptr, this, nullptr);
    if (canCancel())
        m_call->abort();
}

bool TransferSession::canCancel() const
{
    // A name check is paid once it reaches Eko: dropping its answer would
    // only make the agent pay for a second one.
    return m_activity != Activity::None && m_activity != Activity::Sending &&
           m_activity != Activity::CheckingRecipientName;
}

std::optional<eko::Recipient> TransferSession::chosenRecipient() const
{
    for (const eko::Recipient& r : m_recipients) {
        if (r.recipientId == m_chosenRecipientId && m_chosenRecipientId != 0)
            return r;
    }
    return std::nullopt;
}

QList<eko::Channel> TransferSession::allowedChannels() const
{
    const std::optional<eko::Recipient> r = chosenRecipient();
    return r && m_client ? AmountChecker::allowedChannels(*r, m_client->config().endpoints)
                         : QList<eko::Channel>{};
}

AmountLimits TransferSession::amountLimits() const
{
    AmountLimits limits;
    if (m_sender) {
        limits.balance = m_sender->balance;
        limits.monthlyLimitLeft = m_sender->nextAllowedLimit;
    }
    limits.perTransactionLimit = m_options.perTransactionLimit;
    limits.allowedChannels = allowedChannels();
    return limits;
}

bool TransferSession::isPolling() const
{
    return m_reconciler && !m_watchedRef.isEmpty() && m_reconciler->isWatching(m_watchedRef);
}

QDateTime TransferSession::nextStatusCheckAt() const
{
    return isPolling() ? m_reconciler->nextWatchCheckAt(m_watchedRef) : QDateTime();
}

// ------------------------------------------------------------ plumbing

QDateTime TransferSession::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

void TransferSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TransferSession::setActivity(Activity activity, eko::PendingCall* call)
{
    m_call = call;
    if (m_activity == activity)
        return;
    m_activity = activity;
    Q_EMIT busyChanged(isBusy());
}

void TransferSession::track(eko::PendingCall* call, Activity activity,
                            std::function<void(const eko::Result&)> handler)
{
    setActivity(activity, call);
    connect(call, &eko::PendingCall::finished, this,
            [this, call, handler = std::move(handler)](const eko::Result& result) {
                if (m_call != call)
                    return; // cancelled: the agent has moved on
                setActivity(Activity::None);
                handler(result);
            });
}

void TransferSession::clearProblem()
{
    if (m_problem.isNone())
        return;
    m_problem = TransferProblem();
    Q_EMIT problemChanged();
}

void TransferSession::setProblem(const TransferProblem& problem)
{
    m_problem = problem;
    Q_EMIT problemChanged();
}

void TransferSession::setLocalProblem(LocalProblem problem)
{
    setProblem(TransferProblem::fromLocal(problem));
}

void TransferSession::setEkoProblem(const eko::Result& result)
{
    setProblem(TransferProblem::fromEko(result));
}

void TransferSession::setJournalProblem(journal::JournalError error)
{
    setProblem(TransferProblem::fromJournal(error));
}

void TransferSession::setOpenTransferProblem(const QString& clientRefId)
{
    TransferProblem problem = TransferProblem::fromLocal(LocalProblem::SenderHasOpenTransfer);
    problem.openTransferRef = clientRefId;
    setProblem(problem);
}

void TransferSession::startOtpCooldown()
{
    m_otpResendAllowedAt = now().addMSecs(m_options.otpCooldown.count());
    Q_EMIT otpCooldownChanged(m_otpResendAllowedAt);
}

void TransferSession::clearOtpCooldown()
{
    if (m_otpResendAllowedAt.isNull())
        return;
    m_otpResendAllowedAt = QDateTime();
    Q_EMIT otpCooldownChanged(m_otpResendAllowedAt);
}

// An action is refused (NotNow) outside its state or while a call is in
// flight: a second Enter must never start a second call.
bool TransferSession::refuseUnless(State state)
{
    if (m_state == state && !isBusy() && m_client)
        return false;
    setLocalProblem(LocalProblem::NotNow);
    return true;
}

void TransferSession::clearTransactionOtp()
{
    // Overwrite before release: the OTP must not linger in freed memory.
    m_transactionOtp.fill(QLatin1Char('0'));
    m_transactionOtp.clear();
}

void TransferSession::resetCustomer()
{
    m_senderMobile.clear();
    m_senderOtpRefId.clear();
    m_sender.reset();
    m_kycPending = eko::Reason::None;
    m_consentLanguages.clear();
    m_consent.reset();
    m_consentLanguageId = 0;
    clearAadhaar();
    m_kycCompleted = false;
    m_recipients.clear();
    m_chosenRecipientId = 0;
    m_registeringRecipientId = 0;
    m_newRecipientBank.reset();
    m_addedRecipientId = 0;
    m_bankOtpRefId.clear();
    m_amount = Money();
    m_channel = eko::Channel::Imps;
    m_transactionOtpRefId.clear();
    m_otpAmount = Money();
    m_otpRecipientId = 0;
    clearTransactionOtp();
    m_wrongOtpAttempts = 0;
    clearOtpCooldown();
    stopPolling();
    if (m_transfer) {
        m_transfer.reset();
        Q_EMIT transferUpdated();
    }
    Q_EMIT recipientsChanged();
}

// ------------------------------------------------------------ navigation

bool TransferSession::cancel()
{
    if (!canCancel())
        return false;
    const Activity was = m_activity;
    eko::PendingCall* call = m_call;
    setActivity(Activity::None); // clears m_call first: the answer is dropped
    if (call)
        call->abort();
    if (was == Activity::CheckingStatus)
        stopPolling(); // the inquiry already out still ends and is recorded
    return true;
}

bool TransferSession::goBack()
{
    if (m_state == State::Submitting || m_state == State::Finished || m_state == State::EnterSender)
        return false;
    if (isBusy() && !cancel())
        return false;
    clearProblem();
    switch (m_state) {
    case State::SenderOtp:
    case State::Onboarding:
    case State::KycConsent:
    case State::KycPan:
    case State::Recipients: {
        const QString mobile = m_senderMobile;
        resetCustomer();
        m_senderMobile = mobile; // the page shows what was typed
        setState(State::EnterSender);
        return true;
    }
    case State::KycAadhaar:
        // Back to the consent: the customer may want it in another language.
        setState(State::KycConsent);
        return true;
    case State::KycAadhaarOtp:
        // A wrong number typed: type it again, a new OTP goes out.
        clearAadhaar();
        clearOtpCooldown();
        setState(State::KycAadhaar);
        return true;
    case State::AddRecipient:
    case State::RecipientBankOtp:
    case State::Amount:
        m_bankOtpRefId.clear();
        m_registeringRecipientId = 0;
        clearOtpCooldown();
        setState(State::Recipients);
        return true;
    case State::TransactionOtp:
        // The OTP was sent for this amount and recipient; a new amount
        // needs a new OTP.
        m_transactionOtpRefId.clear();
        clearTransactionOtp();
        m_wrongOtpAttempts = 0;
        clearOtpCooldown();
        setState(State::Amount);
        return true;
    case State::Confirm:
        clearTransactionOtp();
        setState(State::TransactionOtp);
        return true;
    case State::EnterSender:
    case State::Submitting:
    case State::Finished:
        break;
    }
    return false;
}

bool TransferSession::startOver()
{
    if (m_state == State::Submitting || m_activity == Activity::Sending)
        return false;
    if (isBusy())
        cancel();
    // An open transfer is not forgotten: its row is in the journal and the
    // reconciler keeps asking about it.
    clearProblem();
    resetCustomer();
    setState(State::EnterSender);
    return true;
}

} // namespace counterdesk::transfer
