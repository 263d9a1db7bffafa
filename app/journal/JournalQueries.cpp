// Journal: the read side (guards, reconciler queue, history, totals).
#include "Journal.h"
#include "journal/JournalStore.h"
#include "journal/ProjectionBuilder.h"
#include "journal/QuickSearch.h"
#include "journal/SearchSql.h"
#include "journal/SqlErrors.h"
#include "journal/SqlValues.h"
#include "journal/TransferRow.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace counterdesk::journal {

namespace {
constexpr int kMaxPage = 1000;
} // namespace

Result<bool> Journal::isClientRefUsed(const QString& clientRefId) const
{
    if (!m_store)
        return JournalError::NotOpen;
    return m_store->refUsed(clientRefId);
}

Result<std::optional<Transfer>> Journal::blockingTransferFor(const QString& senderMobile) const
{
    if (!m_store)
        return JournalError::NotOpen;
    return m_store->openTransferOf(senderMobile);
}

Result<std::optional<Transfer>> Journal::transfer(const QString& clientRefId) const
{
    if (!m_store)
        return JournalError::NotOpen;
    return m_store->findByRef(clientRefId);
}

Result<QList<TransferEvent>> Journal::events(const QString& clientRefId) const
{
    if (!m_store)
        return JournalError::NotOpen;
    const Result<std::optional<Transfer>> found = m_store->findByRef(clientRefId);
    if (!found)
        return {found.error(), found.detail()};
    if (!found->has_value())
        return {JournalError::NotFound, clientRefId};
    return m_store->eventsOf(found->value().id);
}

Result<Transfer> Journal::rebuildFromEvents(const QString& clientRefId) const
{
    if (!m_store)
        return JournalError::NotOpen;
    const Result<std::optional<Transfer>> found = m_store->findByRef(clientRefId);
    if (!found)
        return {found.error(), found.detail()};
    if (!found->has_value())
        return {JournalError::NotFound, clientRefId};
    const Result<QList<TransferEvent>> log = m_store->eventsOf(found->value().id);
    if (!log)
        return {log.error(), log.detail()};
    // Only the identity columns of the row are used; they are immutable.
    return ProjectionBuilder::fold(found->value(), *log);
}

// `statement` with `binds`, run and ready to be read forward.
Result<QSqlQuery> Journal::executed(const QString& statement, const QVariantList& binds) const
{
    if (!m_store)
        return JournalError::NotOpen;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return q;
}

Result<QList<Transfer>> Journal::selectTransfers(const QString& statement, const QVariantList& binds) const
{
    Result<QSqlQuery> run = executed(statement, binds);
    if (!run)
        return {run.error(), run.detail()};
    QSqlQuery& q = run.value();
    QList<Transfer> rows;
    while (q.next())
        rows += TransferRow::read(q);
    return rows;
}

Result<QList<Transfer>> Journal::dueForCheck(const QDateTime& now, std::chrono::seconds submittingGrace,
                                             int limit) const
{
    return selectTransfers(
        QStringLiteral("SELECT ") + TransferRow::columns() +
            QStringLiteral(" FROM transfers t WHERE t.next_check_at IS NOT NULL AND t.next_check_at <= ?"
                           " AND (t.state <> '") +
            stateName(TransferState::Submitting) +
            QStringLiteral("' OR t.next_check_at <= ?) ORDER BY t.next_check_at, t.id LIMIT ?"),
        {SqlValues::time(now), SqlValues::time(now.addSecs(-submittingGrace.count())),
         std::clamp(limit, 1, kMaxPage)});
}

Result<QList<Transfer>> Journal::openTransfers() const
{
    return selectTransfers(QStringLiteral("SELECT ") + TransferRow::columns() +
                               QStringLiteral(" FROM transfers t WHERE t.state IN (") + openStatesSql() +
                               QStringLiteral(") ORDER BY t.created_at, t.id"),
                           {});
}

