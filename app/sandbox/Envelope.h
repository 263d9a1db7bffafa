// Envelope: builders for the JSON bodies Eko answers with.
//
// Every Eko answer is {status, message, response_status_id,
// response_type_id, data} (REFERENCE §3.1); keeping the builders in one place
// keeps the shapes identical across endpoints, which is what the client's
// classification table relies on.
#pragma once

#include "money/Money.h"

#include <QJsonObject>
#include <QString>

namespace counterdesk::sandbox::envelope {

// response_status_id values of REFERENCE §3.1.
namespace Rsid {
inline constexpr int GetSuccess = -1;
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
} // namespace Rsid

QJsonObject make(int status, int responseStatusId, int responseTypeId, const QString& message,
                 const QJsonObject& data = {});

// status 461 / rsid 1 / rtid -1 with invalid_params {field: message}
// (REFERENCE §3.1). Both spellings exist in Eko's docs; we send the one
// EPS-ERR shows first.
QJsonObject invalidParams(const QJsonObject& fieldErrors);

// A business refusal that is not about one field, e.g. an OTP cool-down:
// status 461 "try after some time", rsid 1, rtid -1, no invalid_params.
QJsonObject tryLater(const QString& message);

// A plain failure: status = code, rsid 1, rtid = code (e.g. 308, 347, 945).
QJsonObject failure(int code, const QString& message, const QJsonObject& data = {});

// Eko writes most amounts the way Java prints a double: "4.0", "114.0",
// "0.61", "814.5". The sandbox produces the same text from integer paise so
// the client's parser meets the real format.
QString javaDecimal(Money amount);

} // namespace counterdesk::sandbox::envelope
