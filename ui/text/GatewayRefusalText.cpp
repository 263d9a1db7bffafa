#include "GatewayRefusalText.h"

namespace counterdesk::ui {

QString GatewayRefusalText::describe(eko::GatewayRefusal refusal)
{
    switch (refusal) {
    case eko::GatewayRefusal::None:
        return {};
    case eko::GatewayRefusal::UnknownCounter:
        return tr("The gateway does not know this counter. Check the counter ID in Settings; it must be "
                  "the one the gateway's administrator gave you.");
    case eko::GatewayRefusal::Revoked:
        return tr("This counter's access was revoked by the gateway's administrator. Ask your partner to "
                  "enrol the counter again.");
    case eko::GatewayRefusal::BadSignature:
        return tr("The gateway did not accept this counter's secret. Type the counter secret again in "
                  "Settings, exactly as the gateway's administrator gave it.");
    case eko::GatewayRefusal::StaleTimestamp:
        return tr("This PC's clock is too far from the gateway's. Set the clock to update automatically, "
                  "then try again.");
    case eko::GatewayRefusal::Replayed:
        return tr("The gateway received this request twice and refused the second one. Nothing was done; "
                  "try again.");
    case eko::GatewayRefusal::Other:
        return tr("The gateway refused this counter. Ask the gateway's administrator.");
    }
    return {};
}

} // namespace counterdesk::ui
