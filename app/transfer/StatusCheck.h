// StatusCheck: one Transaction Inquiry by client_ref_id, recorded.
//
// Asks Eko where one journal row stands and moves the row with the answer:
// a decisive answer sets the state Eko reports; "not found" and "no answer"
// are recorded too (as an unresolved check that advances the journal's
// back-off) so no inquiry goes unaccounted. It never concludes FAILED from
// "not found": that is the Reconciler's decision, made with the row's age.
//
// Emits finished() once, from the event loop, then deletes itself.
#pragma once

#include "journal/EventSource.h"
#include "journal/JournalError.h"
#include "journal/Transfer.h"
#include "transfer/TransferOutcome.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace counterdesk::eko {
class EkoClient;
class PendingCall;
struct Result;
} // namespace counterdesk::eko

namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::transfer {

class StatusCheck : public QObject
{
    Q_OBJECT
public:
    // Starts at once. `source` is Inquiry (the agent's screen) or Reconcile.
    // A row of another profile than the client's (ProfileScope) is not asked
    // about: it finishes with NoAnswer and the journal untouched.
    static StatusCheck* start(eko::EkoClient* client, journal::Journal* journal,
                              const journal::Transfer& transfer, journal::EventSource source,
                              QObject* parent = nullptr);

    void abort();

Q_SIGNALS:
    // `transfer` is the row after recording (or as it was, when the journal
    // refused the write: see journalError). verdict: what Eko said.
    void finished(const counterdesk::journal::Transfer& transfer,
                  counterdesk::journal::InquiryVerdict verdict,
                  counterdesk::journal::JournalError journalError);

private:
    StatusCheck(journal::Journal* journal, journal::Transfer transfer, journal::EventSource source,
                QObject* parent);
    void onAnswer(const eko::Result& result);

    journal::Journal* m_journal;
    journal::Transfer m_transfer;
    journal::EventSource m_source;
    QPointer<eko::PendingCall> m_call;
};

} // namespace counterdesk::transfer
