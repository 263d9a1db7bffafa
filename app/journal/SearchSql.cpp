#include "SearchSql.h"

#include "journal/NameTokens.h"
#include "journal/QuickSearch.h"
#include "journal/SqlValues.h"

#include <QStringList>

namespace counterdesk::journal {

SearchSql::SearchSql(const SearchQuery& query)
{
    addTextFilter(query.text);
    if (query.from.isValid()) {
        addCondition(QStringLiteral("t.created_at >= ?"));
        m_binds += SqlValues::time(query.from);
    }
    if (query.to.isValid()) {
        addCondition(QStringLiteral("t.created_at < ?"));
        m_binds += SqlValues::time(query.to);
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (TransferState s : query.states) {
            marks += QStringLiteral("?");
            m_binds += stateName(s);
        }
        addCondition(QStringLiteral("t.state IN (") + marks.join(u',') + u')');
    }
    if (!query.rails.isEmpty()) {
        QStringList marks;
        for (Rail r : query.rails) {
            marks += QStringLiteral("?");
            m_binds += railName(r);
        }
        addCondition(QStringLiteral("t.rail IN (") + marks.join(u',') + u')');
    }
}

void SearchSql::addCondition(const QString& condition)
{
    m_where += m_where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    m_where += condition;
}

void SearchSql::addTextFilter(const QString& text)
{
    const QuickSearch::Terms terms = QuickSearch::parse(text);
    if (terms.isEmpty())
        return;

    // Compound SELECTs evaluate left to right with equal precedence, so the
    // INTERSECT of name words must come first: ((w1 ∩ w2) ∪ tid ∪ ...).
    QStringList parts;
    QStringList nameParts;
    for (const QString& word : terms.nameWords) {
        nameParts += QStringLiteral("SELECT transfer_id FROM name_tokens WHERE token >= ? AND token < ?");
        m_binds += word;
        m_binds += NameTokens::prefixEnd(word);
    }
    if (!nameParts.isEmpty())
        parts += nameParts.join(QStringLiteral(" INTERSECT "));

    auto exact = [&parts, this](const char* column, const QVariant& value) {
        parts += QStringLiteral("SELECT id FROM transfers WHERE %1 = ?").arg(QLatin1String(column));
        m_binds += value;
    };
    if (!terms.exactRef.isEmpty()) {
        exact("client_ref_id", terms.exactRef);
        exact("bank_ref_num", terms.exactRef);
    }
    if (terms.tid)
        exact("tid", *terms.tid);
    if (terms.mobile)
        exact("sender_mobile", *terms.mobile);
    if (terms.accountTail)
        exact("account_tail", *terms.accountTail);
    if (terms.amount)
        exact("amount_paise", terms.amount->paise());

    addCondition(QStringLiteral("t.id IN (") + parts.join(QStringLiteral(" UNION ")) + u')');
}

} // namespace counterdesk::journal
