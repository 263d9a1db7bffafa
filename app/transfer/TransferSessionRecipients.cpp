// TransferSession: the recipient steps (list, add, register with the bank).
#include "TransferSession.h"
#include "domain/MobileNumber.h"
#include "eko/EkoClient.h"
#include "money/AccountNumber.h"
#include "money/Ifsc.h"
#include "transfer/BankLookup.h"
#include "transfer/OtpText.h"

namespace counterdesk::transfer {

namespace {

// A recipient Eko has not registered with the bank cannot be paid yet
// (Initiate answers 313); DigiKhata registers it with an OTP.
bool needsBankRegistration(const eko::Recipient& r)
{
    return r.beneficiaryId.isEmpty();
}

} // namespace

eko::GetRecipientsRequest TransferSession::recipientsRequest() const
{
    eko::GetRecipientsRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.walletToken = m_sender ? m_sender->walletToken : QString(); // Levin
    return request;
}

bool TransferSession::refreshRecipients()
{
    if (refuseUnless(State::Recipients))
        return false;
    clearProblem();
    const eko::GetRecipientsRequest request = recipientsRequest();
    track(m_client->getRecipients(request), Activity::LoadingRecipients,
          [this](const eko::Result& r) { onRecipientsLoaded(r, std::nullopt); });
    return true;
}

void TransferSession::onRecipientsLoaded(const eko::Result& r, std::optional<qint64> thenChoose)
{
    if (r.outcome != eko::Outcome::Success) {
        setEkoProblem(r);
        setState(State::Recipients);
        return;
    }
    m_recipients = r.recipients;
    Q_EMIT recipientsChanged();
    if (!thenChoose) {
        setState(State::Recipients);
        return;
    }
    for (const eko::Recipient& recipient : std::as_const(m_recipients)) {
        if (recipient.recipientId == *thenChoose && !needsBankRegistration(recipient)) {
            enterAmount(recipient.recipientId);
            return;
        }
    }
    // Registered, yet the list does not show it paid-ready: let the agent see.
    setState(State::Recipients);
}

bool TransferSession::chooseRecipient(qint64 recipientId)
{
    if (refuseUnless(State::Recipients))
        return false;
    for (const eko::Recipient& recipient : std::as_const(m_recipients)) {
        if (recipient.recipientId != recipientId)
            continue;
        clearProblem();
        if (needsBankRegistration(recipient))
            registerRecipient(recipientId);
        else
            enterAmount(recipientId);
        return true;
    }
    setLocalProblem(LocalProblem::UnknownRecipient);
    return false;
}

void TransferSession::enterAmount(qint64 recipientId)
{
    if (m_chosenRecipientId != recipientId) {
        m_amount = Money();
        m_chosenRecipientId = recipientId;
    }
    m_registeringRecipientId = 0;
    m_bankOtpRefId.clear();
    m_transactionOtpRefId.clear();
    clearTransactionOtp();
    clearOtpCooldown();
    // A channel the recipient refuses is never preselected.
    const QList<eko::Channel> allowed = allowedChannels();
    if (!allowed.isEmpty() && !allowed.contains(m_channel))
        m_channel = allowed.first();
    setState(State::Amount);
}

bool TransferSession::beginAddRecipient()
{
    if (refuseUnless(State::Recipients))
        return false;
    clearProblem();
    m_nameCheck.reset(); // a new form: an earlier customer's check says nothing
    setState(State::AddRecipient);
    return true;
}

// The form's checks, shared by the name check and Add Recipient: both must
// speak of the same account. Sets problem() and answers nothing on a refusal.
std::optional<eko::AddRecipientRequest> TransferSession::parseNewRecipient(const NewRecipient& input)
{
    if (input.name.trimmed().isEmpty()) {
        setLocalProblem(LocalProblem::InvalidName);
        return std::nullopt;
    }
    const MobileNumberParseResult mobile = MobileNumber::parse(input.mobile);
    if (!mobile.ok()) {
        setLocalProblem(LocalProblem::InvalidRecipientMobile);
        return std::nullopt;
    }
    if (mobile.value->toString() == m_senderMobile) {
        setLocalProblem(LocalProblem::RecipientMobileIsSender);
        return std::nullopt;
    }
    const AccountNumberParseResult account = AccountNumber::parse(input.account);
    if (!account.ok()) {
        setLocalProblem(LocalProblem::InvalidAccount);
        return std::nullopt;
    }
    const AccountNumberParseResult repeated = AccountNumber::parse(input.accountRepeated);
    if (!repeated.ok() || !(*repeated.value == *account.value)) {
        setLocalProblem(LocalProblem::AccountMismatch);
        return std::nullopt;
    }
    const IfscParseResult ifsc = Ifsc::parse(input.ifsc);
    if (!ifsc.ok()) {
        setLocalProblem(LocalProblem::InvalidIfsc);
        return std::nullopt;
    }
    // A code no bank has is a typo: caught here, nothing is sent to Eko.
    if (BankLookup::isCaughtOffline(BankLookup::checkOffline(ifsc.value->toString()))) {
        setLocalProblem(LocalProblem::IfscNotFound);
        return std::nullopt;
    }
    eko::AddRecipientRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.recipientName = input.name.trimmed();
    request.recipientMobile = mobile.value->toString();
    request.account = account.value->toString();
    request.ifsc = ifsc.value->toString();
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    return request;
}

// The bank's name must be the one the customer gave, or the agent must have
// asked the customer about it. A check of another account or IFSC (the form
// was changed since) proves nothing about this one, and no check at all is
// the agent's choice: the check is offered, not forced, as it costs a fee.
bool TransferSession::nameConfirmationMissing(const eko::AddRecipientRequest& request) const
{
    if (!m_nameCheck || m_nameCheck->account != request.account || m_nameCheck->ifsc != request.ifsc)
        return false;
    return !namesAgree(request.recipientName, m_nameCheck->bankName) && !m_nameCheck->confirmed;
}

std::optional<TransferSession::NameCheck> TransferSession::nameCheckFor(const NewRecipient& typed) const
{
    const AccountNumberParseResult account = AccountNumber::parse(typed.account);
    const IfscParseResult ifsc = Ifsc::parse(typed.ifsc);
    if (!m_nameCheck || !account.ok() || !ifsc.ok() || m_nameCheck->account != account.value->toString() ||
        m_nameCheck->ifsc != ifsc.value->toString())
        return std::nullopt;
    return m_nameCheck;
}

bool TransferSession::addRecipient(const NewRecipient& input)
{
    if (refuseUnless(State::AddRecipient))
        return false;
    const std::optional<eko::AddRecipientRequest> request = parseNewRecipient(input);
    if (!request)
        return false;
    if (nameConfirmationMissing(*request)) {
        setLocalProblem(LocalProblem::BankNameNotConfirmed);
        return false;
    }
    clearProblem();
    m_newRecipientBank.reset();
    m_addedRecipientId = 0;
    const IfscParseResult ifsc = Ifsc::parse(request->ifsc);
    BankLookup lookup(m_client, m_journal, {m_options.rail, m_options.clock});
    if (const std::optional<eko::BankDetails> known = lookup.cached(*ifsc.value)) {
        sendAddRecipient(*request, *known);
        return true;
    }
    track(lookup.fetch(*ifsc.value), Activity::LookingUpBank, [this, request](const eko::Result& r) {
        if (r.outcome != eko::Outcome::Success || !r.bank) {
            setEkoProblem(r); // 467: Eko knows no branch by this IFSC
            return;
        }
        sendAddRecipient(*request, *r.bank);
    });
    return true;
}

std::optional<Money> TransferSession::nameCheckFee() const
{
    return m_client ? m_client->config().endpoints.fee(eko::Call::VerifyBankAccount) : std::nullopt;
}

namespace {

// A name as a set of words: banks print "MR. SONU KUMAR", "KUMAR SONU" or
// "S. KUMAR" for the same customer, so case, dots, extra spaces, word order
// and a leading title are no reason to stop the agent. Titles are dropped
// only in front, where banks put them.
QStringList nameWords(const QString& name)
{
    static const QStringList titles{QStringLiteral("MR"),     QStringLiteral("MRS"),  QStringLiteral("MS"),
                                    QStringLiteral("MISS"),   QStringLiteral("SHRI"), QStringLiteral("SMT"),
                                    QStringLiteral("KUMARI"), QStringLiteral("DR")};
    QString text = name.toUpper();
    text.replace(u'.', u' ');
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 && titles.contains(words.first()))
        words.removeFirst();
    words.sort();
    return words;
}

} // namespace

