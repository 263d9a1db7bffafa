// EndpointTable: base URL, method and path of every call on both rails, the
// channel codes, and the parameters each (rail, call) adds to its request
// (CallParams: constants such as service_code 80, which optional values it
// carries, and field names that differ between the rails).
//
// Why a table and not constants: Eko's paths are mid-migration between the
// "master" and the "legacy" names (REFERENCE.md §1.0) and the channel codes
// contradict each other (§1.1), so a connection profile must be able to switch
// or override them without a rebuild. The built-in table is
// resources/eko/endpoints.json (:/eko/endpoints.json). An override file has the
// same shape and may be partial: what it leaves out comes from the base table.
#pragma once

#include "eko/CallParams.h"
#include "eko/EkoTypes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QUrl>
#include <array>
#include <optional>

namespace counterdesk::eko {

enum class PathSet { Master, Legacy };

// The {tokens} a path may hold. RequestBuilder fills each from the request
// value of the same name and sends that value nowhere else.
inline constexpr std::array<const char*, 5> kPathTokens = {"customer_id", "tid", "transaction_reference",
                                                           "ifsc", "bank_code"};

struct Endpoint
{
    QByteArray method;    // "GET" or "POST"
    QString pathTemplate; // "/customer/payment/ppi-digikhata/sender/{customer_id}"
};

enum class EndpointTableError {
    None,
    FileUnreadable, // cannot be opened, not a regular file, or over 1 MiB
    NotJson,
    NotAnObject,
    UnsupportedVersion,
    BadBaseUrl,      // not an absolute http(s) URL
    InsecureBaseUrl, // http:// to a host other than loopback
    UnknownPathSet,
    UnknownRail,
    UnknownCall,
    BadMethod,      // not GET/POST
    BadPath,        // not starting with '/', or an unknown {token}
    BadChannelCode, // not a small non-negative integer
    MissingCall,    // a call of a rail has no path (after merging)
    MissingChannel,
    UnknownKey,          // a key other than constants/carries/wire_names in a params entry
    BadParamName,        // not a wire name, or one the request builder owns
    BadParamValue,       // a constant that is not a string or an integer
    UnknownRequestValue, // "carries" lists a value no request has
    MissingParams,       // a call of a rail has no params entry (built-in table only)
    BadFee,              // "fees": not a call name, or not a non-negative amount such as "7.00"
};

struct EndpointTableLoad;

// A request path read back into the call that makes it (the gateway serves
// exactly the paths a counter's table produces).
struct EndpointMatch
{
    Call call = Call::GetSender;
    Rail rail = Rail::DigiKhata;    // the first rail whose path fits, for calls both rails share
    QHash<QString, QString> tokens; // {customer_id} etc., percent-decoded
};

class EndpointTable
{
public:
    EndpointTable() = default;

    // The table compiled into the binary. It is validated by the unit tests,
    // so failure here is a build defect; it still returns an empty table
    // rather than crashing.
    static EndpointTable builtIn();

    // Parse a table. With a base, missing entries are inherited (an override);
    // without one, every call of both rails must be present.
    static EndpointTableLoad fromJson(const QByteArray& json, const EndpointTable* base = nullptr);
    static EndpointTableLoad fromFile(const QString& path, const EndpointTable* base = nullptr);

    bool isValid() const { return m_baseUrl.isValid(); }

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }

    PathSet pathSet() const { return m_pathSet; }
    void setPathSet(PathSet set) { m_pathSet = set; }

    std::optional<Endpoint> endpoint(Rail rail, Call call) const;
    std::optional<Endpoint> endpoint(PathSet set, Rail rail, Call call) const;
    int channelCode(Rail rail, Channel channel) const;
    // The channel Initiate's `channel` code means on this rail, if any.
    std::optional<Channel> channelForCode(Rail rail, int code) const;
    // What a recipient's available_channel(s) code allows (IMPS first);
    // an unknown code allows both: Eko refuses what the bank does not take.
    QList<Channel> availableChannels(const QString& code) const;
    CallParams params(Rail rail, Call call) const;
    // What Eko charges for a call that costs the agent a fee (the bank-account
    // check), named to the agent before it is sent; none when the table says
    // nothing. The partner's own figure comes from Eko's onboarding, so a
    // profile's override sets it.
    std::optional<Money> fee(Call call) const;

    // Which call a request on `path` (below the base URL's path, e.g.
    // "/customer/payment/ppi-levin") is, in either path set; none if no
    // endpoint fits.
    std::optional<EndpointMatch> match(QByteArrayView method, const QString& path) const;

    // True for http(s) URLs whose host is 127.0.0.0/8, ::1 or localhost.
    static bool isLoopback(const QUrl& url);
    // HTTPS, or loopback over plain HTTP.
    static bool isAllowedUrl(const QUrl& url);

private:
    static int key(PathSet set, Rail rail, Call call);
    static int paramsKey(Rail rail, Call call);
    static EndpointTableLoad parseParams(const QJsonValue& section, EndpointTable& table, bool complete);

    QUrl m_baseUrl;
    PathSet m_pathSet = PathSet::Master;
    QHash<int, Endpoint> m_endpoints;
    QHash<int, int> m_channels; // key: rail * 2 + channel
    int m_availableBoth = 0;    // available_channel(s) codes
    int m_availableNeftOnly = 1;
    int m_availableImpsOnly = 2;
    QHash<int, CallParams> m_params; // key: rail * kCallCount + call
    QHash<int, Money> m_fees;        // key: call
};

struct EndpointTableLoad
{
    EndpointTable table;
    EndpointTableError error = EndpointTableError::None;
    QString where; // JSON path of the offending entry, e.g. "paths.master.ppi-levin.get_sender"
    bool ok() const { return error == EndpointTableError::None; }
};

} // namespace counterdesk::eko
