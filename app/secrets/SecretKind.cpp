#include "secrets/SecretKind.h"

namespace counterdesk::secrets {

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::DeveloperKey:
        return QStringLiteral("developer_key");
    case SecretKind::AccessKey:
        return QStringLiteral("access_key");
    case SecretKind::CounterSecret:
        return QStringLiteral("counter_secret");
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
    case SecretKind::CounterSecret:
        return "COUNTERDESK_COUNTER_SECRET";
    }
    return "";
}

} // namespace counterdesk::secrets
