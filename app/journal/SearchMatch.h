// SearchMatch: why a transfer is in the result of a history search.
//
// The one box takes a TID, a mobile, an account tail, an amount or a name
// (QuickSearch), so "9876543210" finds the transfer whose TID it is, the
// customer whose mobile it is and every account ending 3210 alike. The
// agent must never mistake the last for the first: the journal ranks exact
// matches (an identifier equal to the text) before the looser ones, and the
// view and the CLI say which is which. The enum's order is the rank.
#pragma once

#include "journal/QuickSearch.h"
#include "journal/Transfer.h"

namespace counterdesk::journal {

enum class SearchMatch {
    // Exact: the text is this transfer's identifier or its customer's mobile.
    Tid,       // the TID Eko gave it
    ClientRef, // our client_ref_id
    Utr,       // the bank's reference (UTR / RRN)
    Mobile,    // the customer's mobile number
    // Looser: many transfers may share these.
    AccountTail, // the recipient account's last four digits
    Amount,      // the amount in rupees
    Name,        // a word of the sender's or recipient's name
    None,        // no text: every transfer matches
};

bool isExactMatch(SearchMatch match);
// Stable machine name for the CLI's JSON: "tid", "client_ref_id", "utr",
// "mobile", "account_tail", "amount", "name", "none".
QString matchName(SearchMatch match);

// The best reason `transfer` matches `terms` (the first in the enum's order
// that holds). Only for transfers the search returned: a transfer that
// matches nothing but a name word is a Name match.
SearchMatch matchOf(const QuickSearch::Terms& terms, const Transfer& transfer);

} // namespace counterdesk::journal
