#include "SearchMatch.h"

#include "domain/AccountMask.h"

namespace counterdesk::journal {

bool isExactMatch(SearchMatch match)
{
    switch (match) {
    case SearchMatch::Tid:
    case SearchMatch::ClientRef:
    case SearchMatch::Utr:
    case SearchMatch::Mobile:
        return true;
    case SearchMatch::AccountTail:
    case SearchMatch::Amount:
    case SearchMatch::Name:
    case SearchMatch::None:
        return false;
    }
    return false;
}

QString matchName(SearchMatch match)
{
    switch (match) {
    case SearchMatch::Tid:
        return QStringLiteral("tid");
    case SearchMatch::ClientRef:
        return QStringLiteral("client_ref_id");
    case SearchMatch::Utr:
        return QStringLiteral("utr");
    case SearchMatch::Mobile:
        return QStringLiteral("mobile");
    case SearchMatch::AccountTail:
        return QStringLiteral("account_tail");
    case SearchMatch::Amount:
        return QStringLiteral("amount");
    case SearchMatch::Name:
        return QStringLiteral("name");
    case SearchMatch::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

SearchMatch matchOf(const QuickSearch::Terms& terms, const Transfer& t)
{
    if (terms.isEmpty())
        return SearchMatch::None;
    if (terms.tid && !t.tid.isEmpty() && t.tid == *terms.tid)
        return SearchMatch::Tid;
    if (!terms.exactRef.isEmpty() && t.clientRefId == terms.exactRef)
        return SearchMatch::ClientRef;
    if (!terms.exactRef.isEmpty() && !t.bankRefNum.isEmpty() && t.bankRefNum == terms.exactRef)
        return SearchMatch::Utr;
    if (terms.mobile && t.senderMobile == *terms.mobile)
        return SearchMatch::Mobile;
    if (terms.accountTail && AccountMask::tail(t.recipientAccountMasked) == *terms.accountTail)
        return SearchMatch::AccountTail;
    if (terms.amount && t.amount == *terms.amount)
        return SearchMatch::Amount;
    return SearchMatch::Name;
}

} // namespace counterdesk::journal
