// IdleLock: locks a window after the agent's idle time (IdleLockMinutes).
// It joins ActivityMonitor (is anyone there?) to LockScreen (the PIN), and
// locks only when an agent PIN is set: a lock anyone can open protects
// nothing and only slows the counter down.
#pragma once

#include <QObject>

class QWidget;

namespace counterdesk {
class Settings;
}
namespace counterdesk::security {
class PinGuard;
}

namespace counterdesk::ui {

class ActivityMonitor;
class LockScreen;

class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(QWidget* window, Settings& settings, security::PinGuard& guard, QObject* parent = nullptr);
    ~IdleLock() override;

    // Re-reads IdleLockMinutes (after the settings dialog closed).
    void reloadSettings();
    // Tests: a short idle time instead of minutes.
    void setIdleTimeoutMs(int ms);
    // Locks now (menu "Lock", or the idle timer). False when no PIN is set.
    bool lockNow();
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_screen; }

Q_SIGNALS:
    void locked();
    void unlocked();

private:
    Settings& m_settings;
    security::PinGuard& m_guard;
    ActivityMonitor* m_monitor = nullptr;
    LockScreen* m_screen = nullptr;
};

} // namespace counterdesk::ui
