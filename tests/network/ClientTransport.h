// The transport the Eko client tests run on: the desktop app's
// QNetworkAccessManager, or with COUNTERDESK_EKO_TRANSPORT=direct
// counterdesk-gateway's own http::HttpClient. CTest runs the client tests
// once with each (the *_direct tests), so the same money-safety checks hold
// for both.
#pragma once

#include "eko/EkoClient.h"
#include "http/HttpClient.h"

#include <QNetworkAccessManager>
#include <memory>

namespace counterdesk::eko::testing {

// One transport of each kind; client() uses the one the environment chose.
class ClientTransport
{
public:
    static bool direct()
    {
        return qEnvironmentVariable("COUNTERDESK_EKO_TRANSPORT") == QLatin1String("direct");
    }

    std::unique_ptr<EkoClient> client(const ClientConfig& config)
    {
        if (direct())
            return std::make_unique<EkoClient>(&http, config);
        return std::make_unique<EkoClient>(&nam, config);
    }

    QNetworkAccessManager nam;
    http::HttpClient http;
};

} // namespace counterdesk::eko::testing
