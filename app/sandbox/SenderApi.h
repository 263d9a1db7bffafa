// SenderApi: Get Sender, Onboard Sender, resend and Verify Sender OTP
// (REFERENCE §1.1 rows 1-4, §1.2 rows 1-3).
#pragma once

#include "ApiContext.h"

namespace counterdesk::sandbox::SenderApi {

QJsonObject getSender(ApiContext& ctx, const ApiCall& call);
QJsonObject onboardSender(ApiContext& ctx, const ApiCall& call);
QJsonObject resendSenderOtp(ApiContext& ctx, const ApiCall& call);
QJsonObject verifySenderOtp(ApiContext& ctx, const ApiCall& call);

} // namespace counterdesk::sandbox::SenderApi
