// TransferSession: the sender steps (Get Sender, sender OTP, onboarding).
#include "TransferSession.h"
#include "domain/MobileNumber.h"
#include "eko/EkoClient.h"
#include "transfer/OtpText.h"

namespace counterdesk::transfer {

bool TransferSession::lookUpSender(const QString& mobile)
{
    if (refuseUnless(State::EnterSender))
        return false;
    const MobileNumberParseResult parsed = MobileNumber::parse(mobile);
    if (!parsed.ok()) {
        setLocalProblem(LocalProblem::InvalidMobile);
        return false;
    }
    clearProblem();
    resetCustomer();
    m_senderMobile = parsed.value->toString();
    eko::GetSenderRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    track(m_client->getSender(request), Activity::LookingUpSender,
          [this](const eko::Result& r) { onSenderLookedUp(r); });
    return true;
}

void TransferSession::onSenderLookedUp(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success && !r.otpRefId.isEmpty()) {
        m_senderOtpRefId = r.otpRefId;
        startOtpCooldown();
        setState(State::SenderOtp);
        return;
    }
    if (r.reason == eko::Reason::NotEnrolled) {
        setState(State::Onboarding);
        return;
    }
    setEkoProblem(r);
}

bool TransferSession::resendSenderOtp()
{
    if (refuseUnless(State::SenderOtp))
        return false;
    if (!m_otpResendAllowedAt.isNull() && now() < m_otpResendAllowedAt) {
        setLocalProblem(LocalProblem::OtpCooldown);
        return false;
    }
    clearProblem();
    eko::ResendSenderOtpRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    track(m_client->resendSenderOtp(request), Activity::ResendingSenderOtp,
          [this](const eko::Result& r) { onSenderOtpResent(r); });
    return true;
}

void TransferSession::onSenderOtpResent(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success && !r.otpRefId.isEmpty()) {
        m_senderOtpRefId = r.otpRefId;
        startOtpCooldown();
        return;
    }
    setEkoProblem(r);
}

bool TransferSession::verifySenderOtp(const QString& otp)
{
    if (refuseUnless(State::SenderOtp))
        return false;
    if (!OtpText::isWellFormed(otp)) {
        setLocalProblem(LocalProblem::OtpFormat);
        return false;
    }
    clearProblem();
    eko::VerifySenderOtpRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.otp = OtpText::digits(otp);
    request.otpRefId = m_senderOtpRefId;
    track(m_client->verifySenderOtp(request), Activity::VerifyingSenderOtp,
          [this](const eko::Result& r) { onSenderVerified(r); });
    return true;
}

void TransferSession::onSenderVerified(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success) {
        m_sender = r.sender.value_or(eko::SenderProfile{});
        m_senderOtpRefId.clear(); // single use
        clearOtpCooldown();
        setState(State::Recipients);
        refreshRecipients();
        return;
    }
    if (r.reason == eko::Reason::AadhaarPending || r.reason == eko::Reason::PanRequired) {
        m_senderOtpRefId.clear();
        clearOtpCooldown();
        beginKyc(r);
        return;
    }
    setEkoProblem(r);
}

bool TransferSession::onboardSender(const QString& name, const QDate& dateOfBirth,
                                    const QStringList& addressLines)
{
    if (refuseUnless(State::Onboarding))
        return false;
    if (name.trimmed().isEmpty()) {
        setLocalProblem(LocalProblem::InvalidName);
        return false;
    }
    // Eko: "DOB must be 18 years older and less than 100" (REFERENCE.md §4).
    const QDate today = now().date();
    if (!dateOfBirth.isValid() || dateOfBirth.addYears(18) > today || dateOfBirth.addYears(100) <= today) {
        setLocalProblem(LocalProblem::InvalidDateOfBirth);
        return false;
    }
    QStringList lines;
    for (const QString& line : addressLines) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    if (lines.isEmpty()) {
        setLocalProblem(LocalProblem::InvalidAddress);
        return false;
    }
    clearProblem();
    eko::OnboardSenderRequest request;
    request.rail = m_options.rail;
    request.customerId = m_senderMobile;
    request.name = name.trimmed();
    request.dateOfBirth = dateOfBirth;
    request.residenceAddress = lines;
    track(m_client->onboardSender(request), Activity::OnboardingSender,
          [this](const eko::Result& r) { onSenderOnboarded(r); });
    return true;
}

void TransferSession::onSenderOnboarded(const eko::Result& r)
{
    if (r.outcome == eko::Outcome::Success && !r.otpRefId.isEmpty()) {
        m_senderOtpRefId = r.otpRefId;
        startOtpCooldown();
        setState(State::SenderOtp);
        return;
    }
    if (r.outcome == eko::Outcome::Success && r.walletOpened) {
        // 300 "Wallet opened": the sender exists after all; Get Sender
        // sends the OTP (REFERENCE.md §1.4).
        eko::GetSenderRequest request;
        request.rail = m_options.rail;
        request.customerId = m_senderMobile;
        track(m_client->getSender(request), Activity::LookingUpSender,
              [this](const eko::Result& again) { onSenderLookedUp(again); });
        return;
    }
    setEkoProblem(r);
}

} // namespace counterdesk::transfer
