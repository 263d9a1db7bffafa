#include "HttpListener.h"

#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslServer>
#endif
#include <QTcpSocket>
#include <utility>

namespace counterdesk::http {

HttpListener::HttpListener(Handler handler, Refuser refuser, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_refuser(std::move(refuser))
{}

quint16 HttpListener::listen(const QHostAddress& address, quint16 port,
                             const std::optional<QSslConfiguration>& tls)
{
    if (tls) {
#if QT_CONFIG(ssl)
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
#else
        return 0; // a Qt without TLS cannot serve HTTPS; never plain HTTP instead
#endif
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // QSslServer announces a connection only once its handshake is done.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpListener::accept);
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

void HttpListener::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // Answers are written in one piece; without TCP_NODELAY, Nagle plus the
        // peer's delayed ACK stall larger answers by milliseconds on loopback.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        // A TLS socket is handed over after its handshake, by when the
        // request may already be waiting: no readyRead will announce it.
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void HttpListener::read(QTcpSocket* socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return; // refused earlier: what else it sends is ignored
    it->append(socket->readAll());
    for (;;) {
        HttpParse parse = parseHttpRequest(*it);
        if (parse.status == HttpParse::Status::NeedMore)
            return;
        if (parse.status == HttpParse::Status::Refused) {
            m_pending.remove(socket);
            m_refuser(*parse.refusal, socket);
            socket->disconnectFromHost();
            return;
        }
        it->remove(0, parse.consumed);
        parse.request.remoteAddress = socket->peerAddress();
        m_handler(parse.request, socket);
        // The handler may have aborted the socket (a fault); it is then gone from m_pending.
        it = m_pending.find(socket);
        if (it == m_pending.end())
            return;
    }
}

} // namespace counterdesk::http
