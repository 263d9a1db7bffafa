#include "profile/BuiltInProfiles.h"

namespace counterdesk::profile {

ConnectionProfile BuiltInProfiles::training()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Training");
    p.kind = ProfileKind::Training;
    // The sandbox accepts the public UAT identity, and using it here means a
    // training journal row looks like a UAT one to support.
    p.initiatorId = uatInitiatorId();
    p.userCode = uatUserCode();
    return p;
}

ConnectionProfile BuiltInProfiles::uat()
{
    ConnectionProfile p;
    p.name = QStringLiteral("UAT");
    p.kind = ProfileKind::Uat;
    p.baseUrl = QUrl(QStringLiteral("https://staging.eko.in/ekoapi/v3"));
    p.initiatorId = uatInitiatorId();
    p.userCode = uatUserCode();
    return p;
}

ConnectionProfile BuiltInProfiles::production()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Production");
    p.kind = ProfileKind::Production;
    p.baseUrl = QUrl(QStringLiteral("https://api.eko.in/ekoicici/v3"));
    return p;
}

QList<ConnectionProfile> BuiltInProfiles::all()
{
    return {training(), uat(), production()};
}

QString BuiltInProfiles::uatDeveloperKey()
{
    return QStringLiteral("becbbce45f79c6f5109f848acd540567");
}

QByteArray BuiltInProfiles::uatAccessKey()
{
    return QByteArrayLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
}

QString BuiltInProfiles::uatInitiatorId()
{
    return QStringLiteral("9962981729");
}

QString BuiltInProfiles::uatUserCode()
{
    return QStringLiteral("20810200");
}

QString BuiltInProfiles::uatTestCustomer()
{
    return QStringLiteral("6111111111");
}

} // namespace counterdesk::profile
