// Any bytes as Eko's answer to any call of the endpoint table, with any HTTP
// status. Byte 0 picks the (rail, call), byte 1 the status; the rest is the
// body. Besides "no crash": the verdict is the same twice, an answer is never
// "not sent", and a money call whose answer proves nothing (5xx, 429, 1xx/3xx,
// a 2xx that is not an envelope) stays Unknown, because it MAY have happened.
#include "FuzzTarget.h"
#include "eko/EndpointTable.h"
#include "eko/ResponseClassifier.h"

#include <array>

using namespace counterdesk::eko;
using counterdesk::fuzz::require;

namespace {

constexpr std::array kStatuses = {200, 201, 202, 204, 299, 400, 401, 403, 404, 405, 408, 409,
                                  413, 422, 429, 451, 500, 502, 503, 504, 100, 301, 302, 304};

int statusFor(std::uint8_t byte)
{
    if (byte < kStatuses.size() * 8)
        return kStatuses[byte % kStatuses.size()];
    return 100 + (byte - static_cast<int>(kStatuses.size() * 8)) * 9; // 100..649, odd ones too
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int endpoint = data[0] % (2 * kCallCount);
    const Rail rail = endpoint < kCallCount ? Rail::DigiKhata : Rail::Levin;
    const Call call = static_cast<Call>(endpoint % kCallCount);
    static const EndpointTable table = EndpointTable::builtIn();
    require(table.endpoint(rail, call).has_value(), "the built-in table has every (rail, call)");

    const int status = statusFor(data[1]);
    const QByteArray body(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));

    Result first;
    first.call = call;
    first.rail = rail;
    ResponseClassifier::classifyAnswer(first, status, body);
    Result second;
    second.call = call;
    second.rail = rail;
    ResponseClassifier::classifyAnswer(second, status, body);

    require(first.httpStatus == status, "the HTTP status is kept for support");
    require(first.outcome == second.outcome && first.reason == second.reason &&
                first.fieldErrors == second.fieldErrors,
            "the same answer is classified the same way twice");
    require(first.outcome != Outcome::NotSent, "an answer that arrived is never 'not sent'");

    if (isMoneyMovingCall(call)) {
        const bool answerProvesNothing =
            status >= 500 || status == 429 || status < 200 || (status >= 300 && status < 400);
        if (answerProvesNothing)
            require(first.outcome == Outcome::Unknown && ResponseClassifier::isIndeterminate(first),
                    "a money call's 5xx/429/1xx/3xx answer leaves the outcome unknown");
        if (first.outcome == Outcome::Success)
            require(status >= 200 && status < 300, "a money call succeeds only on a 2xx answer");
        if (status >= 200 && status < 300 && first.reason == Reason::UnparseableResponse)
            require(first.outcome == Outcome::Unknown, "an unreadable 2xx to a money call is unknown");
    }
    return 0;
}
