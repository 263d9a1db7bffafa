#include "ConnectProxy.h"

#include <QTcpSocket>

namespace counterdesk::tests {

bool ConnectProxy::start()
{
    connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ConnectProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        // The request's head first: "CONNECT host:port HTTP/1.1" and its headers.
        connect(client, &QTcpSocket::readyRead, this, [this, client] {
            if (client->property("tunnel").toBool())
                return;
            QByteArray head = client->property("head").toByteArray() + client->readAll();
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0) {
                client->setProperty("head", head);
                return;
            }
            client->setProperty("tunnel", true);
            const QList<QByteArray> words = head.left(head.indexOf("\r\n")).split(' ');
            if (words.size() != 3 || words.at(0) != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QString target = QString::fromLatin1(words.at(1));
            m_targets.append(target);
            const QByteArray early = head.mid(end + 4); // sent before our 200: none expected
            auto* upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!early.isEmpty())
                    upstream->write(early);
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::errorOccurred, client, [client] {
                if (client->state() == QAbstractSocket::ConnectedState)
                    client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            const qsizetype colon = target.lastIndexOf(u':');
            upstream->connectToHost(target.left(colon), target.mid(colon + 1).toUShort());
        });
    }
}

} // namespace counterdesk::tests
