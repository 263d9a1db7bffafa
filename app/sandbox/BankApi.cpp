#include "BankApi.h"

#include "Envelope.h"
#include "eko/EndpointTable.h"

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
    QHash<QString, QString> holders; // "IFSC/account" -> the name the bank holds
};

QString holderKey(const QString& ifsc, const QString& account)
{
    return ifsc + u'/' + account;
}

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
        for (const QJsonValue& v : root.value(QLatin1String("account_holders")).toArray()) {
            const QJsonObject o = v.toObject();
            dir.holders.insert(holderKey(o.value(QLatin1String("ifsc")).toString(),
                                         o.value(QLatin1String("account")).toString()),
                               o.value(QLatin1String("name")).toString());
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

QJsonObject verifyBankAccount(ApiContext&, const ApiCall& call)
{
    // The fee the console names before the check: the same table, so
    // training shows what the answer will say.
    static const Money fee =
        eko::EndpointTable::builtIn().fee(eko::Call::VerifyBankAccount).value_or(Money());
    static qint64 nextTid = 5886522975;
    const QString ifsc = call.params.value(QLatin1String("ifsc")).toString();
    const QJsonValue accountValue = call.params.value(QLatin1String("bank_account"));
    const QString account =
        accountValue.isString() ? accountValue.toString() : QString::number(accountValue.toInteger());
    const std::optional<Bank> bank = bankForIfsc(ifsc);
    if (!bank || !bank->verificationAvailable)
        return envelope::make(
            1796, envelope::Rsid::Failure, 1796,
            QStringLiteral("Recipient name not found and verification not available for this bank"));
    // Eko echoes the account too; the sandbox does not, so no full number
    // sits in an answer the client keeps.
    QJsonObject data{
        {QStringLiteral("amount"), QStringLiteral("1.0")},
        {QStringLiteral("fee"), fee.toPlainString()},
        {QStringLiteral("tid"), QString::number(nextTid++)},
        {QStringLiteral("bank"), bank->name},
        {QStringLiteral("is_name_editable"), QStringLiteral("1")},
    };
    const QString name = directory().holders.value(holderKey(ifsc, account));
    if (name.isEmpty()) {
        // Eko gives the fee back when the bank names nobody.
        data.insert(QStringLiteral("verification_failure_refund"), fee.toPlainString());
        return envelope::make(350, envelope::Rsid::Failure, 350,
                              QStringLiteral("Verification failed.Recipient name not found."), data);
    }
    data.insert(QStringLiteral("recipient_name"), name);
    data.insert(QStringLiteral("verification_failure_refund"), QString());
    return envelope::make(0, envelope::Rsid::GetSuccess, 61, QStringLiteral("Success! Account details found"),
                          data);
}

} // namespace counterdesk::sandbox::BankApi
