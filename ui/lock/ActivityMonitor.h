// ActivityMonitor: notices when nobody has touched the keyboard or mouse for
// a while. An event filter on the whole application sees every input event,
// whichever window or dialog it goes to, so a busy agent in a dialog never
// gets locked out mid-sentence.
#pragma once

#include <QObject>

class QTimer;

namespace counterdesk::ui {

class ActivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ActivityMonitor(QObject* parent = nullptr);
    ~ActivityMonitor() override;

    // 0 = never idle. Restarts the count.
    void setIdleTimeoutMs(int ms);
    int idleTimeoutMs() const { return m_timeoutMs; }
    // Stop counting (while locked) and start again.
    void pause();
    void resume();
    // Counts as activity (also called for every input event).
    void poke();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer = nullptr;
    int m_timeoutMs = 0;
    bool m_paused = false;
};

} // namespace counterdesk::ui
