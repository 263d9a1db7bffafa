// EndpointTable: base URL, method and path of every call on both rails, and
// the channel codes.
//
// Why a table and not constants: Eko's paths are mid-migration between the
// "master" and the "legacy" names (REFERENCE.md §1.0) and the channel codes
// contradict each other (§1.1), so a connection profile must be able to switch
// or override them without a rebuild. The built-in table is
// resources/eko/endpoints.json (:/eko/endpoints.json). An override file has the
// same shape and may be partial: what it leaves out comes from the base table.
#pragma once

#include "eko/EkoTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>
#include <optional>

namespace counterdesk::eko {

enum class PathSet { Master, Legacy };

struct Endpoint
{
    QByteArray method;    // "GET" or "POST"
    QString pathTemplate; // "/customer/payment/ppi-digikhata/sender/{customer_id}"
};

enum class EndpointTableError {
    None,
    FileUnreadable,
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
};

struct EndpointTableLoad;

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

    // True for http(s) URLs whose host is 127.0.0.0/8, ::1 or localhost.
    static bool isLoopback(const QUrl& url);
    // HTTPS, or loopback over plain HTTP.
    static bool isAllowedUrl(const QUrl& url);

private:
    static int key(PathSet set, Rail rail, Call call);

    QUrl m_baseUrl;
    PathSet m_pathSet = PathSet::Master;
    QHash<int, Endpoint> m_endpoints;
    QHash<int, int> m_channels; // key: rail * 2 + channel
};

struct EndpointTableLoad
{
    EndpointTable table;
    EndpointTableError error = EndpointTableError::None;
    QString where; // JSON path of the offending entry, e.g. "paths.master.ppi-levin.get_sender"
    bool ok() const { return error == EndpointTableError::None; }
};

} // namespace counterdesk::eko
