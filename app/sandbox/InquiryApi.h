// InquiryApi: Transaction Inquiry, Get Refund OTP and Initiate Refund, the
// calls shared by both rails (REFERENCE §1.3).
#pragma once

#include "ApiContext.h"

namespace counterdesk::sandbox::InquiryApi {

QJsonObject transactionInquiry(ApiContext& ctx, const ApiCall& call);
QJsonObject refundOtp(ApiContext& ctx, const ApiCall& call);
QJsonObject refund(ApiContext& ctx, const ApiCall& call);

// Moves an awaited transfer to success once its settle time has passed on
// the sandbox clock. Lazy, so no timers outlive a test.
void settle(Transaction& transaction, SandboxState& state, qint64 nowMs);

} // namespace counterdesk::sandbox::InquiryApi
