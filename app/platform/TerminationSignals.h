// TerminationSignals: SIGTERM and SIGINT as a Qt signal, so that a server
// (counterdesk-gateway under systemd, which stops a service with SIGTERM)
// finishes its work and writes what it holds before it exits, instead of
// dying where it stands.
//
// The handler only writes one byte to a socket pair; the event loop reads it
// (QSocketNotifier) and emits terminationRequested, where anything may be done.
// On Windows, where the gateway is not built, it never fires.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace counterdesk::platform {

class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    // One per process: the second one installed does nothing.
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace counterdesk::platform
