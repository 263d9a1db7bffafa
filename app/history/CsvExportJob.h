// CsvExportJob: a CSV export that runs on its own thread, for the window.
//
// A year's journal is hundreds of thousands of rows: written on the UI
// thread, the window would freeze for as long. The job opens its own
// Journal connection on a worker thread (a Journal, like every
// QSqlDatabase connection, is used only on the thread that opened it),
// writes through CsvExporter into a QSaveFile there, and reports back with
// queued signals; the UI thread never waits for it.
//
// The worker never runs more than one page (CsvExporter's page) ahead of
// what the window has been told: after each page it waits until progressed()
// has been delivered. So the progress bar is the truth, and a Cancel clicked
// while a page's progress is shown stops the export before the next page
// (a test can cancel mid-way without timing).
//
// Nothing appears under the chosen name until the whole file is written:
// a cancelled or failed export is thrown away (QSaveFile::cancelWriting), an
// existing file of that name is left as it was.
#pragma once

#include "journal/JournalError.h"
#include "journal/SearchQuery.h"

#include <QObject>
#include <QSemaphore>
#include <QString>
#include <atomic>

class QThread;

namespace counterdesk::history {

class CsvExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Written,   // the file is complete under its name
        Cancelled, // the agent stopped it; no file was written
        Failed,    // the journal or the disk refused; no file was written
    };
    Q_ENUM(Outcome)

    // `journalDirectory` is the directory Journal::open() was given.
    CsvExportJob(QString journalDirectory, journal::SearchQuery query, QString path,
                 QObject* parent = nullptr);
    // Cancels a running export and waits for its thread to end.
    ~CsvExportJob() override;

    void start();
    // Safe to call at any time; finished(Cancelled) follows unless the file
    // was already complete.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const QString& path() const { return m_path; }

Q_SIGNALS:
    // After each page: rows written so far of `total` matching transfers.
    void progressed(qint64 written, qint64 total);
    // Once. `error` and `detail` say why when Failed (IoError: the file).
    void finished(counterdesk::history::CsvExportJob::Outcome outcome, qint64 written,
                  counterdesk::journal::JournalError error, const QString& detail);

private:
    void run(); // on the worker thread
    void deliverProgress(qint64 written, qint64 total);
    void deliverFinished(Outcome outcome, qint64 written, journal::JournalError error, const QString& detail);
    void onThreadFinished();

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        qint64 written = 0;
        journal::JournalError error = journal::JournalError::None;
        QString detail;
    };

    const QString m_journalDirectory;
    const journal::SearchQuery m_query;
    const QString m_path;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    QSemaphore m_delivered; // one per progressed() the window has seen
    Result m_result;        // written by the worker, read after it ended
};

} // namespace counterdesk::history
