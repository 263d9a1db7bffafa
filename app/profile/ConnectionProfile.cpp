#include "profile/ConnectionProfile.h"

// The profile kind's names live in domain/ProfileKind.cpp; ConnectionProfile
// itself is a plain struct.

namespace counterdesk::profile {

QList<secrets::SecretKind> ConnectionProfile::secretKinds() const
{
    switch (kind) {
    case ProfileKind::Training:
        return {};
    case ProfileKind::Gateway:
        return {secrets::SecretKind::CounterSecret};
    case ProfileKind::Uat:
    case ProfileKind::Production:
    case ProfileKind::Custom:
        return {secrets::SecretKind::DeveloperKey, secrets::SecretKind::AccessKey};
    }
    return {};
}

bool isValidCounterId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        c == u'.' || c == u'_' || c == u':' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace counterdesk::profile
