#include "IdleLock.h"

#include "ActivityMonitor.h"
#include "LockScreen.h"
#include "security/PinGuard.h"
#include "settings/Settings.h"

#include <QWidget>

namespace counterdesk::ui {

IdleLock::IdleLock(QWidget* window, Settings& settings, security::PinGuard& guard, QObject* parent)
    : QObject(parent ? parent : window)
    , m_settings(settings)
    , m_guard(guard)
    , m_monitor(new ActivityMonitor(this))
    , m_screen(new LockScreen(guard, window))
{
    connect(m_monitor, &ActivityMonitor::idle, this, &IdleLock::lockNow);
    connect(m_screen, &LockScreen::unlocked, this, [this] {
        m_monitor->resume();
        Q_EMIT unlocked();
    });
    reloadSettings();
}

IdleLock::~IdleLock() = default;

void IdleLock::reloadSettings()
{
    m_monitor->setIdleTimeoutMs(m_settings.intValue(SettingKey::IdleLockMinutes) * 60 * 1000);
}

void IdleLock::setIdleTimeoutMs(int ms)
{
    m_monitor->setIdleTimeoutMs(ms);
}

bool IdleLock::lockNow()
{
    if (!m_guard.hasPin() || m_screen->isLocked())
        return m_screen->isLocked();
    m_monitor->pause();
    m_screen->lock();
    Q_EMIT locked();
    return true;
}

bool IdleLock::isLocked() const
{
    return m_screen->isLocked();
}

} // namespace counterdesk::ui
