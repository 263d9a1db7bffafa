#include "gateway/LedgerThread.h"

#include <QCoreApplication>

namespace counterdesk::gateway {

// The thread's side: its Ledger is created, used and destroyed there, as a
// Qt Sql connection must be.
class LedgerThread::Connection : public QObject
{
public:
    Connection(const QString& conninfo, const QString& connectionName)
        : m_conninfo(conninfo)
        , m_connectionName(connectionName)
    {}

    Ledger& ledger()
    {
        if (!m_ledger)
            m_ledger = std::make_unique<Ledger>(m_conninfo, m_connectionName);
        return *m_ledger;
    }

private:
    QString m_conninfo;
    QString m_connectionName;
    std::unique_ptr<Ledger> m_ledger;
};

LedgerThread::LedgerThread(const QString& conninfo, const QString& connectionName, QObject* parent)
    : QObject(parent)
    , m_connection(new Connection(conninfo, connectionName))
{
    m_connection->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread.setObjectName(connectionName);
    m_thread.start();
}

LedgerThread::~LedgerThread()
{
    // Queued behind every job given so far, so those run first; quit()
    // alone would leave the ones still waiting unrun.
    QMetaObject::invokeMethod(m_connection, [thread = &m_thread] { thread->quit(); });
    m_thread.wait();
}

void LedgerThread::post(std::function<void(Ledger&)> job, std::function<void()> done)
{
    // `this` outlives every job (the destructor waits for them); a `done`
    // still queued for it when it goes is dropped with it.
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection, self = this, job = std::move(job), done = std::move(done)] {
            job(connection->ledger());
            QMetaObject::invokeMethod(self, done);
        });
}

void LedgerThread::runAndWait(const std::function<void(Ledger&)>& job)
{
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection, &job] { job(connection->ledger()); },
        Qt::BlockingQueuedConnection);
}

void LedgerThread::finishJobs()
{
    runAndWait([](Ledger&) {});
    // Each job posted its `done` to this object before the wait ended.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace counterdesk::gateway
