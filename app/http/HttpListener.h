// HttpListener: accepts connections (plain or TLS) and hands each complete
// request, with its socket, to the sandbox or the gateway.
//
// The socket is handed over, not just the request, because the sandbox's
// faults need to abort a connection, answer late or leave it unanswered.
// Requests on one connection are handed over in order; what cannot be read
// as HTTP gets the parser's refusal and the connection is closed.
#pragma once

#include "http/HttpRequest.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace counterdesk::http {

class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest&, QTcpSocket*)>;
    // Writes a refusal (an unreadable request) on the socket; the listener then closes it.
    using Refuser = std::function<void(const HttpReply&, QTcpSocket*)>;

    HttpListener(Handler handler, Refuser refuser, QObject* parent = nullptr);

    // The port listened on (the one asked for, or a free one for 0), or 0 on failure.
    // With a TLS configuration (certificate and key set) every connection is
    // HTTPS: a request is read only after the handshake succeeded.
    quint16 listen(const QHostAddress& address, quint16 port,
                   const std::optional<QSslConfiguration>& tls = std::nullopt);
    QString errorString() const { return m_server ? m_server->errorString() : QString(); }
    // No new connection from now on (a server shutting down).
    void close()
    {
        if (m_server)
            m_server->close();
    }

private:
    void accept();
    void read(QTcpSocket* socket);

    Handler m_handler;
    Refuser m_refuser;
    // Declared before the server: the server's sockets (its children) may
    // still report their disconnection while it is destroyed.
    QHash<QTcpSocket*, QByteArray> m_pending; // bytes received and not yet a whole request
    std::unique_ptr<QTcpServer> m_server;     // a QSslServer for HTTPS
};

} // namespace counterdesk::http
