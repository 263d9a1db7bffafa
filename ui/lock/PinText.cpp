#include "PinText.h"

#include <QDateTime>

namespace counterdesk::ui {

QString PinText::refusal(security::PinCheck check, const security::PinGuard& guard)
{
    const QDateTime until = guard.lockedUntil();
    const qint64 seconds =
        until.isValid() ? qMax<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(until) + 999) / 1000) : 0;
    switch (check) {
    case security::PinCheck::Accepted:
        return {};
    case security::PinCheck::NoPinSet:
        return tr("No agent PIN is set.");
    case security::PinCheck::Wrong:
        return seconds > 0 ? tr("Wrong PIN. %1").arg(wait(seconds)) : tr("Wrong PIN. Try again.");
    case security::PinCheck::LockedOut:
        return wait(seconds);
    }
    return {};
}

QString PinText::wait(qint64 seconds)
{
    return tr("Too many wrong PINs. Try again in %n second(s).", nullptr, int(seconds));
}

} // namespace counterdesk::ui
