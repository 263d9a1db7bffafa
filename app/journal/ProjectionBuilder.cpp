#include "ProjectionBuilder.h"

#include "journal/Backoff.h"

namespace counterdesk::journal {

namespace {
template <typename T> void takeIfPresent(T& target, const std::optional<T>& value)
{
    if (value)
        target = *value;
}
} // namespace

void ProjectionBuilder::apply(Transfer& transfer, const TransferEvent& event)
{
    if (!event.fromState)
        transfer.checkAttempts = 0;
    transfer.state = event.toState;
    transfer.updatedAt = event.at;
    transfer.lastEventId = event.id;

    // A later answer overrides an earlier one; a field the answer did not
    // carry keeps what we knew (an inquiry without a UTR must not erase it).
    const OutcomeFields& f = event.fields;
    takeIfPresent(transfer.tid, f.tid);
    takeIfPresent(transfer.bankRefNum, f.bankRefNum);
    if (f.fee)
        transfer.fee = f.fee;
    if (f.balanceAfter)
        transfer.balanceAfter = f.balanceAfter;
    takeIfPresent(transfer.channelDesc, f.channelDesc);
    takeIfPresent(transfer.txStatus, f.txStatus);
    takeIfPresent(transfer.txStatusDesc, f.txStatusDesc);

    if (!isOpen(event.toState)) {
        transfer.nextCheckAt = QDateTime();
        return;
    }
    if (isCheckAttempt(event.source))
        ++transfer.checkAttempts;
    // A SUBMITTING row is due from its submit time plus the asker's grace
    // (Journal::dueForCheck), which depends on the client's timeout. A
    // refund just claimed is not asked about while its POST may be in flight.
    if (event.toState == TransferState::Submitting)
        transfer.nextCheckAt = event.at;
    else if (event.toState == TransferState::Refunding && event.fromState != TransferState::Refunding)
        transfer.nextCheckAt = event.at.addSecs(Backoff::defaultSubmittingGrace.count());
    else
        transfer.nextCheckAt = Backoff::nextCheck(event.at, transfer.checkAttempts);
}

void ProjectionBuilder::reset(Transfer& transfer)
{
    transfer.state = TransferState::Submitting;
    transfer.updatedAt = QDateTime();
    transfer.tid.clear();
    transfer.bankRefNum.clear();
    transfer.fee.reset();
    transfer.balanceAfter.reset();
    transfer.channelDesc.clear();
    transfer.txStatus.clear();
    transfer.txStatusDesc.clear();
    transfer.checkAttempts = 0;
    transfer.nextCheckAt = QDateTime();
    transfer.lastEventId = 0;
}

Transfer ProjectionBuilder::fold(Transfer identity, const QList<TransferEvent>& events)
{
    reset(identity);
    for (const TransferEvent& e : events)
        apply(identity, e);
    return identity;
}

} // namespace counterdesk::journal
