// PendingCall: one Eko call in flight. Emits finished(Result) exactly once,
// always from the event loop (never inside the EkoClient method that made
// it), then deletes itself; connect to finished() right after the call.
//
// Shaped like KeePassXC's UpdateChecker: the reply's finished -> parse -> one
// result signal, deleteLater on everything.
#pragma once

#include "eko/EkoTypes.h"

#include <QObject>

namespace counterdesk::eko {

class PendingCall : public QObject
{
    Q_OBJECT
public:
    explicit PendingCall(Call call, Rail rail, QObject* parent = nullptr);
    ~PendingCall() override;

    Call call() const { return m_result.call; }
    Rail rail() const { return m_result.rail; }
    bool isFinished() const { return m_finished; }
    const Result& result() const { return m_result; }

    // Stop waiting. A call not yet on the wire ends NotSent/Aborted; one on
    // the wire ends Unknown/Aborted because it may have reached Eko (for a
    // money call: inquire later by client_ref_id; no follow-up is made).
    void abort();

Q_SIGNALS:
    void finished(const counterdesk::eko::Result& result);
    // Eko refused the first attempt with its own authentication 403 after
    // its Date header corrected our clock; the client re-signs and sends
    // once more with the same client_ref_id. `firstAttempt` is that 403, so
    // the caller can record both attempts on the journal row.
    void resending(const counterdesk::eko::Result& firstAttempt);
    // Internal: the client listens to this to stop the network work.
    void abortRequested();

private:
    friend class EkoClient;
    void finish(const Result& result); // emits once, then deleteLater()

    Result m_result;
    bool m_finished = false;
};

} // namespace counterdesk::eko
