// HistoryModel: the journal as a table, fetched a page at a time.
//
// A counter's journal grows to a million transfers; the model asks the
// journal for one page (newest first) when the view first needs rows and
// another each time the agent scrolls near the end (canFetchMore /
// fetchMore), so opening history costs one page whatever the file's size.
// It never counts the whole result: the view shows "N shown" and "more".
// While searching, each row remembers why it matched (the journal lists
// exact matches first) and says so under its date.
#pragma once

#include "journal/JournalError.h"
#include "journal/SearchMatch.h"
#include "journal/SearchQuery.h"
#include "journal/Transfer.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::ui {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Customer, Recipient, Amount, Fee, Status, Tid, Utr, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, ClientRefRole, MatchRole };

    static constexpr int pageSize = 100;

    explicit HistoryModel(const journal::Journal& journal, QObject* parent = nullptr);

    // Starts over with `query` (its offset and limit are the model's own).
    void setQuery(const journal::SearchQuery& query);
    const journal::SearchQuery& query() const { return m_query; }
    // Reads the whole current result set again (after a write elsewhere).
    void reload();
    // Re-reads one transfer after an action on it; returns its row or -1.
    int refreshTransfer(const QString& clientRefId);

    const journal::Transfer* transferAt(int row) const;
    // Why the row's transfer matched the search (None without text).
    journal::SearchMatch matchAt(int row) const;
    int rowOf(const QString& clientRefId) const;
    journal::JournalError lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void journalFailed(counterdesk::journal::JournalError error);

private:
    QVariant display(const journal::Transfer& t, journal::SearchMatch match, int column) const;

    const journal::Journal& m_journal;
    journal::SearchQuery m_query;
    QList<journal::Transfer> m_rows;
    QList<journal::SearchMatch> m_matches; // parallel to m_rows
    bool m_hasMore = true;
    journal::JournalError m_error = journal::JournalError::None;
};

} // namespace counterdesk::ui
