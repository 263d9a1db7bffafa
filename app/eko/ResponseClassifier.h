// ResponseClassifier: the ONE place that decides what an Eko answer means.
//
// Eko's `status` lies in both directions: OTP-sent answers carry status
// 2129/2133 with response_status_id 1 and are successes (REFERENCE.md §3.4),
// and some production answers differ from the docs. So non-financial answers
// are routed on response_type_id and the fields present (otp_ref_id), money
// answers on tx_status, and only then on status codes. All the codes live in
// one table in ResponseClassifier.cpp.
#pragma once

#include "eko/EkoTypes.h"

#include <QByteArray>

namespace counterdesk::eko {

class ResponseClassifier
{
public:
    // An HTTP answer arrived. Fills outcome, reason, the envelope, field
    // errors and the parsed payload of `result` (call and rail must be set).
    static void classifyAnswer(Result& result, int httpStatus, const QByteArray& body);

    // No usable HTTP answer (timeout, dropped, TLS...). `reason` is the
    // transport reason; the outcome follows from it and the call.
    static void classifyNoAnswer(Result& result, Reason reason, const QString& detail);

    // tx_status -> outcome (0 Success, 1 Failed, 3 RefundPending, 4 Refunded,
    // anything else Pending).
    static Outcome outcomeForTxStatus(int txStatus);

    // True when the outcome says nothing decisive, so a GET may be retried
    // and a money call must be inquired: every Unknown that came from an
    // HTTP answer (429, 5xx, a 403 or 4xx that is not Eko's own JSON
    // refusal, an unreadable body) and the transport failures.
    static bool isIndeterminate(const Result& result);

    // True exactly for Eko's own authentication 403 (a JSON envelope with
    // status/response_status_id/response_type_id): Eko refused before any
    // processing, so the call was not acted on. Any other 403 is Unknown.
    static bool isEkoAuthRefusal(const Result& result);
};

} // namespace counterdesk::eko
