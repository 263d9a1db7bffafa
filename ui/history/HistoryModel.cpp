#include "HistoryModel.h"

#include "HistoryText.h"
#include "journal/Journal.h"

namespace counterdesk::ui {

HistoryModel::HistoryModel(const journal::Journal& journal, QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{}

void HistoryModel::setQuery(const journal::SearchQuery& query)
{
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_query.limit = pageSize;
    m_rows.clear();
    m_matches.clear();
    m_hasMore = true;
    m_error = journal::JournalError::None;
    endResetModel();
    // Fetch the first page now rather than when the view asks, so a test or
    // a screen reader sees the rows as soon as the query is set.
    fetchMore({});
}

void HistoryModel::reload()
{
    setQuery(m_query);
}

int HistoryModel::refreshTransfer(const QString& clientRefId)
{
    const int row = rowOf(clientRefId);
    if (row < 0)
        return -1;
    const auto fresh = m_journal.transfer(clientRefId);
    if (!fresh.ok() || !fresh.value()) {
        m_error = fresh.ok() ? journal::JournalError::NotFound : fresh.error();
        Q_EMIT journalFailed(m_error);
        return row;
    }
    m_rows[row] = *fresh.value();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row;
}

const journal::Transfer* HistoryModel::transferAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

journal::SearchMatch HistoryModel::matchAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches.at(row) : journal::SearchMatch::None;
}

int HistoryModel::rowOf(const QString& clientRefId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).clientRefId == clientRefId)
            return i;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::display(const journal::Transfer& t, journal::SearchMatch match, int column) const
{
    switch (static_cast<Column>(column)) {
    case Date:
        // The row is two lines high: one word above the date, the whole
        // reason in the tooltip and for a screen reader.
        if (match == journal::SearchMatch::None)
            return HistoryText::dateTime(t.createdAt);
        return QString((journal::isExactMatch(match) ? tr("Exact match") : tr("Similar")) + u'\n' +
                       HistoryText::dateTime(t.createdAt));
    case Customer:
        return t.senderName.isEmpty() ? t.senderMobile : QString(t.senderName + u'\n' + t.senderMobile);
    case Recipient:
        return t.recipientAccountMasked.isEmpty()
                   ? t.recipientName
                   : QString(t.recipientName + u'\n' + t.recipientAccountMasked);
    case Amount:
        return HistoryText::money(t.amount);
    case Fee:
        return HistoryText::money(t.fee);
    case Status:
        return HistoryText::state(t.state);
    case Tid:
        return HistoryText::orDash(t.tid);
    case Utr:
        return HistoryText::orDash(t.bankRefNum);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    const journal::Transfer* t = index.isValid() ? transferAt(index.row()) : nullptr;
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*t, matchAt(index.row()), index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == Date && matchAt(index.row()) != journal::SearchMatch::None)
            return QString(HistoryText::matchMarker(matchAt(index.row()), *t) + u'\n' +
                           HistoryText::dateTime(t->createdAt));
        return display(*t, matchAt(index.row()), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Date)
            return HistoryText::matchMarker(matchAt(index.row()), *t);
        if (index.column() == Status && !t->txStatusDesc.isEmpty())
            return t->txStatusDesc; // Eko's own words, for support
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Fee)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return HistoryText::stateForeground(t->state);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Status)
            return HistoryText::stateBackground(t->state);
        return {};
    case StateRole:
        return static_cast<int>(t->state);
    case ClientRefRole:
        return t->clientRefId;
    case MatchRole:
        return static_cast<int>(matchAt(index.row()));
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Recipient:
        return tr("Recipient");
    case Amount:
        return tr("Amount");
    case Fee:
        return tr("Fee");
    case Status:
        return tr("Status");
    case Tid:
        return tr("TID");
    case Utr:
        return tr("UTR");
    case ColumnCount:
        break;
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && m_error == journal::JournalError::None;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    journal::SearchQuery q = m_query;
    q.offset = int(m_rows.size());
    q.limit = pageSize;
    const auto page = m_journal.search(q);
    if (!page.ok()) {
        m_error = page.error();
        m_hasMore = false;
        Q_EMIT journalFailed(m_error);
        return;
    }
    m_hasMore = page->hasMore;
    if (page->transfers.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->transfers.size() - 1));
    m_rows += page->transfers;
    m_matches += page->matches;
    endInsertRows();
}

} // namespace counterdesk::ui
