// MoneyCallTicket: proof that the journal holds the row before money moves.
//
// DESIGN.md "Journal first, by construction": the client's Initiate and
// Refund calls take a ticket, and only the journal's "recorded as
// submitting" steps (Journal::recordSubmitting, Journal::recordRefunding,
// and on counterdesk-gateway Ledger::admitInitiate/recordRefunding)
// can make one: the constructor is private and those two are its only
// friends. New code therefore cannot send money without a durable row.
//
// A ticket is spent by the call it is given to (move-only; a moved-from
// ticket is empty and the client refuses it), so one journal record pays for
// exactly one POST.
#pragma once

#include <QString>

namespace counterdesk::journal {
class Journal;
}
namespace counterdesk::gateway {
class Ledger;
}

namespace counterdesk {

class MoneyCallTicket
{
public:
    enum class Kind { None, Initiate, Refund };

    MoneyCallTicket(MoneyCallTicket&& other) noexcept;
    MoneyCallTicket& operator=(MoneyCallTicket&& other) noexcept;
    MoneyCallTicket(const MoneyCallTicket&) = delete;
    MoneyCallTicket& operator=(const MoneyCallTicket&) = delete;
    ~MoneyCallTicket() = default;

    // False once spent (moved from).
    bool isValid() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    qint64 transferId() const { return m_transferId; }
    // The row's client_ref_id: Initiate sends exactly this one.
    const QString& clientRefId() const { return m_clientRefId; }
    // For a refund: the Eko tid the refund is for.
    const QString& tid() const { return m_tid; }

private:
    friend class journal::Journal;
    friend class gateway::Ledger; // the gateway's PostgreSQL ledger: admitInitiate/recordRefunding
    MoneyCallTicket(Kind kind, qint64 transferId, QString clientRefId, QString tid);

    Kind m_kind = Kind::None;
    qint64 m_transferId = 0;
    QString m_clientRefId;
    QString m_tid;
};

} // namespace counterdesk
