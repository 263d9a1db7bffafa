// QuickSearch: what the agent's one-box search text may mean.
//
// Agents type whatever the customer shows them: a TID from an SMS, a mobile,
// the last digits of an account, an amount, a name. The text is read every
// way it plausibly can be and the matches are OR-ed, so "9876543210" finds
// the sender with that mobile and a transfer with that TID alike.
//   10-11 digits                 TID
//   10 digits starting 6-9       sender mobile (also +91 / 0 prefixed)
//   9-18 digits                  account number (matched on its last 4)
//   4 digits                     account tail (and an amount)
//   <= 7 digits, or 1,500.50,
//   ₹1500, Rs 1500               amount in rupees
//   anything                     client_ref_id or bank_ref_num (UTR), exact
//   words with letters           sender/recipient name, word prefixes
#pragma once

#include "money/Money.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace counterdesk::journal {

class QuickSearch
{
public:
    struct Terms
    {
        QString exactRef; // client_ref_id or bank_ref_num; empty if none
        std::optional<QString> tid;
        std::optional<QString> mobile;
        std::optional<QString> accountTail;
        std::optional<Money> amount;
        QStringList nameWords; // lower-case word prefixes, all must match

        bool isEmpty() const
        {
            return exactRef.isEmpty() && !tid && !mobile && !accountTail && !amount && nameWords.isEmpty();
        }
        bool operator==(const Terms&) const = default;
    };

    static Terms parse(const QString& text);
};

} // namespace counterdesk::journal
