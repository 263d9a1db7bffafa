// ConnectProxy: a forward HTTP proxy on loopback that does CONNECT only,
// which is all an HTTPS client (or counterdesk-gateway's HttpClient, for
// every scheme) asks of one: it opens the host:port asked for, answers 200
// and carries bytes both ways. It records each tunnel's target, so a test
// can say the gateway's calls to "Eko" went through it. In the test's own
// thread: the test's event loop serves it while it waits for an answer.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace counterdesk::tests {

class ConnectProxy : public QObject
{
    Q_OBJECT
public:
    bool start(); // 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    // "host:port" of each CONNECT, in the order they came.
    QStringList targets() const { return m_targets; }

private:
    void accept();

    QTcpServer m_server;
    QStringList m_targets;
};

} // namespace counterdesk::tests
