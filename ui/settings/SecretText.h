// SecretText: where the keys went, in words the agent can repeat to support.
// Said plainly every time a key is saved, because "kept for this session
// only" means typing the keys again after a restart.
#pragma once

#include "secrets/SecretKind.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace counterdesk::ui {

class SecretText
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::SecretText)
public:
    static QString written(secrets::SecretWrite result);
    // Where the profile's signing secret (kind) is kept.
    static QString source(secrets::SecretSource source, secrets::SecretKind kind);
};

} // namespace counterdesk::ui
