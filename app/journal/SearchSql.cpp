#include "SearchSql.h"

#include "journal/NameTokens.h"
#include "journal/QuickSearch.h"
#include "journal/SqlValues.h"
#include "journal/TransferRow.h"

#include <algorithm>

namespace counterdesk::journal {

SearchSql::SearchSql(const SearchQuery& query)
    : m_query(query)
{
    addBranches();
    for (const Branch& b : m_branches)
        m_binds += b.binds;
    QStringList where;
    if (m_branches.isEmpty()) {
        const QString date = dateCondition(QStringLiteral("t.created_at"), m_binds);
        if (!date.isEmpty())
            where += date;
    }
    const qsizetype beforeRow = m_binds.size();
    const QString row = rowConditions(m_branches.isEmpty() ? QStringLiteral("t.") : QStringLiteral("f."));
    if (!row.isEmpty())
        where += row;
    m_rowBinds = m_binds.mid(beforeRow);
    if (!where.isEmpty())
        m_rowWhere = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString SearchSql::dateCondition(const QString& column, QVariantList& binds) const
{
    QStringList parts;
    if (m_query.from.isValid()) {
        parts += column + QStringLiteral(" >= ?");
        binds += SqlValues::time(m_query.from);
    }
    if (m_query.to.isValid()) {
        parts += column + QStringLiteral(" < ?");
        binds += SqlValues::time(m_query.to);
    }
    return parts.join(QStringLiteral(" AND "));
}

QString SearchSql::rowConditions(const QString& alias)
{
    QStringList parts;
    if (!m_query.states.isEmpty()) {
        QStringList marks;
        for (TransferState s : m_query.states) {
            marks += QStringLiteral("?");
            m_binds += stateName(s);
        }
        parts += alias + QStringLiteral("state IN (") + marks.join(u',') + u')';
    }
    if (!m_query.rails.isEmpty()) {
        QStringList marks;
        for (Rail r : m_query.rails) {
            marks += QStringLiteral("?");
            m_binds += railStoredName(r);
        }
        parts += alias + QStringLiteral("rail IN (") + marks.join(u',') + u')';
    }
    m_needsRow = !parts.isEmpty();
    return parts.join(QStringLiteral(" AND "));
}

void SearchSql::addBranches()
{
    const QuickSearch::Terms terms = QuickSearch::parse(m_query.text);
    if (terms.isEmpty())
        return;

    if (!terms.nameWords.isEmpty()) {
        // The longest word drives (a longer prefix is usually rarer); the
        // others are checked per candidate in its row's name_words.
        QStringList words = terms.nameWords;
        std::stable_sort(words.begin(), words.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        Branch b;
        b.sql = QStringLiteral("SELECT transfer_id AS id, created_at FROM name_tokens n"
                               " WHERE token >= ? AND token < ?");
        b.binds << words.first() << NameTokens::prefixEnd(words.first());
        const QString date = dateCondition(QStringLiteral("created_at"), b.binds);
        if (!date.isEmpty())
            b.sql += QStringLiteral(" AND ") + date;
        for (qsizetype i = 1; i < words.size(); ++i) {
            b.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM transfers w WHERE w.id = n.transfer_id"
                                    " AND instr(w.name_words, ?) > 0)");
            b.binds << NameTokens::wordStart(words[i]);
        }
        m_branches += b;
    }

    auto exact = [this](const char* column, const QVariant& value, Tier tier, int rank) {
        Branch b;
        b.tier = tier;
        b.rank = rank;
        b.sql =
            QStringLiteral("SELECT id, created_at FROM transfers WHERE %1 = ?").arg(QLatin1String(column));
        b.binds << value;
        const QString date = dateCondition(QStringLiteral("created_at"), b.binds);
        if (!date.isEmpty())
            b.sql += QStringLiteral(" AND ") + date;
        m_branches += b;
    };
    // Ranks follow SearchMatch: a transfer's own identifier, then its customer.
    if (!terms.exactRef.isEmpty()) {
        exact("client_ref_id", terms.exactRef, Tier::Exact, 0);
        exact("bank_ref_num", terms.exactRef, Tier::Exact, 0);
    }
    if (terms.tid)
        exact("tid", *terms.tid, Tier::Exact, 0);
    if (terms.mobile)
        exact("sender_mobile", *terms.mobile, Tier::Exact, 1);
    if (terms.accountTail)
        exact("account_tail", *terms.accountTail, Tier::Looser, 0);
    if (terms.amount)
        exact("amount_paise", terms.amount->paise(), Tier::Looser, 0);
}

bool SearchSql::hasTier(Tier tier) const
{
    return std::any_of(m_branches.cbegin(), m_branches.cend(),
                       [tier](const Branch& b) { return b.tier == tier; });
}

QVariantList SearchSql::binds(Tier tier) const
{
    QVariantList out;
    for (const Branch& b : m_branches) {
        if (b.tier == tier)
            out += b.binds;
    }
    return out + m_rowBinds;
}

QString SearchSql::fromCandidates(const QString& compound, std::optional<Tier> tier) const
{
    QStringList selects;
    for (const Branch& b : m_branches) {
        if (tier && b.tier != *tier)
            continue;
        if (tier == Tier::Exact)
            // The rank travels as a third column; SQLite flattens the wrapper.
            selects += QStringLiteral("SELECT id, created_at, %1 AS tier_rank FROM (%2)")
                           .arg(QString::number(b.rank), b.sql);
        else
            selects += b.sql;
    }
    const QString join = m_needsRow ? QStringLiteral(" JOIN transfers f ON f.id = m.id") : QString();
    return QStringLiteral(" FROM (") + selects.join(compound) + QStringLiteral(") m") + join + m_rowWhere;
}

QString SearchSql::pageStatement() const
{
    return QStringLiteral("SELECT ") + TransferRow::columns() + QStringLiteral(" FROM transfers t") +
           m_rowWhere + QStringLiteral(" ORDER BY t.created_at DESC, t.id DESC LIMIT ? OFFSET ?");
}

QString SearchSql::candidateStatement() const
{
    return QStringLiteral("SELECT m.id, m.created_at") +
           fromCandidates(QStringLiteral(" UNION ALL "), Tier::Looser) +
           QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT ?");
}

QString SearchSql::exactStatement() const
{
    return QStringLiteral("SELECT m.id, MIN(m.tier_rank) AS best, MAX(m.created_at) AS at") +
           fromCandidates(QStringLiteral(" UNION ALL "), Tier::Exact) +
           QStringLiteral(" GROUP BY m.id ORDER BY best, at DESC, m.id DESC LIMIT ?");
}

QString SearchSql::countStatement() const
{
    if (m_branches.isEmpty())
        return QStringLiteral("SELECT COUNT(*) FROM transfers t") + m_rowWhere;
    return QStringLiteral("SELECT COUNT(*)") + fromCandidates(QStringLiteral(" UNION "), std::nullopt);
}

} // namespace counterdesk::journal
