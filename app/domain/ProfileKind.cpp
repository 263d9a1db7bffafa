#include "domain/ProfileKind.h"

namespace counterdesk {

QList<ProfileKind> allProfileKinds()
{
    return {ProfileKind::Training, ProfileKind::Uat, ProfileKind::Production, ProfileKind::Custom,
            ProfileKind::Gateway};
}

QString profileKindName(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::Training:
        return QStringLiteral("training");
    case ProfileKind::Uat:
        return QStringLiteral("uat");
    case ProfileKind::Production:
        return QStringLiteral("production");
    case ProfileKind::Custom:
        return QStringLiteral("custom");
    case ProfileKind::Gateway:
        return QStringLiteral("gateway");
    }
    return QStringLiteral("custom");
}

std::optional<ProfileKind> profileKindFromName(QStringView name)
{
    for (const ProfileKind kind : allProfileKinds()) {
        if (name.compare(profileKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace counterdesk
