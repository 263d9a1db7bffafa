// GatewayLog: one JSON object per line on stdout, for journald.
//
// Every value goes through security::LogRedactor, so a key, an OTP or a full
// account number that found its way into a message is masked here too.
#pragma once

#include <QJsonObject>
#include <QString>

namespace counterdesk::gateway {

class GatewayLog
{
public:
    static void write(const QString& event, const QJsonObject& fields = {});
};

} // namespace counterdesk::gateway
