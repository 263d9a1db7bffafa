// GatewayRefusalText: why the partner's counterdesk-gateway refused this
// counter (its 403's gateway_error, eko::GatewayRefusal), in the agent's
// words. Used by the connection test and by the transfer pages, so both say
// the same. A switch with no default: a new cause without words breaks the
// build.
#pragma once

#include "eko/EkoTypes.h"

#include <QCoreApplication>
#include <QString>

namespace counterdesk::ui {

class GatewayRefusalText
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::GatewayRefusalText)
public:
    // Empty for GatewayRefusal::None (not a gateway's refusal).
    static QString describe(eko::GatewayRefusal refusal);
};

} // namespace counterdesk::ui
