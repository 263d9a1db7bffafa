#include "http/HttpClient.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace counterdesk::http {

namespace {

// Eko's answers are small JSON; a larger body is not one of them.
HttpLimits answerLimits()
{
    HttpLimits limits;
    limits.maxBodyBytes = 8 * 1024 * 1024;
    return limits;
}

int defaultPort(const QUrl& url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

int portOf(const QUrl& url)
{
    return url.port(defaultPort(url));
}

QByteArray hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (portOf(url) != defaultPort(url))
        host += ':' + QByteArray::number(portOf(url));
    return host;
}

QByteArray requestHead(const HttpClient::Request& request)
{
    QByteArray target =
        request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray head = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader(request.url) +
                      "\r\nUser-Agent: counterdesk-gateway\r\n";
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        // Framing and the connection are this client's to say.
        if (lower == "host" || lower == "content-length" || lower == "connection" ||
            lower == "transfer-encoding" || lower == "user-agent")
            continue;
        head += name + ": " + value + "\r\n";
    }
    if (request.method != "GET")
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    head += "\r\n";
    return head;
}

} // namespace

// ---- HttpExchange ----------------------------------------------------------

HttpExchange::HttpExchange(HttpClient* client)
    : QObject(client)
    , m_client(client)
{}

HttpExchange::~HttpExchange()
{
    // Deleted in flight: its connection is in an unknown state, never reused.
    if (!m_done && m_socket) {
        QTcpSocket* socket = m_socket;
        detach();
        m_client->forget(m_origin, socket);
    }
}

void HttpExchange::attach(QTcpSocket* socket, bool fresh)
{
    m_socket = socket;
    m_fresh = fresh;
    connect(socket, &QTcpSocket::readyRead, this, &HttpExchange::read);
    connect(socket, &QTcpSocket::disconnected, this, &HttpExchange::socketGone);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpExchange::socketGone);
    if (!fresh) {
        write();
        return;
    }
#if QT_CONFIG(ssl)
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        // Collected for the error text only; a certificate error is never ignored.
        connect(tls, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError>& errors) { m_sslErrors += errors; });
        connect(tls, &QSslSocket::encrypted, this, &HttpExchange::write);
        return;
    }
#endif
    connect(socket, &QTcpSocket::connected, this, &HttpExchange::write);
}

void HttpExchange::write()
{
    if (m_done || !m_socket || m_written)
        return;
    if (m_fresh) {
        // Once per connection (a system call each time): the request goes in one write.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_client->connectingDone(m_origin, m_socket);
    }
    m_written = true;
    m_socket->write(m_body.isEmpty() ? m_head : m_head + m_body);
}

void HttpExchange::read()
{
    if (m_done || !m_socket)
        return;
    m_received += m_socket->readAll();
    if (!m_written) {
        finish(Failure::Malformed, QStringLiteral("the server spoke before the request was sent"));
        return;
    }
    const HttpResponseParse parse = parseHttpResponse(m_received, false, answerLimits());
    m_statusSeen = parse.statusSeen;
    switch (parse.status) {
    case HttpResponseParse::Status::NeedMore:
        return;
    case HttpResponseParse::Status::Malformed:
        finish(Failure::Malformed, parse.error);
        return;
    case HttpResponseParse::Status::Complete:
        break;
    }
    m_response = parse.response;
    // Anything after the answer was not asked for: the connection is not trusted again.
    const bool reusable = m_response.reusable && parse.consumed == m_received.size();
    QTcpSocket* socket = m_socket;
    detach();
    m_done = true;
    m_client->release(m_origin, socket, reusable);
    Q_EMIT finished();
}

