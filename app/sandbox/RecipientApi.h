// RecipientApi: list and add recipients, and register them with the bank
// (DigiKhata with an OTP, Levin without) - REFERENCE §1.1 rows 11-14,
// §1.2 rows 7-9.
#pragma once

#include "ApiContext.h"

namespace counterdesk::sandbox::RecipientApi {

QJsonObject getRecipients(ApiContext& ctx, const ApiCall& call);
QJsonObject addRecipient(ApiContext& ctx, const ApiCall& call);
QJsonObject recipientBankOtp(ApiContext& ctx, const ApiCall& call);
QJsonObject verifyRecipientBankOtp(ApiContext& ctx, const ApiCall& call);

} // namespace counterdesk::sandbox::RecipientApi
