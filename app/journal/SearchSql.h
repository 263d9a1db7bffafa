// SearchSql: the WHERE clause and bind values of a history query.
//
// Each reading of the quick text (QuickSearch) becomes one indexed
// sub-select; their UNION is the candidate set, which the date, state and
// rail filters then narrow. This keeps every branch an index seek on a
// million rows instead of one OR that SQLite might answer with a scan.
#pragma once

#include "journal/SearchQuery.h"

#include <QString>
#include <QVariantList>

namespace counterdesk::journal {

class SearchSql
{
public:
    // `where` is empty or starts with " WHERE "; columns use alias `t`.
    SearchSql(const SearchQuery& query);

    const QString& where() const { return m_where; }
    const QVariantList& binds() const { return m_binds; }

private:
    void addTextFilter(const QString& text);
    void addCondition(const QString& condition);

    QString m_where;
    QVariantList m_binds;
};

} // namespace counterdesk::journal
