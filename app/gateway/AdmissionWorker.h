// AdmissionWorker: Ledger::admitRequest on a thread of its own, with its own
// database connection, so that the gateway's event loop reads, forwards and
// answers other requests while PostgreSQL admits one.
//
// Admission is the round trip every request makes (docs/gateway.md "What the
// gateway does with each request"); done on the event loop, each one's wait
// stopped all the others. The answer comes back on the caller's thread, in
// the order the requests were admitted.
#pragma once

#include "gateway/Ledger.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace counterdesk::gateway {

struct AdmissionRequest
{
    QString counterId;
    QByteArray signature;
    int perMinute = 0;
    QString path;
    QString detail; // redacted by the ledger
};

class AdmissionWorker : public QObject
{
    Q_OBJECT
public:
    // Opens its connection on its own thread; a database that cannot be
    // reached yet answers Admission::Error until it can.
    AdmissionWorker(const QString& conninfo, QObject* parent = nullptr);
    ~AdmissionWorker() override; // waits for the admission in progress, drops the queued ones

    // done runs on this object's thread with the decision.
    void admit(const AdmissionRequest& request, std::function<void(Admission)> done);

private:
    class Connection;

    QThread m_thread;
    Connection* m_connection = nullptr; // lives on m_thread
};

} // namespace counterdesk::gateway
