// CallParams: what one (rail, call) sends beyond the values of its request -
// the "params" section of the endpoint table.
//
// Why in the table: the two rails ask for different fixed fields on the same
// call (service_code 80 on DigiKhata, type/account_type on Levin), name the
// same value differently (DigiKhata's bank_code is Levin's ifsc) and take the
// Levin wallet on some calls only (REFERENCE.md §1.1-§1.3). A profile's
// override file can correct one of these without a rebuild, and
// RequestBuilder applies them in one place.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <array>

namespace counterdesk::eko {

struct CallParams
{
    // Sent as they are: wire name -> JSON string or integer.
    QJsonObject constants;
    // The optional request values (kOptionalValues) this call sends when
    // the request has them; the others are left out.
    QStringList carries;
    // Request value -> the name this call sends it under ("ifsc" -> "bank_code").
    QHash<QString, QString> wireNames;

    // The request values a table may list under "carries".
    static constexpr std::array<const char*, 5> kOptionalValues = {"wallet_token", "wallet_id", "intent_id",
                                                                   "beneficiary_id", "latlong"};
    static bool isOptionalValue(const QString& name);
    // Names the request builder owns (identity, path tokens, our reference):
    // no constant or rename may set or replace them. Optional values may be
    // renamed but are not constants either, nor a rename's target.
    static bool isReserved(const QString& name);
    // Lowercase letters, digits and '_', starting with a letter; at most 40.
    static bool isWireName(const QString& name);
};

} // namespace counterdesk::eko
