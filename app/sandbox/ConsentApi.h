// ConsentApi: Get Aadhaar KYC consent languages (rtid 2444) and consent
// details (rtid 2446), REFERENCE §1.1 rows 5-6: what the customer is read,
// in a language they pick, before the agent asks for the Aadhaar number.
//
// Eko documents both calls for DigiKhata only; the sandbox serves the same
// path shape on Levin (…/ppi-levin/sender/{id}/aadhaar/consent/…) so both
// rails can show consent. The texts are data (resources/sandbox/consent.json,
// :/sandbox/consent.json), written for the sandbox, not Eko's.
#pragma once

#include "ApiContext.h"

namespace counterdesk::sandbox::ConsentApi {

QJsonObject getConsentLanguages(ApiContext& ctx, const ApiCall& call);
QJsonObject getConsentDetails(ApiContext& ctx, const ApiCall& call);

// The audio files consent.json names, e.g. "consent-hindi.wav": what
// ConsentAudio serves under /sandbox/media/.
bool hasAudio(const QString& fileName);

} // namespace counterdesk::sandbox::ConsentApi
