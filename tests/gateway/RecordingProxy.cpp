#include "RecordingProxy.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace counterdesk::tests {

// The relay's QTcpServer and sockets, all in the proxy's thread.
class RelayServer : public QTcpServer
{
public:
    RelayServer(RecordingProxy* owner, quint16 targetPort)
        : m_owner(owner)
        , m_targetPort(targetPort)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto* upstream = new QTcpSocket(this);
        // Bytes that arrive before the upstream connection is up wait here.
        auto pending = std::make_shared<QByteArray>();
        // Each lambda that touches the other socket has it as its context, so
        // the connection ends when that socket is gone.
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, pending] {
            const QByteArray bytes = client->readAll();
            m_owner->record(bytes);
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(bytes);
            else
                pending->append(bytes);
        });
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        // Either side closing closes the other once its bytes are written.
        connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

private:
    RecordingProxy* m_owner;
    quint16 m_targetPort;
};

RecordingProxy::RecordingProxy() = default;

RecordingProxy::~RecordingProxy()
{
    if (m_relay)
        QMetaObject::invokeMethod(
            m_relay, [relay = m_relay] { delete relay; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool RecordingProxy::start(quint16 targetPort, QString* error)
{
    m_relay = new RelayServer(this, targetPort);
    m_relay->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_relay, [relay = m_relay, &listening] { listening = relay->listen(QHostAddress::LocalHost, 0); },
        Qt::BlockingQueuedConnection);
    m_port = m_relay->serverPort();
    if (!listening && error)
        *error = QStringLiteral("the recording proxy cannot listen: ") + m_relay->errorString();
    return listening;
}

QByteArray RecordingProxy::sent() const
{
    QMutexLocker lock(&m_mutex);
    return m_sent;
}

void RecordingProxy::record(const QByteArray& bytes)
{
    QMutexLocker lock(&m_mutex);
    m_sent += bytes;
}

} // namespace counterdesk::tests
