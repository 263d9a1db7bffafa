// PinGuard: the optional agent PIN and its lock-out.
//
// The PIN is kept as a PinHash (hash + salt + parameters) in the settings
// file under [agent_pin]. Wrong PINs lock the console for growing delays:
// none for the first two (a slip of the finger), then 30 s, doubling up to an
// hour. The count and the lock's end are written to the same file at once, so
// closing and restarting the program does not reset them.
#pragma once

#include "security/PinHash.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

class QSettings;

namespace counterdesk::security {

enum class PinCheck {
    Accepted,  // right PIN; the failure count is reset
    Wrong,     // wrong PIN; lockedUntil() may now be in the future
    LockedOut, // not even checked: wait until lockedUntil()
    NoPinSet,  // no PIN configured: nothing to check
};

class PinGuard
{
public:
    // clock: "now" in UTC; tests inject one. Empty = the system clock.
    explicit PinGuard(const QString& settingsFile, std::function<QDateTime()> clock = {});
    ~PinGuard();

    PinGuard(const PinGuard&) = delete;
    PinGuard& operator=(const PinGuard&) = delete;

    bool hasPin() const;
    // False when the PIN is not 4-8 digits or hashing failed; nothing stored then.
    bool setPin(const QString& pin, int iterations = PinHash::kDefaultIterations);
    void clearPin();

    PinCheck check(const QString& pin);
    int failedAttempts() const;
    // Null when not locked.
    QDateTime lockedUntil() const;
    bool isLockedOut() const;

    // The lock after `failures` consecutive wrong PINs.
    static std::chrono::seconds delayAfter(int failures);

private:
    QDateTime now() const;
    PinHash stored() const;
    void persist();

    std::unique_ptr<QSettings> m_settings;
    std::function<QDateTime()> m_clock;
};

} // namespace counterdesk::security
