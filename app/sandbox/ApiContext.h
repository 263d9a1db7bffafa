// ApiContext / ApiCall: what every endpoint handler gets - the sandbox's
// state and clock, and one parsed call.
#pragma once

#include "FaultInjector.h"
#include "OtpSessions.h"
#include "RouteTable.h"
#include "SandboxClock.h"
#include "SandboxState.h"

#include <QJsonObject>
#include <functional>

namespace counterdesk::sandbox {

struct ApiContext
{
    SandboxState& state;
    OtpSessions& otps;
    const SandboxClock& clock;
    // The "SMS" to a phone; the server turns it into otpSent().
    std::function<void(const QString& mobile, const QString& otp, const QString& purpose)> sms;
};

struct ApiCall
{
    Route route;
    QJsonObject params; // JSON body of a POST, or the query of a GET
    bool fromQuery = false;
    // "http://HOST:PORT" as the client reached the sandbox (its Host
    // header), for URLs the sandbox hands out (consent audio).
    QString serverUrl;
    std::optional<FaultRule> outcomeFault; // awaited / refund pending for Initiate
};

} // namespace counterdesk::sandbox
