#include "profile/ProfileStore.h"

#include "domain/Rail.h"
#include "eko/EndpointTable.h"
#include "platform/Platform.h"
#include "profile/BuiltInProfiles.h"

#include <QSettings>
#include <algorithm>

namespace counterdesk::profile {
namespace {
const QString kRoot = QStringLiteral("profiles");
} // namespace

ProfileStore::ProfileStore(const QString& settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

// Profile names are free text ("Shop 12 UAT"); percent-encoding keeps every
// one a single, reversible QSettings group name.
QString ProfileStore::groupFor(const QString& name)
{
    return kRoot + u'/' + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

std::optional<ConnectionProfile> ProfileStore::read(const QString& group) const
{
    m_settings->beginGroup(group);
    std::optional<ConnectionProfile> result;
    if (m_settings->contains(QStringLiteral("name"))) {
        ConnectionProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.kind = profileKindFromName(m_settings->value(QStringLiteral("kind")).toString())
                     .value_or(ProfileKind::Custom);
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("base_url")).toString());
        p.initiatorId = m_settings->value(QStringLiteral("initiator_id")).toString();
        p.userCode = m_settings->value(QStringLiteral("user_code")).toString();
        p.rail = railFromStoredName(m_settings->value(QStringLiteral("rail")).toString())
                     .value_or(Rail::DigiKhata);
        p.timeoutSeconds = std::clamp(m_settings->value(QStringLiteral("timeout_s"), 30).toInt(), 1, 300);
        p.endpointsFile = m_settings->value(QStringLiteral("endpoints")).toString();
        p.latlong = m_settings->value(QStringLiteral("latlong")).toString();
        p.counterId = m_settings->value(QStringLiteral("counter_id")).toString();
        p.caFile = m_settings->value(QStringLiteral("ca_file")).toString();
        result = p;
    }
    m_settings->endGroup();
    return result;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    QStringList builtInNames;
    for (const ConnectionProfile& builtIn : BuiltInProfiles::all()) {
        list.append(read(groupFor(builtIn.name)).value_or(builtIn));
        builtInNames.append(builtIn.name);
    }
    m_settings->beginGroup(kRoot);
    QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(groups.begin(), groups.end());
    for (const QString& group : groups) {
        const std::optional<ConnectionProfile> p = read(kRoot + u'/' + group);
        if (p && !builtInNames.contains(p->name))
            list.append(*p);
    }
    return list;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& name) const
{
    for (const ConnectionProfile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::save(const ConnectionProfile& p)
{
    if (p.name.trimmed().isEmpty())
        return false;
    if (!p.isTraining() && !eko::EndpointTable::isAllowedUrl(p.baseUrl))
        return false;
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("kind"), profileKindName(p.kind));
    m_settings->setValue(QStringLiteral("base_url"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("initiator_id"), p.initiatorId);
    m_settings->setValue(QStringLiteral("user_code"), p.userCode);
    m_settings->setValue(QStringLiteral("rail"), railStoredName(p.rail));
    m_settings->setValue(QStringLiteral("timeout_s"), p.timeoutSeconds);
    m_settings->setValue(QStringLiteral("endpoints"), p.endpointsFile);
    m_settings->setValue(QStringLiteral("latlong"), p.latlong);
    // A Gateway profile's counter id is not a secret (its secret is in the
    // keychain); the keys stay empty for other kinds.
    m_settings->setValue(QStringLiteral("counter_id"), p.counterId);
    m_settings->setValue(QStringLiteral("ca_file"), p.caFile);
    m_settings->endGroup();
    return true;
}

void ProfileStore::remove(const QString& name)
{
    m_settings->remove(groupFor(name));
}

void ProfileStore::sync()
{
    m_settings->sync();
    platform::restrictToOwner(m_settings->fileName());
}

} // namespace counterdesk::profile
