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
#pragma once

#include "journal/SearchQuery.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace counterdesk::journal {

class SearchSql
{
public:
    explicit SearchSql(const SearchQuery& query);

    bool hasText() const { return !m_branches.isEmpty(); }

    // No text: TransferRow::columns(), newest first. Bind binds(), LIMIT, OFFSET.
    QString pageStatement() const;
    // Text: (id, created_at) of candidates, newest first, possibly with
    // adjacent repeats. Bind binds(), then LIMIT.
    QString candidateStatement() const;
    // The number of distinct matches. Bind binds().
    QString countStatement() const;
    const QVariantList& binds() const { return m_binds; }

private:
    struct Branch
    {
        QString sql;
        QVariantList binds;
    };
    QString dateCondition(const QString& column, QVariantList& binds) const;
    void addBranches();
    QString rowConditions(const QString& alias);
    QString fromCandidates(const QString& compound) const;

    const SearchQuery m_query;
    QList<Branch> m_branches;
    QString m_rowWhere; // " WHERE ..." or empty
    bool m_needsRow = false;
    QVariantList m_binds;
};

} // namespace counterdesk::journal
