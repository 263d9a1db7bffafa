#include "TortureSeed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace counterdesk::torture {

TortureCustomer TortureSeed::customer(int index)
{
    // Numbers far from the built-in seed's 90000000xx customers.
    return {QString::number(9100000000LL + index), 20000000 + index};
}

bool TortureSeed::write(const QString& path)
{
    QJsonArray senders;
    for (int i = 0; i < kCustomers; ++i) {
        const TortureCustomer c = customer(i);
        const QJsonObject recipient{{QStringLiteral("recipient_id"), c.recipientId},
                                    {QStringLiteral("name"), QStringLiteral("Payee %1").arg(i)},
                                    {QStringLiteral("mobile"), QString::number(9800000000LL + i)},
                                    {QStringLiteral("account"), QString::number(50100000000000LL + i)},
                                    {QStringLiteral("ifsc"), QStringLiteral("HDFC0000123")},
                                    {QStringLiteral("bank_id"), 56},
                                    {QStringLiteral("registered"), true},
                                    {QStringLiteral("available_channel"), 0}};
        senders.append(QJsonObject{{QStringLiteral("rail"), QStringLiteral("ppi-digikhata")},
                                   {QStringLiteral("mobile"), c.mobile},
                                   {QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)},
                                   {QStringLiteral("dob"), QStringLiteral("1985-01-01")},
                                   {QStringLiteral("kyc"), QStringLiteral("full")},
                                   {QStringLiteral("balance"), kBalance.toPlainString()},
                                   {QStringLiteral("recipients"), QJsonArray{recipient}}});
    }
    const QJsonObject seed{
        {QStringLiteral("comment"), QStringLiteral("tests/torture: one customer per killed run")},
        {QStringLiteral("banks"),
         QJsonArray{QJsonObject{{QStringLiteral("bank_id"), 56},
                                {QStringLiteral("ifsc_prefix"), QStringLiteral("HDFC")},
                                {QStringLiteral("name"), QStringLiteral("HDFC Bank")}}}},
        {QStringLiteral("senders"), senders}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(QJsonDocument(seed).toJson()) > 0;
}

} // namespace counterdesk::torture
