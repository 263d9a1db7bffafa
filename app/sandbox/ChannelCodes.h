// ChannelCodes: what Initiate's `channel` and a recipient's
// available_channel mean to the sandbox.
//
// The codes are the endpoint table's (resources/eko/endpoints.json, the
// table a client sends with; REFERENCE.md §1.1): the sandbox follows the
// same table, so a NEFT choice comes back NEFT on the receipt, and a profile
// that overrides the codes is served by a sandbox started with them.
#pragma once

#include "StateTypes.h"
#include "eko/EkoTypes.h"

#include <QtGlobal>
#include <optional>

namespace counterdesk::sandbox::ChannelCodes {

// The channel an Initiate code means on `rail`; none for an unknown code.
std::optional<eko::Channel> channelFor(Rail rail, qint64 code);
// Whether a recipient whose available_channel is `availableChannel` takes `channel`.
bool allows(int availableChannel, eko::Channel channel);
// "IMPS" / "NEFT", as channel_desc says it.
QString description(eko::Channel channel);

} // namespace counterdesk::sandbox::ChannelCodes
