// EkoApi: one entry point for every Eko call - the checks all calls share
// (initiator_id, user_code, client_ref_id length) and the hand-off to the
// handler of the call's area.
#pragma once

#include "ApiContext.h"

namespace counterdesk::sandbox::EkoApi {

QJsonObject handle(ApiContext& ctx, const ApiCall& call);

} // namespace counterdesk::sandbox::EkoApi
