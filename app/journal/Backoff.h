// Backoff: when the reconciler should next ask Eko about an open transfer.
//
// Seconds first (most timeouts resolve quickly), then minutes, then hourly
// (a NEFT can take hours), as REFERENCE.md §3.6 suggests. The schedule is a
// pure function of the attempt count and the last event time, both stored in
// the journal, so it survives restarts and can be rebuilt from the events.
#pragma once

#include <QDateTime>
#include <chrono>

namespace counterdesk::journal {

class Backoff
{
public:
    // Delay before the next inquiry after `attempts` inquiries so far.
    static std::chrono::seconds delayAfter(int attempts);

    // A SUBMITTING row is not polled while its own Initiate POST may still be
    // in flight: the grace is longer than the client's request timeout. After
    // a crash the reconciler picks it up once this has passed.
    static constexpr std::chrono::seconds submittingGrace{90};

    static QDateTime nextCheck(const QDateTime& lastEventAt, int attempts)
    {
        return lastEventAt.addSecs(delayAfter(attempts).count());
    }
};

} // namespace counterdesk::journal
