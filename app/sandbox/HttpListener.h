// HttpListener: Qt HttpServer's request parsing, with the raw socket handed
// to the sandbox.
//
// QAbstractHttpServer (rather than QHttpServer's router) is used because
// its handleRequest() gets the QTcpSocket: the commit-then-drop and
// commit-then-time-out faults need to abort a connection or leave it
// unanswered, which Qt 6.4's responder API cannot express.
#pragma once

#include <QAbstractHttpServer>
#include <functional>

namespace counterdesk::sandbox {

class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;

    explicit HttpListener(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace counterdesk::sandbox
