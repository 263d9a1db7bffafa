// Any bytes as an endpoint table (EndpointTable::fromJson): as a complete
// table, and as a profile's override on top of the built-in one. Besides
// "no crash": an accepted table has an allowed base URL and, for every call
// of both rails, a GET or POST path starting with '/'.
#include "FuzzTarget.h"
#include "eko/EndpointTable.h"

using namespace counterdesk::eko;
using counterdesk::fuzz::require;

namespace {

void checkAccepted(const EndpointTableLoad& load)
{
    if (!load.ok())
        return;
    const EndpointTable& table = load.table;
    require(table.isValid() && EndpointTable::isAllowedUrl(table.baseUrl()),
            "an accepted table has an allowed base URL");
    for (const Rail rail : {Rail::DigiKhata, Rail::Levin}) {
        for (int i = 0; i < kCallCount; ++i) {
            const std::optional<Endpoint> endpoint = table.endpoint(rail, static_cast<Call>(i));
            require(endpoint.has_value(), "an accepted table has every call of both rails");
            require(endpoint->method == "GET" || endpoint->method == "POST", "a call is a GET or a POST");
            require(endpoint->pathTemplate.startsWith(u'/'), "a path starts with '/'");
            table.params(rail, static_cast<Call>(i));
        }
        table.channelCode(rail, Channel::Neft);
        table.channelCode(rail, Channel::Imps);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const EndpointTable builtIn = EndpointTable::builtIn();
    require(builtIn.isValid(), "the built-in table loads");

    const EndpointTableLoad complete = EndpointTable::fromJson(json);
    checkAccepted(complete);
    const EndpointTableLoad overridden = EndpointTable::fromJson(json, &builtIn);
    checkAccepted(overridden);
    require(!complete.ok() || overridden.ok(), "a complete table is also a valid override");
    return 0;
}
