// TransferSession: KYC of a new wallet - consent, Aadhaar OTP, PAN
// (REFERENCE.md §1.1 rows 5-9, §1.2 rows 4-6, §1.4).
//
// The step comes from Eko's answer every time (2136 Aadhaar pending, 2147
// PAN required), never from memory, so a customer who stopped half-way
// continues where Eko says they are. The Aadhaar number and the PAN live in
// this object only for the calls that send them; the journal keeps the
// consent record and nothing of either number.
#include "TransferSession.h"
#include "domain/AadhaarNumber.h"
#include "domain/PanNumber.h"
#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "transfer/OtpText.h"

#include <QCryptographicHash>
#include <algorithm>

namespace counterdesk::transfer {

QString TransferSession::maskedAadhaar() const
{
    const AadhaarNumberParseResult parsed = AadhaarNumber::parse(m_aadhaar);
    return parsed.ok() ? parsed.value->masked() : QString();
}

void TransferSession::clearAadhaar()
{
    // Overwrite before release: the number is personal data.
    m_aadhaar.fill(u'0');
    m_aadhaar.clear();
    m_aadhaarOtpRefId.clear();
}

// A KYC answer's profile, with what Eko left out of it taken from the one
// known: a Levin wallet keeps its token and id for the next calls, the
// customer their name.
eko::SenderProfile TransferSession::withKnownWallet(eko::SenderProfile profile) const
{
    if (!m_sender)
        return profile;
    if (profile.walletToken.isEmpty())
        profile.walletToken = m_sender->walletToken;
    if (profile.walletId.isEmpty())
        profile.walletId = m_sender->walletId;
    if (profile.name.isEmpty())
        profile.name = m_sender->name;
    return profile;
}

// Verify Sender OTP (or a KYC call) said what is pending: go to that step.
void TransferSession::beginKyc(const eko::Result& r)
{
    if (r.sender)
        m_sender = withKnownWallet(*r.sender);
    m_kycPending = r.reason;
    clearAadhaar();
    clearOtpCooldown();
    clearProblem();
    if (r.reason == eko::Reason::PanRequired) {
        setState(State::KycPan);
        return;
    }
    m_consent.reset();
    m_consentLanguageId = 0;
    setState(State::KycConsent);
    loadConsentLanguages();
}

void TransferSession::loadConsentLanguages()
{
    eko::ConsentLanguagesRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    track(m_client->getConsentLanguages(request), Activity::LoadingConsentLanguages,
          [this](const eko::Result& r) { onConsentLanguagesLoaded(r); });
}

bool TransferSession::reloadConsentLanguages()
{
    if (refuseUnless(State::KycConsent))
        return false;
    clearProblem();
    loadConsentLanguages();
    return true;
}

void TransferSession::onConsentLanguagesLoaded(const eko::Result& r)
{
    if (r.outcome != eko::Outcome::Success) {
        setEkoProblem(r);
        return;
    }
    m_consentLanguages = r.consentLanguages;
    Q_EMIT problemChanged(); // the page re-renders the list
}

bool TransferSession::chooseConsentLanguage(int languageId)
{
    // Arrowing through the list: the text still loading is not wanted now.
    if (m_state == State::KycConsent && m_activity == Activity::LoadingConsent)
        cancel();
    if (refuseUnless(State::KycConsent))
        return false;
    const bool known =
        std::any_of(m_consentLanguages.cbegin(), m_consentLanguages.cend(),
                    [languageId](const eko::ConsentLanguage& l) { return l.id == languageId; });
    if (!known) {
        setLocalProblem(LocalProblem::NotNow);
        return false;
    }
    clearProblem();
    m_consent.reset();
    m_consentLanguageId = languageId;
    eko::ConsentDetailsRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.languageId = languageId;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    track(m_client->getConsentDetails(request), Activity::LoadingConsent,
          [this, languageId](const eko::Result& r) { onConsentLoaded(r, languageId); });
    return true;
}

void TransferSession::onConsentLoaded(const eko::Result& r, int languageId)
{
    if (languageId != m_consentLanguageId)
        return; // another language was chosen meanwhile
    if (r.outcome != eko::Outcome::Success || !r.consent) {
        setEkoProblem(r);
        return;
    }
    m_consent = r.consent;
    Q_EMIT problemChanged();
}

bool TransferSession::confirmConsent()
{
    if (refuseUnless(State::KycConsent))
        return false;
    if (!m_consent) {
        setLocalProblem(LocalProblem::ConsentNotShown);
        return false;
    }
    // The evidence first: without it the Aadhaar number is not asked for.
    journal::ConsentRecord record;
    record.profile = m_options.profileName;
    record.rail = m_options.rail;
    record.customerMobile = m_senderMobile;
    record.languageId = m_consentLanguageId;
    record.language = m_consent->language;
    for (const eko::ConsentLanguage& l : m_consentLanguages) {
        if (l.id == m_consentLanguageId && record.language.isEmpty())
            record.language = l.name;
    }
    record.consentId = m_consent->consentId;
    record.textSha256 = QString::fromLatin1(
        QCryptographicHash::hash(m_consent->text.toUtf8(), QCryptographicHash::Sha256).toHex());
    record.agent = m_client ? m_client->config().credentials.userCode : QString();
    record.recordedAt = now();
    if (const journal::Result<void> written = m_journal->recordConsent(record); !written) {
        setJournalProblem(written.error());
        return false;
    }
    clearProblem();
    setState(State::KycAadhaar);
    return true;
}

bool TransferSession::sendAadhaarOtp(const QString& typedAadhaar)
{
    if (refuseUnless(State::KycAadhaar))
        return false;
    const AadhaarNumberParseResult parsed = AadhaarNumber::parse(typedAadhaar);
    if (!parsed.ok()) {
        TransferProblem problem = TransferProblem::fromLocal(LocalProblem::InvalidAadhaar);
        problem.aadhaarError = parsed.error;
        setProblem(problem);
        return false;
    }
    clearProblem();
    clearAadhaar();
    m_aadhaar = parsed.value->digits();
    requestAadhaarOtp();
    return true;
}

bool TransferSession::resendAadhaarOtp()
{
    if (refuseUnless(State::KycAadhaarOtp))
        return false;
    if (!m_otpResendAllowedAt.isNull() && now() < m_otpResendAllowedAt) {
        setLocalProblem(LocalProblem::OtpCooldown);
        return false;
    }
    clearProblem();
    requestAadhaarOtp();
    return true;
}

void TransferSession::requestAadhaarOtp()
{
    eko::AadhaarOtpRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.aadhaar = m_aadhaar;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    request.walletId = m_sender ? m_sender->walletId : QString();
    track(m_client->sendAadhaarOtp(request), Activity::SendingAadhaarOtp,
          [this](const eko::Result& r) { onAadhaarOtpSent(r); });
}

void TransferSession::onAadhaarOtpSent(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success && !r.otpRefId.isEmpty()) {
        m_aadhaarOtpRefId = r.otpRefId;
        startOtpCooldown();
        setState(State::KycAadhaarOtp);
        return;
    }
    if (r.reason == eko::Reason::KycAlreadyDone) {
        finishKyc(r);
        return;
    }
    if (r.reason == eko::Reason::PanRequired) {
        beginKyc(r); // Eko is further along than we thought
        return;
    }
    setEkoProblem(r);
    if (r.reason == eko::Reason::AadhaarRejected || r.reason == eko::Reason::InvalidParameters) {
        clearAadhaar();
        if (m_state == State::KycAadhaarOtp)
            setState(State::KycAadhaar);
    }
}