// The first column of `statement`, as ids, in the order SQLite gives them.
Result<QList<qint64>> Journal::idsOf(const QString& statement, const QVariantList& binds) const
{
    Result<QSqlQuery> run = executed(statement, binds);
    if (!run)
        return {run.error(), run.detail()};
    QSqlQuery& q = run.value();
    QList<qint64> ids;
    while (q.next())
        ids += q.value(0).toLongLong();
    return ids;
}

Result<QList<qint64>> Journal::exactIds(const SearchQuery& query, qsizetype wanted) const
{
    const SearchSql sql(query);
    if (!sql.hasTier(SearchSql::Tier::Exact))
        return QList<qint64>{};
    return idsOf(sql.exactStatement(), sql.binds(SearchSql::Tier::Exact) << wanted);
}

Result<QList<qint64>> Journal::candidateIds(const SearchQuery& query, qsizetype wanted) const
{
    const SearchSql sql(query);
    if (!sql.hasTier(SearchSql::Tier::Looser))
        return QList<qint64>{};
    // Candidates arrive newest first, a repeat (found by two readings of the
    // text) right after its twin. Ask for a few more than needed and grow
    // the window in the rare case repeats ate into it.
    for (qsizetype window = wanted + 8;; window *= 4) {
        const Result<QList<qint64>> raw =
            idsOf(sql.candidateStatement(), sql.binds(SearchSql::Tier::Looser) << window);
        if (!raw)
            return raw;
        QList<qint64> ids;
        for (qint64 id : *raw) {
            if (ids.isEmpty() || ids.last() != id)
                ids += id;
        }
        if (ids.size() >= wanted || raw->size() < window)
            return ids;
    }
}

Result<QList<qint64>> Journal::candidateIdsByWindows(const SearchQuery& query, qsizetype wanted) const
{
    // A name word matches a prefix range of tokens, whose entries are not in
    // time order: every match must pass the sorter. Searching the newest day
    // first, then a week, a month... keeps that to the matches of the window
    // that fills the page, instead of years of them.
    QDateTime upper = query.to;
    if (!upper.isValid()) {
        QSqlQuery q(m_store->database());
        if (!q.exec(QStringLiteral("SELECT MAX(created_at) FROM transfers")) || !q.next())
            return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
        if (q.value(0).isNull())
            return QList<qint64>{};
        upper = SqlValues::time(q.value(0)).addMSecs(1);
    }
    static constexpr int kSpanDays[] = {1, 7, 30, 90, 365};
    QList<qint64> ids;
    QDateTime windowTo = upper;
    for (std::size_t i = 0; i <= std::size(kSpanDays); ++i) {
        SearchQuery window = query;
        window.to = windowTo;
        const bool last = i == std::size(kSpanDays);
        window.from = last ? query.from : upper.addDays(-kSpanDays[i]);
        if (query.from.isValid() && window.from <= query.from) {
            window.from = query.from;
        }
        const bool reachedBottom = last || window.from == query.from;
        Result<QList<qint64>> found = candidateIds(window, wanted - ids.size());
        if (!found)
            return found;
        ids += *found;
        if (ids.size() >= wanted || reachedBottom)
            return ids;
        windowTo = window.from;
    }
    return ids;
}

