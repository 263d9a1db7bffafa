#include "history/CsvExportJob.h"

#include "history/CsvExporter.h"
#include "journal/Journal.h"

#include <QSaveFile>
#include <QThread>

namespace counterdesk::history {

CsvExportJob::CsvExportJob(QString journalDirectory, journal::SearchQuery query, QString path,
                           QObject* parent)
    : QObject(parent)
    , m_journalDirectory(std::move(journalDirectory))
    , m_query(std::move(query))
    , m_path(std::move(path))
{}

CsvExportJob::~CsvExportJob()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
}

void CsvExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("csv-export"));
    // QThread::finished comes from the worker; queued, it runs here after
    // the thread has ended, so nothing on this thread ever waits for it.
    connect(m_thread, &QThread::finished, this, &CsvExportJob::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
}

void CsvExportJob::cancel()
{
    m_cancelled = true;
    m_delivered.release(); // a worker waiting for the window goes on, and stops
}

void CsvExportJob::run()
{
    journal::Journal journal;
    if (const journal::Result<void> opened = journal.open(m_journalDirectory); !opened) {
        deliverFinished(Outcome::Failed, 0, opened.error(), opened.detail());
        return;
    }
    const journal::Result<qint64> total = journal.count(m_query);
    if (!total) {
        deliverFinished(Outcome::Failed, 0, total.error(), total.detail());
        return;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        deliverFinished(Outcome::Failed, 0, journal::JournalError::IoError, file.errorString());
        return;
    }
    qint64 shown = 0;
    const auto progress = [&](qint64 written) {
        shown = written;
        QMetaObject::invokeMethod(
            this, [this, written, all = *total] { deliverProgress(written, all); }, Qt::QueuedConnection);
        m_delivered.acquire();
        return !m_cancelled;
    };
    const journal::Result<qint64> written = CsvExporter::write(journal, m_query, file, progress);
    if (m_cancelled) {
        file.cancelWriting();
        deliverFinished(Outcome::Cancelled, shown, journal::JournalError::None, {});
    } else if (!written) {
        file.cancelWriting();
        deliverFinished(Outcome::Failed, shown, written.error(), written.detail());
    } else if (!file.commit()) {
        deliverFinished(Outcome::Failed, *written, journal::JournalError::IoError, file.errorString());
    } else {
        deliverFinished(Outcome::Written, *written, journal::JournalError::None, {});
    }
}

void CsvExportJob::deliverProgress(qint64 written, qint64 total)
{
    Q_EMIT progressed(written, total);
    m_delivered.release();
}

void CsvExportJob::deliverFinished(Outcome outcome, qint64 written, journal::JournalError error,
                                   const QString& detail)
{
    // On the worker, its last act; announced once the thread has ended (onThreadFinished).
    m_result = {outcome, written, error, detail};
}

void CsvExportJob::onThreadFinished()
{
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(m_result.outcome, m_result.written, m_result.error, m_result.detail);
}

} // namespace counterdesk::history
