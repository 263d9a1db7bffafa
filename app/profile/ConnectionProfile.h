// ConnectionProfile: where the console sends Eko calls and as whom.
//
// Only non-secret fields live here: the developer key and access key (or a
// gateway counter's secret) belong to SecretStore (OS keychain), never to a
// settings file or a profile file.
#pragma once

#include "domain/ProfileKind.h"
#include "eko/EkoTypes.h"
#include "secrets/SecretKind.h"

#include <QList>
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
    // Gateway only: the counter's id at counterdesk-gateway (its secret is
    // in SecretStore) and an optional PEM file of the partner's own CA.
    QString counterId;
    QString caFile;

    bool isTraining() const { return kind == ProfileKind::Training; }
    bool isGateway() const { return kind == ProfileKind::Gateway; }
    // Made by the partner or the agent, not one of BuiltInProfiles.
    bool isUserMade() const { return kind == ProfileKind::Custom || kind == ProfileKind::Gateway; }
    // Training runs against the sandbox's built-in keys, so nothing is asked.
    bool needsSecrets() const { return kind != ProfileKind::Training; }
    // The secrets this profile's client signs with: Eko's two keys, or a
    // gateway counter's own secret (never Eko's keys).
    QList<secrets::SecretKind> secretKinds() const;

    bool operator==(const ConnectionProfile&) const = default;
};

// A counter id as counterdesk-gateway prints it: 1-64 letters, digits, '.',
// '_', ':' or '-' (it is sent as the counter-id header, so nothing that
// would need quoting there).
bool isValidCounterId(QStringView id);

} // namespace counterdesk::profile
