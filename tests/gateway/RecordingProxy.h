// RecordingProxy: a TCP relay on loopback that keeps every byte its clients
// send, put between counterdesk-gateway and the sandbox so a test can say
// exactly what "Eko" received on the wire (whose signature, which headers)
// and what it never received (a counter's secret).
//
// It runs in its own thread: a test's thread blocks while a counterdesk-cli
// child runs (CliRunner waits on the process), and the relay must go on
// carrying the gateway's calls meanwhile.
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QThread>

namespace counterdesk::tests {

class RelayServer;

class RecordingProxy
{
public:
    RecordingProxy();
    ~RecordingProxy();
    RecordingProxy(const RecordingProxy&) = delete;
    RecordingProxy& operator=(const RecordingProxy&) = delete;

    // Listens on 127.0.0.1 (a free port) and relays to 127.0.0.1:targetPort.
    bool start(quint16 targetPort, QString* error);
    quint16 port() const { return m_port; }
    // Everything the clients have sent so far, every connection in turn.
    QByteArray sent() const;

private:
    friend class RelayServer;
    void record(const QByteArray& bytes);

    QThread m_thread;
    RelayServer* m_relay = nullptr; // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QByteArray m_sent;
};

} // namespace counterdesk::tests
