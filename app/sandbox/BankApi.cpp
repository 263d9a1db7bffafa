#include "BankApi.h"

#include "Envelope.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace counterdesk::sandbox::BankApi {

namespace {

struct Branch
{
    QString bankCode;
    QString name;
};

struct Directory
{
    QHash<QString, Bank> banks;      // by code
    QHash<QString, Branch> branches; // by IFSC
};

// Read once: the data is part of the build, like the seed.
const Directory& directory()
{
    static const Directory d = [] {
        Directory dir;
        QFile file(QStringLiteral(":/sandbox/banks.json"));
        if (!file.open(QIODevice::ReadOnly))
            return dir;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue& v : root.value(QLatin1String("banks")).toArray()) {
            const QJsonObject o = v.toObject();
            Bank bank;
            bank.bankId = o.value(QLatin1String("bank_id")).toInteger();
            bank.code = o.value(QLatin1String("code")).toString();
            bank.name = o.value(QLatin1String("name")).toString();
            bank.availableChannels = o.value(QLatin1String("available_channels")).toInt();
            bank.verificationAvailable = o.value(QLatin1String("isverificationavailable")).toInt() != 0;
            bank.ifscStatus = o.value(QLatin1String("ifsc_status")).toInt();
            dir.banks.insert(bank.code, bank);
        }
        for (const QJsonValue& v : root.value(QLatin1String("branches")).toArray()) {
            const QJsonObject o = v.toObject();
            dir.branches.insert(
                o.value(QLatin1String("ifsc")).toString(),
                {o.value(QLatin1String("bank")).toString(), o.value(QLatin1String("branch")).toString()});
        }
        return dir;
    }();
    return d;
}

QJsonObject invalidBankDetails()
{
    return envelope::make(467, envelope::Rsid::Failure, 467,
                          QStringLiteral("Please provide valid bank details"));
}

bool isIfsc(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{4}0[A-Z0-9]{6}$"));
    return shape.match(text).hasMatch();
}

} // namespace

std::optional<Bank> bankForIfsc(const QString& ifsc)
{
    if (!isIfsc(ifsc))
        return std::nullopt;
    const Directory& d = directory();
    const auto branch = d.branches.constFind(ifsc);
    const QString code = branch != d.branches.constEnd() ? branch->bankCode : ifsc.left(4);
    const auto bank = d.banks.constFind(code);
    if (bank == d.banks.constEnd())
        return std::nullopt;
    return *bank;
}

QJsonObject getIfscDetails(ApiContext&, const ApiCall& call)
{
    // Eko matches the path as sent: a lower-case or short code is unknown.
    const QString ifsc = call.route.reference;
    const std::optional<Bank> bank = bankForIfsc(ifsc);
    if (!bank)
        return invalidBankDetails();
    const QJsonObject data{
        {QStringLiteral("bank"), bank->name},
        {QStringLiteral("branch"), directory().branches.value(ifsc).name},
        {QStringLiteral("ifsc"), ifsc},
        {QStringLiteral("bank_id"), bank->bankId},
        {QStringLiteral("ifsc_status"), bank->ifscStatus},
        {QStringLiteral("available_channels"), bank->availableChannels},
        {QStringLiteral("isverificationavailable"), bank->verificationAvailable ? 1 : 0},
    };
    return envelope::make(0, envelope::Rsid::GetSuccess, 414,
                          QStringLiteral("Success ! Found bank Details for given Ifsc"), data);
}

QJsonObject getBankDetails(ApiContext&, const ApiCall& call)
{
    const auto bank = directory().banks.constFind(call.route.reference);
    if (bank == directory().banks.constEnd())
        return invalidBankDetails();
    const QJsonObject data{
        {QStringLiteral("bank_id"), bank->bankId},
        {QStringLiteral("name"), bank->name},
        {QStringLiteral("code"), bank->code},
        {QStringLiteral("ifsc_status"), bank->ifscStatus},
        {QStringLiteral("available_channels"), bank->availableChannels},
        {QStringLiteral("isverificationavailable"), bank->verificationAvailable ? 1 : 0},
    };
    return envelope::make(0, envelope::Rsid::GetSuccess, 466, QStringLiteral("Success"), data);
}

} // namespace counterdesk::sandbox::BankApi
