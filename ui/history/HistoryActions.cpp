// HistoryView: what the agent can do with a transfer after the fact. Each
// action goes through the transfer core and records its answer in the
// journal; the view then re-reads the row so screen and journal agree.
#include "DaySummaryDialog.h"
#include "HistoryModel.h"
#include "HistoryText.h"
#include "HistoryView.h"
#include "RefundDialog.h"
#include "eko/EkoClient.h"
#include "history/CsvExportJob.h"
#include "history/IstDay.h"
#include "journal/Journal.h"
#include "receipt/ReceiptView.h"
#include "text/ProfileNameText.h"
#include "transfer/ProfileScope.h"
#include "transfer/Reconciler.h"
#include "transfer/StatusCheck.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace counterdesk::ui {

void HistoryView::checkStatusNow()
{
    const auto t = selectedTransfer();
    if (!t || !m_client || m_checking)
        return;
    if (!transfer::ProfileScope::mayAsk(m_client->config(), *t)) {
        //: %1 the connection profile the transfer was made on ("Training", "Production")
        showInfo(tr("This transfer was made on the profile \"%1\", and only that profile's server knows it. "
                    "Switch to \"%1\" in Settings to check it.")
                     .arg(shownProfileName(t->profile)));
        return;
    }
    m_checking = true;
    updateActions();
    showInfo(tr("Asking Eko about %1…").arg(t->clientRefId));
    const auto answered = [this](const journal::Transfer& row, transfer::InquiryVerdict verdict,
                                 journal::JournalError error) {
        m_checking = false;
        refreshTransfer(row.clientRefId);
        Q_EMIT transferChanged(row.clientRefId);
        if (error != journal::JournalError::None) {
            showInfo(tr("Eko answered, but the journal could not be written. Call support."));
        } else {
            switch (verdict) {
            case transfer::InquiryVerdict::Decisive:
                showInfo(tr("Eko says: %1.").arg(HistoryText::state(row.state)));
                break;
            case transfer::InquiryVerdict::NotFound:
                showInfo(tr("Eko does not know this transfer yet. It stays %1; CounterDesk keeps asking.")
                             .arg(HistoryText::state(row.state)));
                break;
            case transfer::InquiryVerdict::NoAnswer:
                showInfo(tr("No answer from Eko. Try again in a minute; CounterDesk also keeps asking."));
                break;
            }
        }
        updateActions();
    };
    if (m_reconciler) {
        // The reconciler is the one asker: never a second inquiry about a
        // transfer beside its own. One already out answers for us too.
        const QString ref = t->clientRefId;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_reconciler, &transfer::Reconciler::checked, this,
                              [ref, connection, answered](const journal::Transfer& row,
                                                          transfer::InquiryVerdict verdict,
                                                          journal::JournalError error) {
                                  if (row.clientRefId != ref)
                                      return;
                                  QObject::disconnect(*connection);
                                  answered(row, verdict, error);
                              });
        if (!m_reconciler->checkNow(ref) && !m_reconciler->isChecking(ref)) {
            QObject::disconnect(*connection); // no longer open: nothing to ask
            m_checking = false;
            refreshTransfer(ref);
            updateActions();
        }
        return;
    }
    auto* check = transfer::StatusCheck::start(m_client, &m_journal, *t, journal::EventSource::Inquiry, this);
    connect(check, &transfer::StatusCheck::finished, this, answered);
}

void HistoryView::reprint()
{
    const auto t = selectedTransfer();
    if (!t)
        return;
    // A reprint is always a copy (Eloka's "Receipt (Copy)"); ReceiptView
    // marks it and prints through the counter's remembered printer.
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("reprintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Receipt (copy)"));
    auto* view = new ReceiptView(m_settings, dialog);
    view->showTransfer(*t, true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(560, 720);
    dialog->open();
}

void HistoryView::refund()
{
    const auto t = selectedTransfer();
    if (!t || !m_client || t->state != journal::TransferState::RefundPending)
        return;
    auto* dialog = new RefundDialog(m_client, &m_journal, m_reconciler, t->clientRefId, this);
    connect(dialog, &RefundDialog::transferChanged, this, [this](const QString& ref) {
        refreshTransfer(ref);
        Q_EMIT transferChanged(ref);
    });
    connect(dialog, &QDialog::finished, this, &HistoryView::refundWindowClosed);
    dialog->open();
}

void HistoryView::exportCsv()
{
    if (m_exportJob)
        return; // one at a time; the button is disabled meanwhile
    const journal::SearchQuery query = currentQuery();
    const QString day = history::IstDay::today().toString(Qt::ISODate);
    const QString path =
        m_chooser
            ? m_chooser(this, QDir::home().filePath(QStringLiteral("counterdesk-history-%1.csv").arg(day)))
            : QString();
    if (path.isEmpty())
        return;
    // The worker opens its own connection to the same journal file.
    auto* job = new history::CsvExportJob(QFileInfo(m_journal.filePath()).absolutePath(), query, path, this);
    m_exportJob = job;
    connect(job, &history::CsvExportJob::progressed, this, [this](qint64 written, qint64 total) {
        // QProgressBar counts in int; a journal's row count fits.
        m_exportProgress->setMaximum(HistoryText::numerus(total));
        m_exportProgress->setValue(HistoryText::numerus(written));
    });
    connect(job, &history::CsvExportJob::finished, this,
            [this, job](history::CsvExportJob::Outcome outcome, qint64 written) {
                onExportFinished(static_cast<int>(outcome), written, job->path());
                job->deleteLater();
            });
    m_export->setEnabled(false);
    m_exportProgress->setRange(0, 0); // busy until the first page is counted
    m_exportProgress->show();
    m_exportCancel->show();
    showInfo(tr("Exporting to %1…").arg(path));
    job->start();
}

void HistoryView::onExportFinished(int outcome, qint64 written, const QString& path)
{
    m_exportProgress->hide();
    m_exportCancel->hide();
    m_export->setEnabled(true);
    switch (static_cast<history::CsvExportJob::Outcome>(outcome)) {
    case history::CsvExportJob::Outcome::Written:
        //: %n transfers in the file, %1 the file's path
        showInfo(HistoryText::groupCount(
                     tr("Exported %n transfer(s) to %1", nullptr, HistoryText::numerus(written)), written)
                     .arg(path));
        return;
    case history::CsvExportJob::Outcome::Cancelled:
        showInfo(tr("Export cancelled. No file was saved."));
        return;
    case history::CsvExportJob::Outcome::Failed:
        showInfo(tr("The export was not saved. Try again; if it keeps failing, call support."));
        return;
    }
}

void HistoryView::showDaySummary()
{
    // The day the agent is looking at: the filter's last day, else today.
    const QDate day = m_useDates->isChecked() ? m_to->date() : history::IstDay::today();
    auto* dialog = new DaySummaryDialog(m_journal, day, this);
    dialog->open();
}

} // namespace counterdesk::ui
