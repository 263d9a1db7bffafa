// ConnectionProfile: where the console sends Eko calls and as whom.
//
// Only non-secret fields live here: the developer key and access key belong
// to SecretStore (OS keychain), never to a settings file or a profile file.
#pragma once

#include "domain/ProfileKind.h"
#include "eko/EkoTypes.h"

#include <QString>
#include <QStringView>
#include <QUrl>
#include <optional>

namespace counterdesk::profile {

// A profile's kind (Training talks to the in-process sandbox, the others to
// a real Eko host) and its stored names are counterdesk::ProfileKind, in the
// domain library.

struct ConnectionProfile
{
    QString name;
    ProfileKind kind = ProfileKind::Custom;
    QUrl baseUrl; // empty for Training: the sandbox's address is known only once it listens
    QString initiatorId;
    QString userCode;
    eko::Rail rail = eko::Rail::DigiKhata; // the rail a new transfer starts on
    int timeoutSeconds = 30;               // per HTTP attempt
    QString endpointsFile;                 // optional endpoint-table override (JSON)
    QString latlong;                       // optional "28.63,77.22", sent on Initiate

    bool isTraining() const { return kind == ProfileKind::Training; }
    // Training runs against the sandbox's built-in keys, so nothing is asked.
    bool needsSecrets() const { return kind != ProfileKind::Training; }

    bool operator==(const ConnectionProfile&) const = default;
};

} // namespace counterdesk::profile
