// LedgerThread: a Ledger (its own PostgreSQL connection) on a thread of its
// own, so that the gateway's event loop never waits for a round trip.
//
// Done on the event loop, each statement's wait stopped every other request
// from being read, forwarded and answered; under load the waits added up to
// the latency's tail (docs/gateway.md "Where the time goes"). The gateway has
// four: one authenticates and admits every request, an Initiate with its
// row, and reads the transfer an inquiry or a refund is about (CounterAuth,
// Ledger::admitRequest, Ledger::admitInitiate); one writes the money calls'
// answers, the refunds' rows and the reconciler's; one the answer events'
// batches and the replay guard's pruning; one serves /healthz, /metrics and
// the status page.
//
// Jobs run one after the other in the order they were given, so a money
// call's rows are written in order (a refund's REFUNDING row before its
// answer; an Initiate's answer is given only after its row came back).
// Each job's result comes back to `done` on the thread that owns this object,
// after the job has returned: a transfer's row is committed before `done`
// forwards it.
#pragma once

#include "gateway/Ledger.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace counterdesk::gateway {

class LedgerThread : public QObject
{
    Q_OBJECT
public:
    // The connection is opened on the thread by the first job; a database
    // that cannot be reached yet makes each job's Ledger calls fail (their
    // error statuses) until it can.
    LedgerThread(const QString& conninfo, const QString& connectionName, QObject* parent = nullptr);
    // Runs every job given so far (a money call's answer is written even as
    // the process stops), then stops the thread. `done`s not called yet are
    // dropped with this object.
    ~LedgerThread() override;

    // job(Ledger&) runs on the thread; done(result) then runs on this
    // object's thread. Both are copied, so capture values, not references.
    template <typename Job, typename Done> void run(Job job, Done done)
    {
        using Result = std::invoke_result_t<Job&, Ledger&>;
        if constexpr (std::is_void_v<Result>) {
            post([job](Ledger& ledger) mutable { job(ledger); }, [done]() mutable { done(); });
        } else {
            // Shared, not copied: a result may hold a move-only MoneyCallTicket.
            auto result = std::make_shared<std::optional<Result>>();
            post([job, result](Ledger& ledger) mutable { result->emplace(job(ledger)); },
                 [done, result]() mutable { done(std::move(**result)); });
        }
    }

    // Runs job on the thread and waits for it: only where nothing else may
    // run first (the last batch of events as the process stops). job may
    // capture references: it has run when this returns.
    void runAndWait(const std::function<void(Ledger&)>& job);

    // Waits for every job given so far and calls their `done`s now, on this
    // object's thread: before the process stops, so that every statement
    // given is written and its `done` has seen the result.
    void finishJobs();

private:
    class Connection;

    void post(std::function<void(Ledger&)> job, std::function<void()> done);

    QThread m_thread;
    Connection* m_connection = nullptr; // lives on m_thread
};

} // namespace counterdesk::gateway
