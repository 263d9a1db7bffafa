#include "domain/ClientRefId.h"

#include "domain/AsciiChar.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace counterdesk {

namespace {
constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr int kRandomChars = 7;
} // namespace

QString ClientRefId::generate()
{
    return generate(QDateTime::currentMSecsSinceEpoch());
}

QString ClientRefId::generate(qint64 epochMs)
{
    QString ref = QString::number(epochMs < 0 ? 0 : epochMs, 36);
    // The system generator: refs of two counters started in the same
    // millisecond must not collide, so no seeded PRNG.
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < kRandomChars; ++i)
        ref += QLatin1Char(kDigits[random->bounded(36)]);
    return ref.right(kMaxLength);
}

bool ClientRefId::isValid(const QString& ref)
{
    if (ref.isEmpty() || ref.size() > kMaxLength)
        return false;
    for (const QChar c : ref) {
        const bool ok = ascii::isLetterOrDigit(c) || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace counterdesk