Result<SearchPage> Journal::search(const SearchQuery& query) const
{
    if (!m_store)
        return JournalError::NotOpen;
    const SearchSql sql(query);
    const int limit = std::clamp(query.limit, 1, kMaxPage);
    const int offset = std::max(query.offset, 0);
    // One row more than asked tells whether another page exists without a
    // COUNT over the whole match.
    const qsizetype wanted = qsizetype(offset) + limit + 1;

    QVariantList binds;
    QString statement;
    const QuickSearch::Terms terms = QuickSearch::parse(query.text);
    QList<qint64> pageIds;
    if (sql.hasText()) {
        const Result<QList<qint64>> ids = rankedIds(query, wanted);
        if (!ids)
            return {ids.error(), ids.detail()};
        pageIds = ids->mid(offset, limit + 1);
        if (pageIds.isEmpty())
            return SearchPage{};
        QStringList marks;
        for (qint64 id : pageIds) {
            marks += QStringLiteral("?");
            binds += id;
        }
        statement = QStringLiteral("SELECT ") + TransferRow::columns() +
                    QStringLiteral(" FROM transfers t WHERE t.id IN (") + marks.join(u',') + u')';
    } else {
        binds = sql.binds();
        binds += limit + 1;
        binds += offset;
        statement = sql.pageStatement();
    }
    Result<QList<Transfer>> rows = selectTransfers(statement, binds);
    if (!rows)
        return {rows.error(), rows.detail()};
    SearchPage page;
    if (pageIds.isEmpty()) {
        page.transfers = std::move(rows.value());
    } else {
        // In the ranked order of the ids, not the order SQLite read them.
        for (qint64 id : pageIds) {
            const auto row = std::find_if(rows->cbegin(), rows->cend(),
                                          [id](const Transfer& t) { return t.id.value == id; });
            if (row != rows->cend())
                page.transfers += *row;
        }
    }
    page.hasMore = page.transfers.size() > limit;
    if (page.hasMore)
        page.transfers.removeLast();
    for (const Transfer& t : page.transfers)
        page.matches += matchOf(terms, t);
    return page;
}

Result<QList<qint64>> Journal::rankedIds(const SearchQuery& query, qsizetype wanted) const
{
    // The exact tier first (a TID, a reference, the customer's mobile),
    // then the looser readings of the same text, without the transfers
    // already listed: a 10-digit TID that is also an account's tail or a
    // customer's mobile never hides behind newer look-alikes.
    Result<QList<qint64>> ids = exactIds(query, wanted);
    if (!ids || ids->size() >= wanted)
        return ids;
    const bool names = !QuickSearch::parse(query.text).nameWords.isEmpty();
    // Ask for `wanted` looser ones: at most ids->size() of them are repeats.
    const Result<QList<qint64>> looser =
        names ? candidateIdsByWindows(query, wanted) : candidateIds(query, wanted);
    if (!looser)
        return looser;
    const QSet<qint64> exact(ids->cbegin(), ids->cend());
    for (qint64 id : *looser) {
        if (!exact.contains(id))
            ids.value().append(id);
    }
    return ids;
}

Result<qint64> Journal::count(const SearchQuery& query) const
{
    if (!m_store)
        return JournalError::NotOpen;
    const SearchSql sql(query);
    QSqlQuery q(m_store->database());
    if (!q.prepare(sql.countStatement()))
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    for (int i = 0; i < sql.binds().size(); ++i)
        q.bindValue(i, sql.binds()[i]);
    if (!q.exec() || !q.next())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return q.value(0).toLongLong();
}

Result<QList<TotalsRow>> Journal::totals(const QDateTime& from, const QDateTime& to) const
{
    if (!m_store)
        return JournalError::NotOpen;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    // SUM over INTEGER columns stays INTEGER in SQLite (it errors on
    // overflow rather than turning into a REAL), so paise stay exact.
    q.prepare(QStringLiteral("SELECT state, rail, COUNT(*), SUM(amount_paise), COALESCE(SUM(fee_paise), 0)"
                             " FROM transfers WHERE created_at >= ? AND created_at < ?"
                             " GROUP BY state, rail ORDER BY state, rail"));
    q.bindValue(0, SqlValues::time(from));
    q.bindValue(1, SqlValues::time(to));
    if (!q.exec())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    QList<TotalsRow> rows;
    while (q.next()) {
        TotalsRow r;
        r.state = stateFromName(q.value(0).toString()).value_or(TransferState::Unknown);
        r.rail = railFromStoredName(q.value(1).toString()).value_or(Rail::DigiKhata);
        r.count = q.value(2).toLongLong();
        r.amount = Money::fromPaise(q.value(3).toLongLong());
        r.fees = Money::fromPaise(q.value(4).toLongLong());
        rows += r;
    }
    return rows;
}

} // namespace counterdesk::journal
