// BankLookup: the one home of "IFSC -> Eko's bank_id (cached)".
//
// bank_id is Eko's own number and Eko publishes no list (DESIGN.md "Banks and
// channels"), so it always comes from Get IFSC Details for the FULL IFSC: a
// leased "sublet" IFSC belongs to another bank than its first four letters
// say. Answers are kept in the journal database per IFSC and asked again
// once older than maxAge. Before any call, the offline directory catches a
// code no bank has (a typo); a branch the directory does not list still goes
// to Eko, because the directory may be older than the branch.
//
// Used by TransferSession (Add Recipient in the wizard) and the CLI.
#pragma once

#include "banks/IfscDirectory.h"
#include "eko/EkoTypes.h"
#include "journal/BankAnswer.h"
#include "money/Ifsc.h"

#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace counterdesk::eko {
class EkoClient;
class PendingCall;
} // namespace counterdesk::eko

namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::transfer {

struct BankLookupOptions
{
    eko::Rail rail = eko::Rail::DigiKhata; // whose endpoint set asks (the path is shared)
    // "Now" in UTC for the answer's age; empty = the system clock. Tests pin it.
    std::function<QDateTime()> clock;
    std::chrono::hours maxAge{24 * 30};
};

class BankLookup
{
public:
    // client and journal must outlive the lookup and every call it made;
    // the journal may be null (nothing is cached then).
    BankLookup(eko::EkoClient* client, journal::Journal* journal, BankLookupOptions options = {});

    // What the offline directory says of the typed code.
    static banks::IfscDirectory::Lookup checkOffline(const QString& ifsc);
    // True when the directory proves the code wrong (malformed, or no bank
    // has its four letters): then nothing is sent to Eko.
    static bool isCaughtOffline(const banks::IfscDirectory::Lookup& offline);

    // Eko's answer for this IFSC from the journal, if younger than maxAge.
    std::optional<eko::BankDetails> cached(const Ifsc& ifsc) const;
    // Asks Eko. A success is kept in the journal before the caller's own
    // slots on finished() run (connect after this returns).
    eko::PendingCall* fetch(const Ifsc& ifsc);

    static eko::BankDetails fromAnswer(const journal::BankAnswer& answer);
    static journal::BankAnswer toAnswer(const QString& ifsc, const eko::BankDetails& details,
                                        const QDateTime& fetchedAt);

private:
    QDateTime now() const;

    eko::EkoClient* m_client;
    journal::Journal* m_journal;
    BankLookupOptions m_options;
};

} // namespace counterdesk::transfer
