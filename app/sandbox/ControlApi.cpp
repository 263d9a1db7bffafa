#include "ControlApi.h"

#include "Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace counterdesk::sandbox::ControlApi {

namespace {

using Method = http::HttpMethod;

http::HttpReply error(int status, const QString& message)
{
    return http::HttpReply::json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QJsonObject faultList(const FaultInjector& faults)
{
    QJsonArray list;
    for (const FaultRule& rule : faults.rules())
        list.append(FaultInjector::toJson(rule));
    return QJsonObject{{QStringLiteral("faults"), list}};
}

// Accepts one rule object, {"faults": [...]}, a bare array, or
// {"spec": "CALL:KIND[=MS][/TIMES]"} like the command line.
http::HttpReply addFaults(ControlTarget& t, const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().contains(QStringLiteral("faults")))
        items = doc.object().value(QStringLiteral("faults")).toArray();
    else if (doc.isObject())
        items.append(doc.object());
    else
        return error(400, QStringLiteral("body must be a JSON fault rule"));
    QList<FaultRule> rules;
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        QString why;
        const std::optional<FaultRule> rule =
            object.contains(QStringLiteral("spec"))
                ? FaultInjector::parseSpec(object.value(QStringLiteral("spec")).toString(), &why)
                : FaultInjector::fromJson(object, &why);
        if (!rule)
            return error(400, why);
        rules.append(*rule);
    }
    for (const FaultRule& rule : rules)
        t.faults.add(rule);
    return http::HttpReply::json(faultList(t.faults));
}

http::HttpReply senderInfo(ControlTarget& t, const QUrlQuery& query)
{
    const QString mobile = query.queryItemValue(QStringLiteral("mobile"));
    const Rail rail = query.queryItemValue(QStringLiteral("rail")) == QLatin1String("ppi-levin")
                          ? Rail::Levin
                          : Rail::DigiKhata;
    const Sender* s = t.state.sender(rail, mobile);
    if (!s)
        return error(404, QStringLiteral("no such sender"));
    return http::HttpReply::json(
        QJsonObject{{QStringLiteral("mobile"), s->mobile},
                    {QStringLiteral("rail"), railName(s->rail)},
                    {QStringLiteral("name"), s->name},
                    {QStringLiteral("balance"), s->balance.toPlainString()},
                    {QStringLiteral("used_this_month"), s->usedThisMonth.toPlainString()},
                    {QStringLiteral("monthly_limit"), s->monthlyLimit.toPlainString()},
                    {QStringLiteral("wallet_token"), s->walletToken}});
}

QJsonObject counters(const CallCounters& c)
{
    QJsonObject calls;
    for (auto it = c.calls.cbegin(); it != c.calls.cend(); ++it)
        calls.insert(it.key(), it.value());
    QJsonObject refs;
    for (auto it = c.initiatesByRef.cbegin(); it != c.initiatesByRef.cend(); ++it)
        refs.insert(it.key(), it.value());
    QJsonObject refunds;
    for (auto it = c.refundsByTid.cbegin(); it != c.refundsByTid.cend(); ++it)
        refunds.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("calls"), calls},
                       {QStringLiteral("initiates_by_client_ref_id"), refs},
                       {QStringLiteral("refunds_by_tid"), refunds}};
}

// The ledger as Eko's back office sees it, read-only: what a test compares
// with the journal after a crash (tests/torture). No account numbers: the
// tid and client_ref_id are what the journal is matched on.
QJsonObject ledger(const SandboxState& state)
{
    QJsonArray list;
    for (const Transaction* t : state.transactions()) {
        list.append(QJsonObject{{QStringLiteral("tid"), t->tid},
                                {QStringLiteral("client_ref_id"), t->clientRefId},
                                {QStringLiteral("rail"), railName(t->rail)},
                                {QStringLiteral("sender_mobile"), t->senderMobile},
                                {QStringLiteral("amount"), t->amount.toPlainString()},
                                {QStringLiteral("fee"), t->fee.toPlainString()},
                                {QStringLiteral("tx_status"), t->txStatus},
                                {QStringLiteral("refund_tid"), t->refundTid},
                                {QStringLiteral("refunded"), t->refunded.toPlainString()}});
    }
    return QJsonObject{{QStringLiteral("transactions"), list}};
}

} // namespace

http::HttpReply handle(ControlTarget& t, const http::HttpRequest& request, const QString& path)
{
    const QString what = path.mid(qsizetype(sizeof(Prefix) - 1));
    const Method method = request.method;
    const QUrlQuery query = request.query();
    if (what == QLatin1String("faults")) {
        if (method == Method::Post)
            return addFaults(t, request.body);
        if (method == Method::Delete)
            t.faults.clear();
        return http::HttpReply::json(faultList(t.faults));
    }
    if (what == QLatin1String("otp")) {
        const QString ref = query.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded); // base64: + / =
        if (!ref.isEmpty()) {
            const QString otp = t.otps.otpOf(ref);
            if (otp.isEmpty())
                return error(404, QStringLiteral("no OTP session with that otp_ref_id"));
            return http::HttpReply::json(
                QJsonObject{{QStringLiteral("ref"), ref}, {QStringLiteral("otp"), otp}});
        }
        const QString mobile = query.queryItemValue(QStringLiteral("mobile"));
        const QString purpose = query.queryItemValue(QStringLiteral("purpose"));
        const QString otp =
            t.otps.lastOtp(mobile, purpose.isEmpty() ? QString::fromLatin1(OtpPurpose::Sender) : purpose);
        if (otp.isEmpty())
            return error(404, QStringLiteral("no OTP sent to that mobile for that purpose"));
        return http::HttpReply::json(QJsonObject{{QStringLiteral("mobile"), mobile},
                                                 {QStringLiteral("purpose"), purpose},
                                                 {QStringLiteral("otp"), otp}});
    }
    if (what == QLatin1String("counters"))
        return http::HttpReply::json(counters(t.counters));
    if (what == QLatin1String("clock")) {
        if (method == Method::Post) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonValue offset = body.value(QStringLiteral("offset_ms"));
            if (!offset.isDouble())
                return error(400, QStringLiteral("body must be {\"offset_ms\": N}"));
            t.clock.setOffsetMs(offset.toInteger());
        }
        return http::HttpReply::json(QJsonObject{{QStringLiteral("offset_ms"), t.clock.offsetMs()},
                                                 {QStringLiteral("server_time_ms"), t.clock.nowMs()}});
    }
    if (what == QLatin1String("sender"))
        return senderInfo(t, query);
    if (what == QLatin1String("transactions") && method == Method::Get)
        return http::HttpReply::json(ledger(t.state));
    if (what == QLatin1String("reset") && method == Method::Post) {
        QString why;
        if (!t.reset(&why))
            return error(500, why);
        return http::HttpReply::json(QJsonObject{{QStringLiteral("reset"), true}});
    }
    return error(404, QStringLiteral("unknown control endpoint"));
}

} // namespace counterdesk::sandbox::ControlApi
