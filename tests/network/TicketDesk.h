// TicketDesk: journal tickets for tests that call the client's money calls
// directly.
//
// EkoClient::initiateTransaction and refund take only a MoneyCallTicket,
// whose constructor the journal alone can call (journal first, by
// construction). So these tests get theirs the one way there is: a row
// recorded as submitting, or a refund claimed, in a throwaway journal. Each
// ticket gets a row of its own (its own made-up sender, so the one-open-
// transfer guard never refuses it); the row is not what these tests check.
// A client_ref_id used before (a test of Eko's duplicate check) is recorded
// in another counter's journal, as two counters could collide.
#pragma once

#include "domain/ClientRefId.h"
#include "domain/MoneyCallTicket.h"
#include "eko/EkoTypes.h"
#include "journal/Journal.h"

#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace counterdesk::tests {

class TicketDesk
{
public:
    TicketDesk() = default;

    // For request.clientRefId (a fresh ref when it is empty). A journal
    // that refuses stops the test run: the desk itself is broken.
    MoneyCallTicket initiate(const eko::InitiateTransactionRequest& request)
    {
        const QString ref = request.clientRefId.isEmpty() ? ClientRefId::generate() : request.clientRefId;
        for (std::size_t counter = 0;; ++counter) {
            journal::Result<MoneyCallTicket> ticket = journalOf(counter).recordSubmitting(row(ref));
            if (ticket.error() != journal::JournalError::DuplicateRef)
                return take(std::move(ticket));
        }
    }

    // For request.tid: a row made refund pending with that tid, then claimed.
    MoneyCallTicket refund(const eko::RefundRequest& request)
    {
        const QString ref = ClientRefId::generate();
        journal::Journal& journal = journalOf(0);
        take(journal.recordSubmitting(row(ref)));
        journal::OutcomeFields failed;
        failed.tid = request.tid;
        if (!journal
                 .recordOutcome(ref, journal::TransferState::RefundPending, failed,
                                journal::EventSource::InitiateResponse)
                 .ok())
            qFatal("TicketDesk: the journal refused REFUND_PENDING");
        return take(journal.recordRefunding(ref));
    }

private:
    journal::NewTransfer row(const QString& ref)
    {
        journal::NewTransfer t;
        t.clientRefId = ref;
        t.rail = Rail::DigiKhata;
        t.profile = QStringLiteral("test");
        t.senderMobile = QStringLiteral("9%1").arg(++m_senders, 9, 10, QLatin1Char('0'));
        t.recipientId = QStringLiteral("1");
        t.amount = Money::fromRupees(1);
        return t;
    }

    // Counter n's journal, opened on first use.
    journal::Journal& journalOf(std::size_t counter)
    {
        while (m_journals.size() <= counter) {
            auto journal = std::make_unique<journal::Journal>();
            const QString dir = m_dir.filePath(QString::number(m_journals.size()));
            if (!m_dir.isValid() || !journal->open(dir).ok())
                qFatal("TicketDesk: no journal in %s", qPrintable(dir));
            m_journals.push_back(std::move(journal));
        }
        return *m_journals.at(counter);
    }

    MoneyCallTicket take(journal::Result<MoneyCallTicket>&& ticket)
    {
        if (!ticket.ok())
            qFatal("TicketDesk: the journal refused a ticket (%s)",
                   qPrintable(journal::errorName(ticket.error())));
        return std::move(ticket).value();
    }

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<journal::Journal>> m_journals;
    int m_senders = 0;
};

} // namespace counterdesk::tests
