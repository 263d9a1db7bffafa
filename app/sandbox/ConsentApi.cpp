#include "ConsentApi.h"

#include "ApiSupport.h"
#include "ConsentAudio.h"
#include "Envelope.h"
#include "ParamReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace counterdesk::sandbox::ConsentApi {

namespace {

constexpr auto Optional = ParamReader::Optional;
constexpr auto Required = ParamReader::Required;

struct Consent
{
    qint64 pkid = 0;
    QString language;
    qint64 consentId = 0;
    QString audio; // file name under /sandbox/media/, or empty
    QString content;
};

// Read once: the texts are part of the build, like the banks.
const QList<Consent>& consents()
{
    static const QList<Consent> list = [] {
        QList<Consent> out;
        QFile file(QStringLiteral(":/sandbox/consent.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue& v : root.value(QLatin1String("languages")).toArray()) {
            const QJsonObject o = v.toObject();
            out.append({o.value(QLatin1String("pkid")).toInteger(),
                        o.value(QLatin1String("consentLanguage")).toString(),
                        o.value(QLatin1String("consentId")).toInteger(),
                        o.value(QLatin1String("audio")).toString(),
                        o.value(QLatin1String("consentContent")).toString()});
        }
        return out;
    }();
    return list;
}

// The checks both calls share: org_id "1" (EPS-SPEC's fixed value), the
// sender of the path, and on Levin a wallet_token if one is sent (Eko does
// not document these calls for Levin, so the sandbox does not demand it).
std::optional<QJsonObject> refusal(ApiContext& ctx, const ApiCall& call, ParamReader& params)
{
    const QString orgId = params.stringOrInteger(QStringLiteral("org_id"), Required);
    if (!orgId.isEmpty() && orgId != QLatin1String("1"))
        params.addError(QStringLiteral("org_id"), QStringLiteral("org_id must be 1"));
    params.string(QStringLiteral("wallet_id"), Optional);
    Sender* sender = nullptr;
    return ApiSupport::senderOfPath(ctx, call, params, Optional, &sender);
}

QString audioUrl(const ApiCall& call, const Consent& consent)
{
    if (consent.audio.isEmpty() || call.serverUrl.isEmpty())
        return {};
    return call.serverUrl + QLatin1String(ConsentAudio::Prefix) + consent.audio;
}

} // namespace

QJsonObject getConsentLanguages(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    if (auto refused = refusal(ctx, call, params))
        return *refused;
    QJsonArray list;
    for (const Consent& c : consents())
        list.append(
            QJsonObject{{QStringLiteral("pkid"), c.pkid}, {QStringLiteral("consentLanguage"), c.language}});
    return envelope::make(0, envelope::Rsid::Success, 2444,
                          QStringLiteral("Consent Language Successfully Retrieved"),
                          QJsonObject{{QStringLiteral("consent_language_list"), list}});
}

QJsonObject getConsentDetails(ApiContext& ctx, const ApiCall& call)
{
    ParamReader params(call.params, call.fromQuery);
    const QString pkid = params.stringOrInteger(QStringLiteral("consent_language"), Required);
    if (auto refused = refusal(ctx, call, params))
        return *refused;
    for (const Consent& c : consents()) {
        if (QString::number(c.pkid) != pkid)
            continue;
        // REFERENCE §3.4 gives 2444 and 2446 the same message.
        return envelope::make(0, envelope::Rsid::Success, 2446,
                              QStringLiteral("Consent Language Successfully Retrieved"),
                              QJsonObject{{QStringLiteral("consent_detail"),
                                           QJsonObject{{QStringLiteral("consentContent"), c.content},
                                                       {QStringLiteral("consent"), QStringLiteral("Y")},
                                                       {QStringLiteral("audioUrl"), audioUrl(call, c)},
                                                       {QStringLiteral("consentId"), c.consentId},
                                                       {QStringLiteral("consentLanguage"), c.language}}}});
    }
    return envelope::invalidParams(
        QJsonObject{{QStringLiteral("consent_language"), QStringLiteral("Invalid consent language")}});
}

bool hasAudio(const QString& fileName)
{
    if (fileName.isEmpty())
        return false;
    for (const Consent& c : consents()) {
        if (c.audio == fileName)
            return true;
    }
    return false;
}

} // namespace counterdesk::sandbox::ConsentApi
