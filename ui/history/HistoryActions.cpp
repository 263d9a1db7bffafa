// HistoryView: what the agent can do with a transfer after the fact. Each
// action goes through the transfer core and records its answer in the
// journal; the view then re-reads the row so screen and journal agree.
#include "DaySummaryDialog.h"
#include "HistoryModel.h"
#include "HistoryText.h"
#include "HistoryView.h"
#include "RefundDialog.h"
#include "eko/EkoClient.h"
#include "history/CsvExporter.h"
#include "history/IstDay.h"
#include "journal/Journal.h"
#include "money/MoneyFormatter.h"
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
#include <QPushButton>
#include <QSaveFile>
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
    const journal::SearchQuery query = currentQuery();
    const QString day = history::IstDay::today().toString(Qt::ISODate);
    const QString path =
        m_chooser
            ? m_chooser(this, QDir::home().filePath(QStringLiteral("counterdesk-history-%1.csv").arg(day)))
            : QString();
    if (path.isEmpty())
        return;
    // QSaveFile: a half-written export never replaces a good file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showInfo(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto written = history::CsvExporter::write(m_journal, query, file);
    if (!written.ok() || !file.commit()) {
        file.cancelWriting();
        showInfo(tr("The export was not saved. Try again; if it keeps failing, call support."));
        return;
    }
    showInfo(tr("Exported %1 transfers to %2")
                 .arg(MoneyFormatter::formatCount(written.value(), HistoryText::language()), path));
}

void HistoryView::showDaySummary()
{
    // The day the agent is looking at: the filter's last day, else today.
    const QDate day = m_useDates->isChecked() ? m_to->date() : history::IstDay::today();
    auto* dialog = new DaySummaryDialog(m_journal, day, this);
    dialog->open();
}

} // namespace counterdesk::ui
