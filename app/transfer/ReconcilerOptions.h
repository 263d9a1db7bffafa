// ReconcilerOptions: how often and how patiently the Reconciler asks.
#pragma once

#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace counterdesk::transfer {

struct ReconcilerOptions
{
    // How often the journal is asked which rows are due. The per-row
    // schedule itself is the journal's (Backoff: seconds, minutes, hourly),
    // stored with the row so it survives restarts.
    std::chrono::milliseconds tick{std::chrono::seconds(10)};
    // "Not found" is only concluded to mean "never created" (FAILED) when
    // Eko has said so at least this many times AND the transfer was
    // submitted at least this long ago. Eko gives no bound on how late a
    // transfer can appear in inquiry (REFERENCE.md §3.6), so the age is the
    // real safety: 30 min is 60x the client's default 30 s POST timeout (6x
    // the longest a profile allows, 300 s) and covers a request stuck in a
    // proxy or Eko's queue. Before that, the row stays
    // UNKNOWN and the sender stays blocked: a false FAILED could let the
    // customer pay twice, a late answer only costs waiting.
    //
    // The same two numbers decide that a refund never arrived: a REFUNDING
    // row goes back to REFUND_PENDING (a new refund needs the customer's
    // OTP) only after Eko answered "refund pending" for the transfer that
    // many times, at least that long after the refund was claimed.
    int notFoundConfirmations = 5;
    std::chrono::minutes notFoundMinimumAge{30};
    // The request timeout of the client that sends the Initiates; empty =
    // the reconciler's own client's (eko::ClientConfig::timeoutMs). A young
    // SUBMITTING row is left alone for Backoff::submittingGrace of it.
    std::optional<std::chrono::milliseconds> requestTimeout;
    // "Now" in UTC; empty = system clock. Tests pin it (with the journal's).
    std::function<QDateTime()> clock;
};

} // namespace counterdesk::transfer
