#include "security/PinGuard.h"

#include "platform/Platform.h"

#include <QSettings>
#include <algorithm>

namespace counterdesk::security {
namespace {
const QString kAlgorithm = QStringLiteral("agent_pin/algorithm");
const QString kIterations = QStringLiteral("agent_pin/iterations");
const QString kSalt = QStringLiteral("agent_pin/salt");
const QString kHash = QStringLiteral("agent_pin/hash");
const QString kFailures = QStringLiteral("agent_pin/failures");
const QString kLockedUntil = QStringLiteral("agent_pin/locked_until");
constexpr int kFreeAttempts = 2;
constexpr std::chrono::seconds kFirstDelay{30};
constexpr std::chrono::seconds kMaxDelay{3600};
} // namespace

PinGuard::PinGuard(const QString& settingsFile, std::function<QDateTime()> clock)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_clock(std::move(clock))
{}

PinGuard::~PinGuard() = default;

QDateTime PinGuard::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

std::chrono::seconds PinGuard::delayAfter(int failures)
{
    if (failures <= kFreeAttempts)
        return std::chrono::seconds(0);
    std::chrono::seconds delay = kFirstDelay;
    for (int i = kFreeAttempts + 1; i < failures && delay < kMaxDelay; ++i)
        delay *= 2;
    return std::min(delay, kMaxDelay);
}

PinHash PinGuard::stored() const
{
    PinHash h;
    h.algorithm = m_settings->value(kAlgorithm).toString();
    h.iterations = m_settings->value(kIterations).toInt();
    h.salt = QByteArray::fromBase64(m_settings->value(kSalt).toByteArray());
    h.hash = QByteArray::fromBase64(m_settings->value(kHash).toByteArray());
    return h;
}

void PinGuard::persist()
{
    m_settings->sync();
    platform::restrictToOwner(m_settings->fileName());
}

bool PinGuard::hasPin() const
{
    return stored().isValid();
}

bool PinGuard::setPin(const QString& pin, int iterations)
{
    if (!PinHash::isAcceptablePin(pin))
        return false;
    const PinHash h = PinHash::create(pin, iterations);
    if (!h.isValid())
        return false;
    m_settings->setValue(kAlgorithm, h.algorithm);
    m_settings->setValue(kIterations, h.iterations);
    m_settings->setValue(kSalt, QString::fromLatin1(h.salt.toBase64()));
    m_settings->setValue(kHash, QString::fromLatin1(h.hash.toBase64()));
    m_settings->setValue(kFailures, 0);
    m_settings->remove(kLockedUntil);
    persist();
    return true;
}

void PinGuard::clearPin()
{
    m_settings->remove(QStringLiteral("agent_pin"));
    persist();
}

int PinGuard::failedAttempts() const
{
    return m_settings->value(kFailures, 0).toInt();
}

QDateTime PinGuard::lockedUntil() const
{
    const QDateTime until =
        QDateTime::fromString(m_settings->value(kLockedUntil).toString(), Qt::ISODateWithMs);
    return until.isValid() ? until.toUTC() : QDateTime();
}

bool PinGuard::isLockedOut() const
{
    const QDateTime until = lockedUntil();
    return until.isValid() && now() < until;
}

PinCheck PinGuard::check(const QString& pin)
{
    const PinHash h = stored();
    if (!h.isValid())
        return PinCheck::NoPinSet;
    if (isLockedOut())
        return PinCheck::LockedOut;
    if (h.matches(pin)) {
        m_settings->setValue(kFailures, 0);
        m_settings->remove(kLockedUntil);
        persist();
        return PinCheck::Accepted;
    }
    const int failures = failedAttempts() + 1;
    m_settings->setValue(kFailures, failures);
    const std::chrono::seconds delay = delayAfter(failures);
    if (delay.count() > 0)
        m_settings->setValue(kLockedUntil, now().addSecs(delay.count()).toString(Qt::ISODateWithMs));
    persist();
    return PinCheck::Wrong;
}

} // namespace counterdesk::security
