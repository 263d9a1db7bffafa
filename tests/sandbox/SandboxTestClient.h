// SandboxTestClient: a deliberately plain Eko client for the sandbox tests.
//
// It signs each request itself with QMessageAuthenticationCode (not with the
// app's Signer) so the sandbox is checked against REFERENCE §2.1 directly,
// and it talks real HTTP over loopback through a QNetworkAccessManager.
#pragma once

#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace counterdesk::sandbox::test {

inline constexpr char kInitiatorId[] = "9962981729";
inline constexpr char kUserCode[] = "20810200";
inline constexpr char kDigiKhataSender[] = "9000000001";
inline constexpr char kLevinSender[] = "9000000002";
inline constexpr char kNotEnrolled[] = "9000000003";
inline constexpr char kAadhaarPending[] = "9000000004";
inline constexpr char kLowBalance[] = "9000000005";
inline constexpr char kLimitNearlyUsed[] = "9000000006";
inline constexpr qint64 kKrishna = 10017680;      // DigiKhata 9000000001, registered
inline constexpr qint64 kNeftOnly = 10017681;     // DigiKhata 9000000001, NEFT only
inline constexpr qint64 kUnregistered = 10017682; // DigiKhata 9000000001, no bank registration
inline constexpr qint64 kMohan = 10017740;        // Levin 9000000002
inline constexpr qint64 kSavita = 10017690;       // 9000000005
inline constexpr qint64 kKiran = 10017695;        // 9000000006
// The rails as they appear in the API's paths.
inline const QString kDkRail = QStringLiteral("ppi-digikhata");
inline const QString kLevinRail = QStringLiteral("ppi-levin");

struct Answer
{
    int http = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray date;
    QByteArray retryAfter;
    QByteArray contentType;

    int status() const { return json.value(QStringLiteral("status")).toInt(-999); }
    int rtid() const { return json.value(QStringLiteral("response_type_id")).toInt(-999); }
    int rsid() const { return json.value(QStringLiteral("response_status_id")).toInt(-999); }
    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    QString dataString(const char* key) const { return data().value(QLatin1String(key)).toString(); }
    QJsonObject invalidParams() const { return json.value(QStringLiteral("invalid_params")).toObject(); }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const SandboxServer& server);

    // Signing knobs for the negative tests.
    QString accessKey = QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30");
    QString developerKey = QStringLiteral("becbbce45f79c6f5109f848acd540567");
    qint64 clockOffsetMs = 0; // sign as if the PC clock were this far ahead
    int timeoutMs = 10000;

    Answer get(const QString& path, QUrlQuery query = {}, bool addIdentity = true);
    Answer post(const QString& path, QJsonObject body, bool addIdentity = true);
    Answer raw(const QByteArray& method, const QUrl& url, const QByteArray& body,
               const QList<QPair<QByteArray, QByteArray>>& headers);
    QList<QPair<QByteArray, QByteArray>> signedHeaders() const;

    // Control endpoint helpers.
    Answer control(const QByteArray& method, const QString& what, const QJsonObject& body = {});
    QString otp(const QString& mobile, const QString& purpose);
    Answer otpOfSession(const QString& otpRefId); // the control endpoint's answer for one session

    // Flow helpers for the seeded customers.
    QString verifiedLevinToken(const QString& mobile);
    Answer sendTransactionOtp(const QString& rail, const QString& mobile, qint64 recipientId, qint64 amount,
                              const QString& walletToken = {});
    // Send OTP + Initiate with the right OTP; returns the Initiate answer.
    Answer transfer(const QString& rail, const QString& mobile, qint64 recipientId, qint64 amount,
                    const QString& clientRefId, const QString& walletToken = {}, int channel = 2);
    QJsonObject initiateBody(const QString& mobile, qint64 recipientId, qint64 amount, const QString& otp,
                             const QString& otpRef, const QString& clientRefId) const;

    QUrl apiUrl(const QString& path) const;
    QUrl controlUrl(const QString& what) const;

private:
    QUrl m_base;
    quint16 m_port;
    QNetworkAccessManager m_nam;
};

} // namespace counterdesk::sandbox::test
