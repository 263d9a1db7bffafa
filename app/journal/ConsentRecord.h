// ConsentRecord: the evidence that a customer agreed to Aadhaar e-KYC
// (table consents, schema v6). Eko has no call that records consent, so the
// journal keeps who agreed, to which text, in which language, when and before
// which agent. No Aadhaar number or PAN: the consent precedes both.
#pragma once

#include "domain/Rail.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace counterdesk::journal {

struct ConsentRecord
{
    QString profile; // the connection profile's name
    Rail rail = Rail::DigiKhata;
    QString customerMobile; // canonical 10 digits
    int languageId = 0;     // Eko's pkid
    QString language;       // as Eko names it ("Hindi")
    int consentId = 0;      // Eko's consentId of the text shown
    QString textSha256;     // hex digest of the exact text shown: which words were agreed to
    QString agent;          // the user_code the counter works as
    QDateTime recordedAt;   // UTC

    bool operator==(const ConsentRecord&) const = default;
};

} // namespace counterdesk::journal
