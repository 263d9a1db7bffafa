// ProfileClientConfig: turns a profile and its credentials into the Eko
// client's configuration, so the GUI and the CLI cannot build it differently.
#pragma once

#include "eko/EkoClient.h"
#include "profile/ConnectionProfile.h"

#include <QUrl>
#include <optional>

namespace counterdesk::profile {

enum class ClientConfigError {
    None,
    NoBaseUrl,        // a non-training profile without base_url (or Training without a sandbox)
    InsecureUrl,      // http:// to a host other than loopback: refused, never "just this once"
    BadEndpointsFile, // the override table is unreadable or invalid
    NoCredentials,    // developer key or access key missing
};

struct ClientConfigBuild
{
    eko::ClientConfig config;
    ClientConfigError error = ClientConfigError::None;
    bool ok() const { return error == ClientConfigError::None; }
};

class ProfileClientConfig
{
public:
    // sandboxBaseUrl: where the in-process sandbox listens (Training only).
    static ClientConfigBuild build(const ConnectionProfile& profile, const eko::Credentials& credentials,
                                   const QUrl& sandboxBaseUrl = {});
};

} // namespace counterdesk::profile
