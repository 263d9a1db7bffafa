// ControlApi: the loopback-only /sandbox/control/... endpoint that tests
// and trainers use to steer the simulator (faults, clock, OTP read-back,
// counters, reset). Not part of Eko's API; never signed.
#pragma once

#include "FaultInjector.h"
#include "OtpSessions.h"
#include "SandboxClock.h"
#include "SandboxState.h"
#include "http/HttpReply.h"
#include "http/HttpRequest.h"

#include <QHash>
#include <functional>

namespace counterdesk::sandbox {

struct CallCounters
{
    QHash<QString, int> calls;
    QHash<QString, int> initiatesByRef;
    QHash<QString, int> refundsByTid; // refund POSTs that arrived, per tid
};

struct ControlTarget
{
    FaultInjector& faults;
    SandboxClock& clock;
    OtpSessions& otps;
    CallCounters& counters;
    SandboxState& state;
    std::function<bool(QString* error)> reset; // reloads the seed
};

namespace ControlApi {

inline constexpr char Prefix[] = "/sandbox/control/";

// path is the full decoded path, starting with Prefix.
http::HttpReply handle(ControlTarget& target, const http::HttpRequest& request, const QString& path);

} // namespace ControlApi
} // namespace counterdesk::sandbox
