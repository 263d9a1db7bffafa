// TransferApi: Send Transaction OTP and Initiate Transaction, the calls
// that move money (REFERENCE §1.1 rows 15-16, §1.2 rows 10-11, §4 limits).
#pragma once

#include "ApiContext.h"

namespace counterdesk::sandbox::TransferApi {

QJsonObject sendTransactionOtp(ApiContext& ctx, const ApiCall& call);
QJsonObject initiateTransaction(ApiContext& ctx, const ApiCall& call);

} // namespace counterdesk::sandbox::TransferApi
