#include "SandboxTestClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTimer>

namespace counterdesk::sandbox::test {

SandboxTestClient::SandboxTestClient(const SandboxServer& server)
    : m_base(server.baseUrl())
    , m_port(server.port())
{}

QUrl SandboxTestClient::apiUrl(const QString& path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    return url;
}

QUrl SandboxTestClient::controlUrl(const QString& what) const
{
    QUrl url = m_base;
    const qsizetype q = what.indexOf(u'?');
    url.setPath(QStringLiteral("/sandbox/control/") + what.left(q < 0 ? what.size() : q));
    if (q >= 0)
        url.setQuery(what.mid(q + 1));
    return url;
}

QList<QPair<QByteArray, QByteArray>> SandboxTestClient::signedHeaders() const
{
    const QByteArray timestamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + clockOffsetMs);
    const QByteArray key = accessKey.toUtf8().toBase64();
    const QByteArray secret =
        QMessageAuthenticationCode::hash(timestamp, key, QCryptographicHash::Sha256).toBase64();
    return {{"developer_key", developerKey.toUtf8()},
            {"secret-key", secret},
            {"secret-key-timestamp", timestamp},
            {"content-type", "application/json"}};
}

Answer SandboxTestClient::raw(const QByteArray& method, const QUrl& url, const QByteArray& body,
                              const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    Answer answer;
    answer.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = timer.isActive() ? reply->error() : QNetworkReply::TimeoutError;
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.date = reply->rawHeader("Date");
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return answer;
}

Answer SandboxTestClient::get(const QString& path, QUrlQuery query, bool addIdentity)
{
    if (addIdentity) {
        query.addQueryItem(QStringLiteral("initiator_id"), QLatin1String(kInitiatorId));
        query.addQueryItem(QStringLiteral("user_code"), QLatin1String(kUserCode));
    }
    QUrl url = apiUrl(path);
    url.setQuery(query);
    return raw("GET", url, {}, signedHeaders());
}

Answer SandboxTestClient::post(const QString& path, QJsonObject body, bool addIdentity)
{
    if (addIdentity) {
        body.insert(QStringLiteral("initiator_id"), QLatin1String(kInitiatorId));
        body.insert(QStringLiteral("user_code"), QLatin1String(kUserCode));
    }
    return raw("POST", apiUrl(path), QJsonDocument(body).toJson(QJsonDocument::Compact), signedHeaders());
}

Answer SandboxTestClient::control(const QByteArray& method, const QString& what, const QJsonObject& body)
{
    return raw(method, controlUrl(what), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
               {{"content-type", "application/json"}});
}

QString SandboxTestClient::otp(const QString& mobile, const QString& purpose)
{
    return control("GET", QStringLiteral("otp?mobile=%1&purpose=%2").arg(mobile, purpose))
        .json.value(QStringLiteral("otp"))
        .toString();
}

Answer SandboxTestClient::otpOfSession(const QString& otpRefId)
{
    return control("GET",
                   QStringLiteral("otp?ref=") + QString::fromLatin1(QUrl::toPercentEncoding(otpRefId)));
}

QString SandboxTestClient::verifiedLevinToken(const QString& mobile)
{
    const Answer sent = get(QStringLiteral("/customer/payment/ppi-levin/sender/") + mobile);
    const Answer verified =
        post(QStringLiteral("/customer/payment/ppi-levin/sender/%1/otp/verify").arg(mobile),
             {{QStringLiteral("otp"), otp(mobile, QStringLiteral("sender"))},
              {QStringLiteral("otp_ref_id"), sent.dataString("otp_ref_id")},
              {QStringLiteral("intent_id"), QStringLiteral("19")}});
    return verified.dataString("wallet_token");
}

Answer SandboxTestClient::sendTransactionOtp(const QString& rail, const QString& mobile, qint64 recipientId,
                                             qint64 amount, const QString& walletToken)
{
    QJsonObject body{{QStringLiteral("customer_id"), mobile},
                     {QStringLiteral("recipient_id"), recipientId},
                     {QStringLiteral("amount"), amount},
                     {QStringLiteral("service_code"), 80}};
    if (!walletToken.isEmpty())
        body.insert(QStringLiteral("wallet_token"), walletToken);
    return post(QStringLiteral("/customer/payment/%1/otp").arg(rail), body);
}

QJsonObject SandboxTestClient::initiateBody(const QString& mobile, qint64 recipientId, qint64 amount,
                                            const QString& otp, const QString& otpRef,
                                            const QString& clientRefId) const
{
    return QJsonObject{{QStringLiteral("customer_id"), mobile},
                       {QStringLiteral("recipient_id"), recipientId},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("timestamp"), QStringLiteral("2025-01-21T07:07:20.562Z")},
                       {QStringLiteral("currency"), QStringLiteral("INR")},
                       {QStringLiteral("channel"), 2},
                       {QStringLiteral("otp"), otp},
                       {QStringLiteral("otp_ref_id"), otpRef},
                       {QStringLiteral("client_ref_id"), clientRefId},
                       {QStringLiteral("service_code"), 80},
                       {QStringLiteral("latlong"), QStringLiteral("28.63,77.22")},
                       {QStringLiteral("state"), QStringLiteral("1")}};
}

Answer SandboxTestClient::transfer(const QString& rail, const QString& mobile, qint64 recipientId,
                                   qint64 amount, const QString& clientRefId, const QString& walletToken,
                                   int channel)
{
    const Answer sent = sendTransactionOtp(rail, mobile, recipientId, amount, walletToken);
    QJsonObject body = initiateBody(mobile, recipientId, amount, otp(mobile, QStringLiteral("transaction")),
                                    sent.dataString("otp_ref_id"), clientRefId);
    body.insert(QStringLiteral("channel"), channel);
    if (!walletToken.isEmpty())
        body.insert(QStringLiteral("wallet_token"), walletToken);
    return post(QStringLiteral("/customer/payment/") + rail, body);
}

} // namespace counterdesk::sandbox::test
