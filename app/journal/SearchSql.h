// SearchSql: the SQL of one history query and its bind values.
//
// Without text, a page is one ordered range over transfers(created_at).
// With text, each reading of it (QuickSearch) becomes one indexed branch
// yielding (id, created_at): a TID, a mobile, a name word... Branches are
// streamed with UNION ALL into SQLite's top-N sorter on those two columns,
// so a common name matching 60,000 transfers costs a pass over index
// entries, not 60,000 row reads or a temporary b-tree; only the page's rows
// are read. A transfer found by two branches appears twice in that stream,
// next to itself (same created_at and id): Journal drops the repeat.
// The date range is pushed into every branch; state and rail need the row,
// so with them each candidate joins its row.
//
// Branches come in two tiers (SearchMatch): exact ones (the text is a TID,
// a client_ref_id, a UTR or a mobile) and looser ones (an account tail, an
// amount, a name). Journal::search lists the exact tier first, ranked TID /
// reference before mobile; the exact tier is small, so it is grouped and
// ranked in SQL, while the looser one keeps the streaming above.
#pragma once

#include "journal/SearchQuery.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace counterdesk::journal {

class SearchSql
{
public:
    explicit SearchSql(const SearchQuery& query);

    enum class Tier { Exact, Looser };

    bool hasText() const { return !m_branches.isEmpty(); }
    bool hasTier(Tier tier) const;

    // No text: TransferRow::columns(), newest first. Bind binds(), LIMIT, OFFSET.
    QString pageStatement() const;
    // Text, looser tier: (id, created_at) of candidates, newest first,
    // possibly with adjacent repeats. Bind binds(Tier::Looser), then LIMIT.
    QString candidateStatement() const;
    // Text, exact tier: distinct ids, best rank (SearchMatch order) first,
    // then newest first. Bind binds(Tier::Exact), then LIMIT.
    QString exactStatement() const;
    // The number of distinct matches. Bind binds().
    QString countStatement() const;
    const QVariantList& binds() const { return m_binds; }
    // The binds of one tier's statement.
    QVariantList binds(Tier tier) const;

private:
    struct Branch
    {
        QString sql; // SELECT id, created_at ...
        QVariantList binds;
        Tier tier = Tier::Looser;
        int rank = 0; // exact tier: lower is listed first
    };
    QString dateCondition(const QString& column, QVariantList& binds) const;
    void addBranches();
    QString rowConditions(const QString& alias);
    QString fromCandidates(const QString& compound, std::optional<Tier> tier) const;

    const SearchQuery m_query;
    QList<Branch> m_branches;
    QString m_rowWhere; // " WHERE ..." or empty
    bool m_needsRow = false;
    QVariantList m_binds;
    QVariantList m_rowBinds; // state and rail, after every branch's binds
};

} // namespace counterdesk::journal