void HttpExchange::socketGone()
{
    if (m_done || !m_socket)
        return;
    m_received += m_socket->readAll();
    const QString socketError = m_socket->errorString();
    if (!m_written) {
        const bool tls =
            !m_sslErrors.isEmpty() || m_socket->error() == QAbstractSocket::SslHandshakeFailedError;
        finish(tls ? Failure::TlsFailed : Failure::ConnectFailed, socketError);
        return;
    }
    // Closed: an answer whose end is the close is complete now.
    const HttpResponseParse parse = parseHttpResponse(m_received, true, answerLimits());
    m_statusSeen = parse.statusSeen;
    if (parse.status == HttpResponseParse::Status::Complete) {
        m_response = parse.response;
        m_response.reusable = false;
        finish(Failure::None);
        return;
    }
    finish(Failure::Closed, parse.error + QStringLiteral(" (") + socketError + u')');
}

void HttpExchange::detach()
{
    if (m_socket)
        m_socket->disconnect(this);
    m_socket = nullptr;
}

void HttpExchange::finish(Failure failure, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = failure;
    m_error = error;
    if (QTcpSocket* socket = m_socket) {
        detach();
        m_client->forget(m_origin, socket);
    }
    m_client->startWaiting(m_origin);
    Q_EMIT finished();
}

void HttpExchange::abort()
{
    finish(Failure::Aborted, QStringLiteral("aborted"));
}

// ---- HttpClient ------------------------------------------------------------

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
{
    m_expiry.setInterval(static_cast<int>(kIdleLimitMs / 4));
    connect(&m_expiry, &QTimer::timeout, this, &HttpClient::closeExpired);
}

void HttpClient::closeExpired()
{
    bool anyIdle = false;
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        const QString origin = it.key();
        QList<QTcpSocket*> expired;
        for (const Idle& idle : std::as_const(*it)) {
            if (idle.socket && idle.expires.hasExpired())
                expired.append(idle.socket);
        }
        for (QTcpSocket* socket : std::as_const(expired))
            forget(origin, socket);
        anyIdle = anyIdle || idleCount(origin) > 0;
    }
    if (!anyIdle)
        m_expiry.stop();
}

HttpClient::~HttpClient()
{
    // The exchanges (children) outlive this body; they must not call back.
    for (HttpExchange* exchange : findChildren<HttpExchange*>(Qt::FindDirectChildrenOnly)) {
        exchange->detach();
        exchange->m_done = true;
    }
    for (auto it = m_origins.cbegin(); it != m_origins.cend(); ++it) {
        it.key()->disconnect();
        it.key()->abort();
    }
}

QString HttpClient::originOf(const QUrl& url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + u':' + QString::number(portOf(url));
}

int HttpClient::idleCount(const QString& origin) const
{
    int n = 0;
    for (const Idle& idle : m_idle.value(origin)) {
        if (idle.socket)
            ++n;
    }
    return n;
}

HttpExchange* HttpClient::send(const Request& request)
{
    auto* exchange = new HttpExchange(this);
    exchange->m_origin = originOf(request.url);
    exchange->m_url = request.url;
    exchange->m_head = requestHead(request);
    exchange->m_body = request.method == "GET" ? QByteArray() : request.body;
    exchange->m_tls = request.tls;
    // Started from the event loop: finished() never comes before the caller connected.
    QMetaObject::invokeMethod(
        this,
        [this, exchange = QPointer<HttpExchange>(exchange)] {
            if (exchange && !exchange->m_done)
                start(exchange);
        },
        Qt::QueuedConnection);
    return exchange;
}

