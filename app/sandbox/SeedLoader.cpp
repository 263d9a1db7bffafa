#include "SeedLoader.h"

#include "SandboxState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace counterdesk::sandbox::SeedLoader {

namespace {

bool readMoney(const QJsonObject& object, const char* key, Money fallback, Money* out, QString* error,
               const QString& where)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        *out = fallback;
        return true;
    }
    const MoneyParseResult parsed = Money::fromJson(value);
    if (!parsed.ok()) {
        *error = QStringLiteral("%1: \"%2\" is not an amount").arg(where, QLatin1String(key));
        return false;
    }
    *out = *parsed.value;
    return true;
}

bool readRail(const QString& text, Rail* rail)
{
    if (text == QLatin1String("ppi-digikhata"))
        *rail = Rail::DigiKhata;
    else if (text == QLatin1String("ppi-levin"))
        *rail = Rail::Levin;
    else
        return false;
    return true;
}

bool readKyc(const QString& text, KycState* kyc)
{
    if (text.isEmpty() || text == QLatin1String("full"))
        *kyc = KycState::Full;
    else if (text == QLatin1String("aadhaar_pending"))
        *kyc = KycState::AadhaarPending;
    else if (text == QLatin1String("pan_pending"))
        *kyc = KycState::PanPending;
    else
        return false;
    return true;
}

bool readRecipient(const QJsonObject& json, const Sender& sender, SandboxState& state, QString* error,
                   const QString& where)
{
    Recipient r;
    r.id = json.value(QStringLiteral("recipient_id")).toInteger(0);
    r.rail = sender.rail;
    r.senderMobile = sender.mobile;
    r.name = json.value(QStringLiteral("name")).toString();
    r.mobile = json.value(QStringLiteral("mobile")).toString();
    r.account = json.value(QStringLiteral("account")).toString();
    r.ifsc = json.value(QStringLiteral("ifsc")).toString();
    r.bankId = static_cast<int>(json.value(QStringLiteral("bank_id")).toInteger(0));
    r.availableChannel = static_cast<int>(json.value(QStringLiteral("available_channel")).toInteger(0));
    if (r.name.isEmpty() || r.account.isEmpty() || r.ifsc.isEmpty()) {
        *error = where + QStringLiteral(": a recipient needs name, account and ifsc");
        return false;
    }
    r.bank = state.bankNameForIfsc(r.ifsc);
    if (json.value(QStringLiteral("registered")).toBool(true)) {
        r.beneficiaryId = state.nextBeneficiaryId();
        r.verified = true;
    }
    state.addRecipient(r);
    return true;
}

bool readSender(const QJsonObject& json, SandboxState& state, QString* error, const QString& where)
{
    Sender s;
    if (!readRail(json.value(QStringLiteral("rail")).toString(), &s.rail)) {
        *error = where + QStringLiteral(": rail must be \"ppi-digikhata\" or \"ppi-levin\"");
        return false;
    }
    s.mobile = json.value(QStringLiteral("mobile")).toString();
    s.name = json.value(QStringLiteral("name")).toString();
    s.dob = json.value(QStringLiteral("dob")).toString();
    if (s.mobile.size() != 10 || s.name.isEmpty()) {
        *error = where + QStringLiteral(": a sender needs a 10-digit mobile and a name");
        return false;
    }
    if (!readKyc(json.value(QStringLiteral("kyc")).toString(), &s.kyc)) {
        *error = where + QStringLiteral(": kyc must be full, aadhaar_pending or pan_pending");
        return false;
    }
    if (!readMoney(json, "balance", Money(), &s.balance, error, where) ||
        !readMoney(json, "monthly_limit", Money::fromRupees(50000), &s.monthlyLimit, error, where) ||
        !readMoney(json, "used_this_month", Money(), &s.usedThisMonth, error, where))
        return false;
    if (s.rail == Rail::Levin)
        s.walletId = QStringLiteral("LW") + s.mobile;
    const Sender& added = state.addSender(s);
    const QJsonArray recipients = json.value(QStringLiteral("recipients")).toArray();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        if (!readRecipient(recipients.at(i).toObject(), added, state, error,
                           where + QStringLiteral(" recipient %1").arg(i)))
            return false;
    }
    return true;
}

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read seed %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

bool loadFromJson(const QByteArray& json, SandboxState& state, QString* error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("seed is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    state.clear();
    for (const QJsonValue& bank : root.value(QStringLiteral("banks")).toArray()) {
        const QJsonObject b = bank.toObject();
        state.addBank({static_cast<int>(b.value(QStringLiteral("bank_id")).toInteger(0)),
                       b.value(QStringLiteral("ifsc_prefix")).toString().toUpper(),
                       b.value(QStringLiteral("name")).toString()});
    }
    if (!readMoney(root, "agent_balance", state.agentBalance, &state.agentBalance, error,
                   QStringLiteral("seed")))
        return false;
    const QJsonObject limits = root.value(QStringLiteral("limits")).toObject();
    if (!readMoney(limits, "per_transaction", state.perTransactionLimit, &state.perTransactionLimit, error,
                   QStringLiteral("limits")))
        return false;
    state.maxRecipientsPerDay = static_cast<int>(
        limits.value(QStringLiteral("recipients_per_day")).toInteger(state.maxRecipientsPerDay));
    const QJsonArray senders = root.value(QStringLiteral("senders")).toArray();
    for (qsizetype i = 0; i < senders.size(); ++i) {
        if (!readSender(senders.at(i).toObject(), state, error, QStringLiteral("sender %1").arg(i)))
            return false;
    }
    return true;
}

bool load(const QString& path, SandboxState& state, QString* error)
{
    const QString source = path.isEmpty() ? QString::fromLatin1(BuiltInSeed) : path;
    QString readError;
    const QByteArray json = readFile(source, &readError);
    if (json.isEmpty()) {
        if (error)
            *error = readError.isEmpty() ? QStringLiteral("seed %1 is empty").arg(source) : readError;
        return false;
    }
    return loadFromJson(json, state, error);
}

QString describe(const QString& path)
{
    const QString source = path.isEmpty() ? QString::fromLatin1(BuiltInSeed) : path;
    const QJsonObject root = QJsonDocument::fromJson(readFile(source, nullptr)).object();
    QString text;
    for (const QJsonValue& value : root.value(QStringLiteral("senders")).toArray()) {
        const QJsonObject s = value.toObject();
        text +=
            QStringLiteral("  %1  %2  %3 - %4\n")
                .arg(s.value(QStringLiteral("mobile")).toString(),
                     s.value(QStringLiteral("rail")).toString().leftJustified(13),
                     s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("note")).toString());
    }
    const QString notEnrolled = root.value(QStringLiteral("not_enrolled_example")).toString();
    if (!notEnrolled.isEmpty())
        text +=
            QStringLiteral("  %1  (any rail)      not enrolled: Get Sender answers 308\n").arg(notEnrolled);
    return text;
}

} // namespace counterdesk::sandbox::SeedLoader
