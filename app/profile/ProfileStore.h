// ProfileStore: the connection profiles of this PC, kept in a QSettings INI
// file (normally the Settings file) under [profiles].
//
// Only the non-secret fields of ConnectionProfile are written; the keys go to
// SecretStore. The built-in profiles (BuiltInProfiles) are always listed; a
// stored profile of the same name overrides their fields (e.g. a partner's own
// UAT initiator_id), and removing it brings the built-in values back.
#pragma once

#include "profile/ConnectionProfile.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

namespace counterdesk::profile {

class ProfileStore
{
public:
    explicit ProfileStore(const QString& settingsFile);
    ~ProfileStore();

    ProfileStore(const ProfileStore&) = delete;
    ProfileStore& operator=(const ProfileStore&) = delete;

    QList<ConnectionProfile> profiles() const; // built-ins first, then custom ones by name
    std::optional<ConnectionProfile> profile(const QString& name) const;
    // Refuses (false) a nameless profile and a non-loopback http:// URL.
    bool save(const ConnectionProfile& profile);
    void remove(const QString& name);
    void sync();

private:
    static QString groupFor(const QString& name);
    std::optional<ConnectionProfile> read(const QString& group) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace counterdesk::profile