// Only the same words agree: an initial ("S") never stands in for a word
// ("SONU"), because a differing name is exactly what the agent must see.
bool TransferSession::namesAgree(const QString& typedName, const QString& bankName)
{
    const QStringList typed = nameWords(typedName);
    return !typed.isEmpty() && typed == nameWords(bankName);
}

bool TransferSession::checkRecipientName(const NewRecipient& input)
{
    if (refuseUnless(State::AddRecipient))
        return false;
    const std::optional<eko::AddRecipientRequest> request = parseNewRecipient(input);
    if (!request)
        return false;
    clearProblem();
    // The check is paid for: the bank's answer for this account and branch
    // is kept, and a corrected name is compared with it again, not re-sent.
    if (m_nameCheck && m_nameCheck->account == request->account && m_nameCheck->ifsc == request->ifsc) {
        if (m_nameCheck->typedName != request->recipientName) {
            m_nameCheck->typedName = request->recipientName;
            m_nameCheck->namesAgree = namesAgree(m_nameCheck->typedName, m_nameCheck->bankName);
            m_nameCheck->confirmed = false;
        }
        Q_EMIT recipientsChanged(); // the page shows the comparison again
        return true;
    }
    m_nameCheck.reset();
    const IfscParseResult ifsc = Ifsc::parse(request->ifsc);
    BankLookup lookup(m_client, m_journal, {m_options.rail, m_options.clock});
    if (const std::optional<eko::BankDetails> known = lookup.cached(*ifsc.value)) {
        sendNameCheck(*request, *known);
        return true;
    }
    track(lookup.fetch(*ifsc.value), Activity::LookingUpBank, [this, request](const eko::Result& r) {
        if (r.outcome != eko::Outcome::Success || !r.bank) {
            setEkoProblem(r);
            return;
        }
        sendNameCheck(*request, *r.bank);
    });
    return true;
}

