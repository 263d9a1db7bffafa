// RouteTable: maps an Eko path (below /ekoapi/v3) to a call name, rail and
// path parameters.
//
// Both path generations are served (REFERENCE §1.0): the "master" names
// Eko documents now and the legacy ones that parts of the live API still
// answer on, so a client's endpoint table can switch between them against
// the sandbox as it would against UAT.
#pragma once

#include "StateTypes.h"
#include "http/HttpRequest.h"

#include <QString>
#include <optional>

namespace counterdesk::sandbox {

struct Route
{
    QString call;
    Rail rail = Rail::DigiKhata;
    bool hasRail = false;
    QString customerId; // {id} in the path
    QString reference;  // tid or client_ref_id:REF of inquiry/refund
};

class RouteTable
{
public:
    enum class MatchStatus { Matched, WrongMethod, NotFound };
    struct Match
    {
        MatchStatus status = MatchStatus::NotFound;
        Route route;
    };

    // path is fully percent-decoded and already stripped of /ekoapi/v3.
    static Match match(http::HttpMethod method, const QString& path);
};

} // namespace counterdesk::sandbox
