// CounterEnrolment: many counters enrolled with the real `counterdesk-gateway
// counter add NAME --json` command, several processes at a time (one process
// per counter is what an operator runs; 1,000 of them one after the other
// would take most of a minute).
#pragma once

#include "GatewayHarness.h"

#include <QList>
#include <QString>

namespace counterdesk::bench {

struct Enrolment
{
    QList<tests::CounterCredential> counters; // in name order: load-0000, load-0001, ...
    QString error;                            // the first failure, if any
    qint64 elapsedMs = 0;
};

Enrolment enrolCounters(const QString& configFile, int count, int inParallel);

} // namespace counterdesk::bench
