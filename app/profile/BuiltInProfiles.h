// BuiltInProfiles: the three profiles every installation starts with.
//
// UAT carries Eko's PUBLIC staging identity and keys (REFERENCE.md §2.3), the
// only keys the repository may hold; a partner replaces them with their own
// signup keys in the keychain. Production carries no identity at all: it must
// be filled in by the partner, and its keys never ship (REFERENCE.md §2.4).
#pragma once

#include "profile/ConnectionProfile.h"

#include <QList>

namespace counterdesk::profile {

class BuiltInProfiles
{
public:
    static ConnectionProfile training();
    static ConnectionProfile uat();
    static ConnectionProfile production();
    static QList<ConnectionProfile> all();

    // Eko's published UAT credentials (public; REFERENCE.md §2.3).
    static QString uatDeveloperKey();
    static QByteArray uatAccessKey();
    static QString uatInitiatorId();
    static QString uatUserCode();
    static QString uatTestCustomer(); // 6111111111
};

} // namespace counterdesk::profile