void TransferSession::sendNameCheck(const eko::AddRecipientRequest& request, const eko::BankDetails& bank)
{
    // Where Eko says the bank names nobody, the paid check is never sent.
    if (!bank.verificationAvailable) {
        setLocalProblem(LocalProblem::NameCheckNotOffered);
        return;
    }
    eko::VerifyBankAccountRequest check;
    check.rail = m_options.rail;
    check.customerId = m_senderMobile;
    check.account = request.account;
    check.ifsc = request.ifsc;
    track(m_client->verifyBankAccount(check), Activity::CheckingRecipientName,
          [this, request](const eko::Result& r) { onNameChecked(r, request); });
}

void TransferSession::onNameChecked(const eko::Result& r, const eko::AddRecipientRequest& request)
{
    if (r.outcome != eko::Outcome::Success || !r.holder) {
        setEkoProblem(r);
        return;
    }
    NameCheck check;
    check.account = request.account;
    check.ifsc = request.ifsc;
    check.typedName = request.recipientName;
    check.bankName = r.holder->name;
    check.fee = r.holder->fee;
    check.namesAgree = namesAgree(check.typedName, check.bankName);
    m_nameCheck = check;
    Q_EMIT nameCheckChanged();
}

bool TransferSession::confirmBankName(bool confirmed)
{
    if (refuseUnless(State::AddRecipient))
        return false;
    if (!m_nameCheck) {
        setLocalProblem(LocalProblem::NotNow);
        return false;
    }
    m_nameCheck->confirmed = confirmed;
    clearProblem();
    return true;
}

