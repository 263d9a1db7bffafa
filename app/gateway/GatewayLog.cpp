#include "gateway/GatewayLog.h"

#include "security/LogRedactor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdio>

namespace counterdesk::gateway {

void GatewayLog::write(const QString& event, const QJsonObject& fields)
{
    QJsonObject line;
    line.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("event"), event);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->isString())
            line.insert(it.key(), security::LogRedactor::redact(it->toString()));
        else
            line.insert(it.key(), *it);
    }
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}

} // namespace counterdesk::gateway
