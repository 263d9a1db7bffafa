#include "secrets/SecretKind.h"

namespace counterdesk::secrets {

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::DeveloperKey:
        return QStringLiteral("developer_key");
    case SecretKind::AccessKey:
        return QStringLiteral("access_key");
    }
    return {};
}

const char* secretEnvironmentVariable(SecretKind kind)
{
    switch (kind) {
    case SecretKind::DeveloperKey:
        return "COUNTERDESK_DEVELOPER_KEY";
    case SecretKind::AccessKey:
        return "COUNTERDESK_ACCESS_KEY";
    }
    return "";
}

} // namespace counterdesk::secrets