void TransferSession::sendAddRecipient(eko::AddRecipientRequest request, const eko::BankDetails& bank)
{
    // Eko's bank_id for this very IFSC, never one read off its first letters.
    request.bankId = bank.bankId;
    m_newRecipientBank = bank;
    track(m_client->addRecipient(request), Activity::AddingRecipient,
          [this](const eko::Result& r) { onRecipientAdded(r); });
}

void TransferSession::onRecipientAdded(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success && r.recipientId && *r.recipientId > 0) {
        m_addedRecipientId = *r.recipientId;
        registerRecipient(*r.recipientId);
        return;
    }
    setEkoProblem(r);
}

void TransferSession::registerRecipient(qint64 recipientId)
{
    m_registeringRecipientId = recipientId;
    eko::RecipientBankOtpRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.recipientId = recipientId;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    track(m_client->recipientBankOtp(request), Activity::RegisteringRecipient,
          [this, recipientId](const eko::Result& r) { onRecipientRegistered(r, recipientId); });
}

void TransferSession::onRecipientRegistered(const eko::Result& r, qint64 recipientId)
{
    if (r.outcome != eko::Outcome::Success) {
        setEkoProblem(r);
        // The recipient may have been added; show the list as Eko has it.
        if (m_state == State::AddRecipient) {
            setState(State::Recipients);
            const eko::GetRecipientsRequest request = recipientsRequest();
            track(m_client->getRecipients(request), Activity::LoadingRecipients,
                  [this](const eko::Result& list) {
                      if (list.outcome == eko::Outcome::Success) {
                          m_recipients = list.recipients;
                          Q_EMIT recipientsChanged();
                      }
                  });
        }
        return;
    }
    if (!r.otpRefId.isEmpty()) {
        // DigiKhata: the bank registration is confirmed by an OTP.
        m_bankOtpRefId = r.otpRefId;
        startOtpCooldown();
        setState(State::RecipientBankOtp);
        return;
    }
    // Levin registers at once: reload the list so the beneficiary_id is known.
    const eko::GetRecipientsRequest request = recipientsRequest();
    track(m_client->getRecipients(request), Activity::LoadingRecipients,
          [this, recipientId](const eko::Result& list) { onRecipientsLoaded(list, recipientId); });
}

bool TransferSession::verifyRecipientBankOtp(const QString& otp)
{
    if (refuseUnless(State::RecipientBankOtp))
        return false;
    if (!OtpText::isWellFormed(otp)) {
        setLocalProblem(LocalProblem::OtpFormat);
        return false;
    }
    clearProblem();
    eko::VerifyRecipientBankOtpRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.recipientId = m_registeringRecipientId;
    request.otp = OtpText::digits(otp);
    request.otpRefId = m_bankOtpRefId;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    track(m_client->verifyRecipientBankOtp(request), Activity::VerifyingRecipientBankOtp,
          [this](const eko::Result& r) { onRecipientBankOtpVerified(r); });
    return true;
}

void TransferSession::onRecipientBankOtpVerified(const eko::Result& r)
{
    if (r.outcome != eko::Outcome::Success) {
        setEkoProblem(r);
        return;
    }
    m_bankOtpRefId.clear();
    clearOtpCooldown();
    const qint64 recipientId = m_registeringRecipientId;
    const eko::GetRecipientsRequest request = recipientsRequest();
    track(m_client->getRecipients(request), Activity::LoadingRecipients,
          [this, recipientId](const eko::Result& list) { onRecipientsLoaded(list, recipientId); });
}

bool TransferSession::resendRecipientBankOtp()
{
    if (refuseUnless(State::RecipientBankOtp))
        return false;
    if (!m_otpResendAllowedAt.isNull() && now() < m_otpResendAllowedAt) {
        setLocalProblem(LocalProblem::OtpCooldown);
        return false;
    }
    clearProblem();
    registerRecipient(m_registeringRecipientId);
    return true;
}

} // namespace counterdesk::transfer
