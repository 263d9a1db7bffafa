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

    // A SUBMITTING row is not asked about while its own Initiate POST may
    // still be in flight. An Initiate can take two attempts (one re-send
    // after Eko's clock 403), each up to the client's request timeout, so
    // the grace is three timeouts, and never under 90 s. A profile's timeout
    // can be up to 300 s, so the grace follows the client that sent the
    // POST (ReconcilerOptions); after a crash the reconciler picks the row up
    // once it has passed.
    static std::chrono::seconds submittingGrace(std::chrono::milliseconds requestTimeout);
    // The grace for the client's default 30 s timeout.
    static constexpr std::chrono::seconds defaultSubmittingGrace{90};

    static QDateTime nextCheck(const QDateTime& lastEventAt, int attempts)
    {
        return lastEventAt.addSecs(delayAfter(attempts).count());
    }
};

} // namespace counterdesk::journal
