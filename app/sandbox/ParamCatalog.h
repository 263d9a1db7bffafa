// ParamCatalog: the parameters each call takes on each rail, and the check
// that finds misplaced ones in a request.
//
// Written from REFERENCE.md §1.0-§1.3, on purpose not from the client's
// endpoint table (resources/eko/endpoints.json): the sandbox is the double
// that checks the client, so a table that sends service_code on a Levin call,
// drops the Levin wallet_token or names DigiKhata's IFSC "ifsc" shows up here
// as a finding. Every call the client makes is catalogued, KYC included;
// DigiKhata's wallet load (not made by the client) is not checked.
#pragma once

#include "RouteTable.h"
#include "SandboxTypes.h"

#include <QJsonObject>
#include <QList>

namespace counterdesk::sandbox {

class ParamCatalog
{
public:
    // Every parameter the request carries that the (rail, call) does not
    // take, and every required one it lacks. Empty for calls not catalogued.
    static QList<ParamFinding> check(const Route& route, const QJsonObject& params);
};

} // namespace counterdesk::sandbox
