// ApiSupport: answer pieces several endpoint handlers share (OTP outcomes,
// the sender profile, recipient rows, Levin's wallet_token check), so the
// same situation reads the same on every endpoint.
#pragma once

#include "ApiContext.h"
#include "ParamReader.h"

#include <QJsonObject>
#include <optional>

namespace counterdesk::sandbox::ApiSupport {

QJsonObject notEnrolled(const QString& mobile);

// Sends a new OTP (or reports the cool-down / lock-out as an answer).
// On success returns nullopt and fills *session; the SMS has gone out.
std::optional<QJsonObject> sendOtp(ApiContext& ctx, const QString& mobile, const QString& purpose,
                                   const QJsonObject& context, OtpSession* session, bool reuseLive = false,
                                   const QString& fixedRef = {});

// The answer for a failed OTP check; nullopt when the OTP was right.
// levinSender selects Levin's "2138 Invalid OTP" for a wrong sender OTP.
std::optional<QJsonObject> otpFailure(const OtpSessions::CheckResult& result, bool levinSender = false);

QString maskAccount(const QString& account);
QJsonObject recipientJson(const Recipient& recipient);
// The sender's monthly limit: the seeded (full-KYC) one once KYC is done,
// at most kNonKycMonthlyLimit before - so finishing PAN visibly raises it.
Money monthlyLimit(const Sender& sender);
Money remainingLimit(const Sender& sender);
QJsonObject customerProfile(const Sender& sender);

// Levin calls carry the wallet_token from Verify Sender OTP; a missing or
// stale one is refused like a bad parameter.
void checkWalletToken(ParamReader& params, const Sender& sender, ParamReader::Need need);

// The {id} of the path must be a mobile; adds an invalid_params entry if not.
void checkCustomerId(ParamReader& params, const QString& customerId);

// The sender of the path, after the checks every call about one sender
// shares: the parameters read so far, a mobile as {id}, an enrolled sender,
// and the Levin wallet_token as `walletToken` asks. Returns the refusal to
// answer, or nullopt with *sender set.
std::optional<QJsonObject> senderOfPath(ApiContext& ctx, const ApiCall& call, ParamReader& params,
                                        ParamReader::Need walletToken, Sender** sender);

} // namespace counterdesk::sandbox::ApiSupport
