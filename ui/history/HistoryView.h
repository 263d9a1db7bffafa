// HistoryView: the journal on screen: every transfer this counter made,
// searchable and filterable, with each one's trail of answers and the
// actions an agent needs afterwards: check status now, reprint (COPY),
// refund a failed transfer, export CSV, end-of-day summary.
//
// It reads the journal through HistoryModel (a page at a time) and acts
// through the transfer core (StatusCheck, RefundSession): the view itself
// never builds a request and never writes the journal.
#pragma once

#include "journal/SearchQuery.h"
#include "journal/Transfer.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace counterdesk {
class Settings;
}
namespace counterdesk::eko {
class EkoClient;
}
namespace counterdesk::history {
class CsvExportJob;
}
namespace counterdesk::journal {
class Journal;
}
namespace counterdesk::transfer {
class Reconciler;
}

namespace counterdesk::ui {

class HistoryModel;
class TransferDetailPanel;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save a file; empty = cancelled. Tests answer at once.
    using SavePathChooser = std::function<QString(QWidget* parent, const QString& suggestedPath)>;

    // `journal` and `settings` must outlive the view. Without a client
    // (nullptr: no profile configured) check-now and refund are hidden.
    HistoryView(journal::Journal& journal, eko::EkoClient* client, Settings& settings,
                QWidget* parent = nullptr);
    ~HistoryView() override;

    // Keeps rows fresh while the reconciler settles them in the background,
    // and asks through it when the agent checks a status.
    void setReconciler(transfer::Reconciler* reconciler);
    void setSavePathChooser(SavePathChooser chooser);

    HistoryModel* model() const { return m_model; }
    // The query the filters describe (no paging), as export uses it.
    journal::SearchQuery currentQuery() const;
    std::optional<journal::Transfer> selectedTransfer() const;
    bool selectTransfer(const QString& clientRefId);

public Q_SLOTS:
    void refresh();                                   // read the journal again, keep the selection
    void refreshTransfer(const QString& clientRefId); // one row changed elsewhere
    void checkStatusNow();
    void reprint();
    void refund();
    // Asks for a file, then writes it on a worker thread with a progress
    // bar and Cancel; one export at a time.
    void exportCsv();
    void showDaySummary();

Q_SIGNALS:
    // The view moved a journal row (check now, refund): others may refresh.
    void transferChanged(const QString& clientRefId);
    // A refund window closed (a profile switch may have waited for it).
    void refundWindowClosed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void applyFilters();
    void onSelectionChanged();
    void updateActions();
    void updateCount();
    void updateMatchNote();
    void onExportFinished(int outcome, qint64 written, const QString& path);
    void showInfo(const QString& text);
    void showJournalError();
    void retranslate();

    journal::Journal& m_journal;
    QPointer<eko::EkoClient> m_client;
    Settings& m_settings;
    SavePathChooser m_chooser;
    HistoryModel* m_model = nullptr;
    QTimer* m_searchDelay = nullptr;
    bool m_checking = false;
    // "Check status now" asks through it when set (the one asker).
    QPointer<transfer::Reconciler> m_reconciler;

    QLineEdit* m_search = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_rail = nullptr;
    QTableView* m_table = nullptr;
    TransferDetailPanel* m_detail = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_matchNote = nullptr; // "Exact match: TID …" while searching
    QLabel* m_info = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_railLabel = nullptr;
    QPushButton* m_checkNow = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_refund = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_endOfDay = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QPushButton* m_exportCancel = nullptr;
    QPointer<history::CsvExportJob> m_exportJob;
};

} // namespace counterdesk::ui
