#include "gateway/AdmissionWorker.h"

namespace counterdesk::gateway {

// The worker thread's side: its Ledger is created, used and destroyed there,
// as a Qt Sql connection must be.
class AdmissionWorker::Connection : public QObject
{
public:
    explicit Connection(const QString& conninfo)
        : m_conninfo(conninfo)
    {}

    Admission admit(const AdmissionRequest& r)
    {
        if (!m_ledger)
            m_ledger = std::make_unique<Ledger>(m_conninfo, QStringLiteral("gateway-admission"));
        const Admission a = m_ledger->admitRequest(r.counterId, r.signature, r.perMinute, r.path, r.detail);
        if (a == Admission::Error)
            m_ledger->ping(); // a dropped connection is opened afresh for the next request
        return a;
    }

private:
    QString m_conninfo;
    std::unique_ptr<Ledger> m_ledger;
};

AdmissionWorker::AdmissionWorker(const QString& conninfo, QObject* parent)
    : QObject(parent)
    , m_connection(new Connection(conninfo))
{
    m_connection->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("admission"));
    m_thread.start();
}

AdmissionWorker::~AdmissionWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void AdmissionWorker::admit(const AdmissionRequest& request, std::function<void(Admission)> done)
{
    // `this` outlives every job: the destructor stops the thread before it
    // lets go, and the answers still queued for it go with it.
    QMetaObject::invokeMethod(m_connection,
                              [connection = m_connection, request, self = this, done = std::move(done)] {
                                  const Admission a = connection->admit(request);
                                  QMetaObject::invokeMethod(self, [done, a] { done(a); });
                              });
}

} // namespace counterdesk::gateway