void HttpClient::start(HttpExchange* exchange)
{
    const QUrl& url = exchange->m_url;
    const bool https = url.scheme() == QLatin1String("https");
    if ((!https && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
        exchange->finish(HttpExchange::Failure::ConnectFailed, QStringLiteral("not an http(s) URL"));
        return;
    }
    const QString& origin = exchange->m_origin;
    if (QTcpSocket* socket = takeIdle(origin)) {
        exchange->attach(socket, false);
        return;
    }
    if (!canStart(origin)) {
        m_waiting[origin].append(exchange);
        return;
    }
    QTcpSocket* socket = nullptr;
    if (https) {
#if QT_CONFIG(ssl)
        auto* tls = new QSslSocket(this);
        QSslConfiguration config = exchange->m_tls;
        config.setAllowedNextProtocols(
            {QByteArray(QSslConfiguration::NextProtocolHttp1_1)}); // never h2: we speak HTTP/1.1
        tls->setSslConfiguration(config);
        socket = tls;
#else
        exchange->finish(HttpExchange::Failure::TlsFailed, QStringLiteral("this Qt has no TLS"));
        return;
#endif
    } else {
        socket = new QTcpSocket(this);
    }
    socket->setProxy(m_proxy);
    m_origins.insert(socket, origin);
    m_connecting.insert(socket, origin);
    ++m_open[origin];
    exchange->attach(socket, true);
    const auto port = static_cast<quint16>(portOf(url));
#if QT_CONFIG(ssl)
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        tls->connectToHostEncrypted(url.host(), port);
        return;
    }
#endif
    socket->connectToHost(url.host(), port);
}

QTcpSocket* HttpClient::takeIdle(const QString& origin)
{
    auto it = m_idle.find(origin);
    while (it != m_idle.end() && !it->isEmpty()) {
        const Idle idle = it->takeLast();
        QTcpSocket* socket = idle.socket;
        if (!socket)
            continue;
        socket->disconnect(this);
        if (idle.expires.hasExpired() || socket->state() != QAbstractSocket::ConnectedState ||
            socket->bytesAvailable() > 0) {
            forget(origin, socket);
            it = m_idle.find(origin);
            continue;
        }
        return socket;
    }
    return nullptr;
}

void HttpClient::release(const QString& origin, QTcpSocket* socket, bool reusable)
{
    if (!reusable) {
        forget(origin, socket);
        startWaiting(origin);
        return;
    }
    auto waiting = m_waiting.find(origin);
    while (waiting != m_waiting.end() && !waiting->isEmpty()) {
        const QPointer<HttpExchange> next = waiting->takeFirst();
        if (next && !next->m_done) {
            next->attach(socket, false);
            return;
        }
    }
    QList<Idle>& idle = m_idle[origin];
    if (idle.size() >= kMaxIdlePerOrigin) {
        forget(origin, socket);
        return;
    }
    idle.append({socket, QDeadlineTimer(kIdleLimitMs)});
    if (!m_expiry.isActive())
        m_expiry.start();
    // An idle connection that speaks or closes is done with.
    auto drop = [this, origin, socket] {
        forget(origin, socket);
        startWaiting(origin);
    };
    connect(socket, &QTcpSocket::readyRead, this, drop);
    connect(socket, &QTcpSocket::disconnected, this, drop);
    connect(socket, &QTcpSocket::errorOccurred, this, drop);
}

bool HttpClient::canStart(const QString& origin) const
{
    if (m_open.value(origin) >= kMaxConnectionsPerOrigin)
        return idleCount(origin) > 0;
    int connecting = 0;
    for (const QString& o : m_connecting) {
        if (o == origin)
            ++connecting;
    }
    return connecting < kMaxConnectingPerOrigin || idleCount(origin) > 0;
}

void HttpClient::connectingDone(const QString& origin, QTcpSocket* socket)
{
    if (m_connecting.remove(socket))
        startWaiting(origin);
}

void HttpClient::forget(const QString& origin, QTcpSocket* socket)
{
    m_connecting.remove(socket);
    if (!m_origins.remove(socket))
        return;
    --m_open[origin];
    QList<Idle>& idle = m_idle[origin];
    idle.removeIf([socket](const Idle& i) { return !i.socket || i.socket == socket; });
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void HttpClient::startWaiting(const QString& origin)
{
    auto waiting = m_waiting.find(origin);
    while (waiting != m_waiting.end() && !waiting->isEmpty() && canStart(origin)) {
        const QPointer<HttpExchange> next = waiting->takeFirst();
        if (next && !next->m_done)
            start(next);
        waiting = m_waiting.find(origin);
    }
}

} // namespace counterdesk::http
