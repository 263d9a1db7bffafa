#include "profile/ProfileClientConfig.h"

namespace counterdesk::profile {

ClientConfigBuild ProfileClientConfig::build(const ConnectionProfile& profile,
                                             const eko::Credentials& credentials, const QUrl& sandboxBaseUrl)
{
    ClientConfigBuild out;
    const QUrl base = profile.isTraining() ? sandboxBaseUrl : profile.baseUrl;
    if (!base.isValid() || base.host().isEmpty()) {
        out.error = ClientConfigError::NoBaseUrl;
        return out;
    }
    if (!eko::EndpointTable::isAllowedUrl(base)) {
        out.error = ClientConfigError::InsecureUrl;
        return out;
    }
    eko::EndpointTable table = eko::EndpointTable::builtIn();
    if (!profile.endpointsFile.isEmpty()) {
        const eko::EndpointTableLoad load = eko::EndpointTable::fromFile(profile.endpointsFile, &table);
        if (!load.ok()) {
            out.error = ClientConfigError::BadEndpointsFile;
            return out;
        }
        table = load.table;
    }
    table.setBaseUrl(base);
    if (credentials.developerKey.isEmpty() || credentials.accessKey.isEmpty()) {
        out.error = ClientConfigError::NoCredentials;
        return out;
    }
    out.config.endpoints = table;
    out.config.credentials = credentials;
    out.config.credentials.initiatorId = profile.initiatorId;
    out.config.credentials.userCode = profile.userCode;
    out.config.timeoutMs = profile.timeoutSeconds * 1000;
    return out;
}

} // namespace counterdesk::profile
