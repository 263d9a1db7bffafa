// HttpListener: accepts connections and hands each complete request, with its
// socket, to the sandbox.
//
// The socket is handed over, not just the request, because the sandbox's
// faults need to abort a connection, answer late or leave it unanswered.
// Requests on one connection are handed over in order; what cannot be read
// as HTTP gets the parser's refusal and the connection is closed.
#pragma once

#include "HttpRequest.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace counterdesk::sandbox {

class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest&, QTcpSocket*)>;
    // Writes a refusal (an unreadable request) on the socket; the listener then closes it.
    using Refuser = std::function<void(const HttpReply&, QTcpSocket*)>;

    HttpListener(Handler handler, Refuser refuser, QObject* parent = nullptr);

    // The port listened on (the one asked for, or a free one for 0), or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    void accept();
    void read(QTcpSocket* socket);

    Handler m_handler;
    Refuser m_refuser;
    // Declared before the server: the server's sockets (its children) may
    // still report their disconnection while it is destroyed.
    QHash<QTcpSocket*, QByteArray> m_pending; // bytes received and not yet a whole request
    QTcpServer m_server;
};

} // namespace counterdesk::sandbox
