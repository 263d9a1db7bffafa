// HttpClient: counterdesk-gateway's own HTTP/1.1 client for its forwards to
// Eko, on the thread that owns it (the gateway's event loop).
//
// Why not QNetworkAccessManager, which the desktop app keeps using:
//  - QNAM runs HTTP on a thread of its own, so every forward crossed threads
//    twice (out and back): two more wake-ups per request, which on a busy
//    gateway are most of its cost (docs/gateway.md, Load);
//  - QNAM runs at most six requests at a time per host and queues the rest.
//    A counter's call waits for Eko for up to seconds (an Initiate for its
//    bank), so six at a time would cap a partner's shops at a few calls a
//    second however many counters they have.
//
// What it does, and no more: one request per connection at a time (no
// pipelining), connections kept alive and reused (the most recently used
// first; one idle longer than kIdleLimitMs is closed, before the server's
// own keep-alive timeout can cross our request, and so that a burst's extra
// connections do not stay open for every later poll of the event loop), at most
// kMaxConnectionsPerOrigin per scheme, host and port, of which at most
// kMaxConnectingPerOrigin being opened at a time (further requests wait
// their turn). HTTPS through QSslSocket with the request's TLS configuration;
// a certificate error fails the exchange, never ignored. No proxy unless
// setProxy() names one (an HTTP proxy, reached with CONNECT: TLS stays end to
// end); no redirects (a 3xx is an answer), no compression asked for.
//
// A request is NEVER sent twice: an exchange whose connection fails after
// the request was written reports Closed, and the caller (eko::EkoClient)
// decides, as for any unclear answer. What a failure means for the request
// is in HttpExchange::Failure.
#pragma once

#include "http/HttpHead.h"
#include "http/HttpResponse.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace counterdesk::http {

class HttpClient;

// One request and its answer. Emits finished() once (never from inside
// HttpClient::send()); the caller deletes it (deleteLater) afterwards.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,          // an answer: response()
        ConnectFailed, // no connection was made: nothing was sent
        TlsFailed,     // the TLS handshake failed (sslErrors()): nothing was sent
        Closed,        // the connection failed or closed after the request was written: it may have arrived
        Malformed,     // an answer came that could not be read (statusSeen() may tell its code)
        Aborted,       // abort() was called
    };

    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    const HttpResponse& response() const { return m_response; }
    int statusSeen() const { return m_statusSeen; }
    const QList<QSslError>& sslErrors() const { return m_sslErrors; }
    // Whether any of the request was handed to the connection.
    bool requestWritten() const { return m_written; }

    // Stops the exchange; finished() is emitted before this returns (unless
    // it already was). Its connection is closed, never reused.
    void abort();

    ~HttpExchange() override;

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;
    explicit HttpExchange(HttpClient* client);

    void attach(QTcpSocket* socket, bool fresh);
    void write();
    void read();
    void socketGone();
    void finish(Failure failure, const QString& error = {});
    void detach();

    HttpClient* m_client;
    QString m_origin;
    QByteArray m_head; // request line and headers, ready to write
    QByteArray m_body;
    QSslConfiguration m_tls;
    QUrl m_url;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_received;
    HttpResponse m_response;
    QList<QSslError> m_sslErrors;
    QString m_error;
    Failure m_failure = Failure::None;
    int m_statusSeen = 0;
    bool m_fresh = false; // a connection opened for this exchange
    bool m_written = false;
    bool m_done = false;
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxConnectionsPerOrigin = 256;
    // New connections being opened (TCP and TLS handshakes) at once per
    // origin: a burst of requests after a start waits for the first few
    // connections instead of opening one each, which costs both ends a
    // handshake apiece when they are needed least.
    static constexpr int kMaxConnectingPerOrigin = 8;
    static constexpr int kMaxIdlePerOrigin = 64;
    static constexpr qint64 kIdleLimitMs = 4000;

    struct Request
    {
        QByteArray method; // GET, POST, PUT
        QUrl url;          // http or https, with a host
        HttpHeaders headers;
        QByteArray body; // sent with its Content-Length (not for GET)
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    };

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // The exchange is parented to this client.
    HttpExchange* send(const Request& request);
    // Every connection opened from now on goes through `proxy` (an
    // HttpProxy: a CONNECT tunnel per connection); NoProxy by default, the
    // system's settings are never read.
    void setProxy(const QNetworkProxy& proxy) { m_proxy = proxy; }

    // Open connections to an origin ("https://host:port"), busy or idle; for tests.
    int connectionCount(const QString& origin) const { return m_open.value(origin); }
    int idleCount(const QString& origin) const;
    static QString originOf(const QUrl& url);

private:
    friend class HttpExchange;
    struct Idle
    {
        QPointer<QTcpSocket> socket;
        QDeadlineTimer expires;
    };

    void start(HttpExchange* exchange);
    // The exchange is done with its socket: keep it for the next request
    // (reusable) or close it.
    void release(const QString& origin, QTcpSocket* socket, bool reusable);
    void forget(const QString& origin, QTcpSocket* socket);
    void startWaiting(const QString& origin);
    // A new connection is ready for its first request (or failed).
    void connectingDone(const QString& origin, QTcpSocket* socket);
    bool canStart(const QString& origin) const;
    QTcpSocket* takeIdle(const QString& origin);
    // Closes the idle connections past kIdleLimitMs.
    void closeExpired();

    QHash<QString, QList<Idle>> m_idle;
    QHash<QTcpSocket*, QString> m_origins; // every open connection's origin
    QHash<QString, int> m_open;
    QHash<QTcpSocket*, QString> m_connecting; // opened and not yet ready
    QTimer m_expiry;                          // runs while a connection is idle
    QHash<QString, QList<QPointer<HttpExchange>>> m_waiting;
    QNetworkProxy m_proxy{QNetworkProxy::NoProxy};
};

} // namespace counterdesk::http
