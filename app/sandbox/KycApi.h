// KycApi: the rest of onboarding - Aadhaar OTP, its verification, PAN - and
// the DigiKhata wallet load, so a sender onboarded in training can reach
// the transfer (REFERENCE §1.1 rows 7-10, §1.2 rows 4-6).
#pragma once

#include "ApiContext.h"

namespace counterdesk::sandbox::KycApi {

QJsonObject aadhaarOtp(ApiContext& ctx, const ApiCall& call);
QJsonObject verifyAadhaarOtp(ApiContext& ctx, const ApiCall& call);
QJsonObject validatePan(ApiContext& ctx, const ApiCall& call);
QJsonObject loadWallet(ApiContext& ctx, const ApiCall& call);

} // namespace counterdesk::sandbox::KycApi
