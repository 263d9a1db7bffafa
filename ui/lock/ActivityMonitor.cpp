#include "ActivityMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace counterdesk::ui {

ActivityMonitor::ActivityMonitor(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ActivityMonitor::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

ActivityMonitor::~ActivityMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void ActivityMonitor::setIdleTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    poke();
}

void ActivityMonitor::pause()
{
    m_paused = true;
    m_timer->stop();
}

void ActivityMonitor::resume()
{
    m_paused = false;
    poke();
}

void ActivityMonitor::poke()
{
    if (m_paused || m_timeoutMs <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_timeoutMs);
}

bool ActivityMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Restarting a timer per event is cheap; mouse moves arrive at most
        // once per frame.
        if (!m_paused && m_timeoutMs > 0)
            m_timer->start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace counterdesk::ui