bool TransferSession::verifyAadhaarOtp(const QString& otp)
{
    if (refuseUnless(State::KycAadhaarOtp))
        return false;
    if (!OtpText::isWellFormed(otp)) {
        setLocalProblem(LocalProblem::OtpFormat);
        return false;
    }
    clearProblem();
    eko::VerifyAadhaarOtpRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.otp = OtpText::digits(otp);
    request.otpRefId = m_aadhaarOtpRefId;
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    request.walletId = m_sender ? m_sender->walletId : QString();
    track(m_client->verifyAadhaarOtp(request), Activity::VerifyingAadhaarOtp,
          [this](const eko::Result& r) { onAadhaarOtpVerified(r); });
    return true;
}

void TransferSession::onAadhaarOtpVerified(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success && r.reason == eko::Reason::PanRequired) {
        clearAadhaar();
        clearOtpCooldown();
        m_kycPending = eko::Reason::PanRequired;
        setState(State::KycPan);
        return;
    }
    if (r.outcome == eko::Outcome::Success || r.reason == eko::Reason::KycAlreadyDone) {
        finishKyc(r);
        return;
    }
    setEkoProblem(r);
}

bool TransferSession::validatePan(const QString& typedPan)
{
    if (refuseUnless(State::KycPan))
        return false;
    const PanNumberParseResult parsed = PanNumber::parse(typedPan);
    if (!parsed.ok()) {
        TransferProblem problem = TransferProblem::fromLocal(LocalProblem::InvalidPan);
        problem.panError = parsed.error;
        setProblem(problem);
        return false;
    }
    clearProblem();
    eko::ValidatePanRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.pan = parsed.value->toString();
    request.walletToken = m_sender ? m_sender->walletToken : QString();
    request.walletId = m_sender ? m_sender->walletId : QString();
    track(m_client->validatePan(request), Activity::ValidatingPan,
          [this](const eko::Result& r) { onPanValidated(r); });
    return true;
}

void TransferSession::onPanValidated(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success || r.reason == eko::Reason::KycAlreadyDone) {
        finishKyc(r);
        return;
    }
    if (r.reason == eko::Reason::AadhaarPending) {
        beginKyc(r); // Eko wants the Aadhaar step first
        return;
    }
    setEkoProblem(r);
}

// KYC is done: the customer continues to the recipients in this session.
// The limits are Eko's new ones when the answer carried a profile; without
// one (Levin's 2132 as LEGACY-MD shows it, or 585) they are unknown, and the
// old, smaller figures must not be shown as if they were current.
void TransferSession::finishKyc(const eko::Result& r)
{
    eko::SenderProfile profile = m_sender.value_or(eko::SenderProfile{});
    if (r.sender) {
        profile = withKnownWallet(*r.sender);
    } else {
        profile.totalMonthlyLimit.reset();
        profile.nextAllowedLimit.reset();
    }
    m_sender = profile;
    m_kycPending = eko::Reason::None;
    m_kycCompleted = true;
    clearAadhaar();
    clearOtpCooldown();
    clearProblem();
    setState(State::Recipients);
    refreshRecipients();
}

} // namespace counterdesk::transfer
