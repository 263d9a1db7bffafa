#include "Envelope.h"

namespace counterdesk::sandbox::envelope {

QJsonObject make(int status, int responseStatusId, int responseTypeId, const QString& message,
                 const QJsonObject& data)
{
    return QJsonObject{
        {QStringLiteral("status"), status},
        {QStringLiteral("message"), message},
        {QStringLiteral("response_status_id"), responseStatusId},
        {QStringLiteral("response_type_id"), responseTypeId},
        {QStringLiteral("data"), data},
    };
}

QJsonObject invalidParams(const QJsonObject& fieldErrors)
{
    QJsonObject body = make(461, Rsid::Failure, -1, QStringLiteral("Invalid parameters"));
    body.insert(QStringLiteral("invalid_params"), fieldErrors);
    return body;
}

QJsonObject tryLater(const QString& message)
{
    return make(461, Rsid::Failure, -1, message);
}

QJsonObject failure(int code, const QString& message, const QJsonObject& data)
{
    return make(code, Rsid::Failure, code, message, data);
}

QString javaDecimal(Money amount)
{
    // toPlainString gives exactly two decimals; Java drops trailing zeros
    // but keeps at least one digit after the point.
    QString text = amount.toPlainString();
    while (text.endsWith(u'0') && text.at(text.size() - 2) != u'.')
        text.chop(1);
    return text;
}

} // namespace counterdesk::sandbox::envelope
