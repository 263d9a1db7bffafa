#include "eko/CallParams.h"

#include <QRegularExpression>

namespace counterdesk::eko {

bool CallParams::isOptionalValue(const QString& name)
{
    for (const char* value : kOptionalValues) {
        if (name == QLatin1String(value))
            return true;
    }
    return false;
}

bool CallParams::isReserved(const QString& name)
{
    static const QStringList reserved{
        QStringLiteral("initiator_id"), QStringLiteral("user_code"), QStringLiteral("client_ref_id"),
        QStringLiteral("customer_id"),  QStringLiteral("tid"),       QStringLiteral("transaction_reference")};
    return reserved.contains(name);
}

bool CallParams::isWireName(const QString& name)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return shape.match(name).hasMatch();
}

} // namespace counterdesk::eko
