// LockScreen: covers a window's content and asks for the agent PIN.
//
// It is a child widget drawn over everything else in the window (menus
// included), and while it shows, an application event filter drops input
// meant for any other widget and every shortcut, so the keyboard cannot
// reach the transfer underneath either.
#pragma once

#include <QWidget>

class QFrame;
class QLabel;

namespace counterdesk::security {
class PinGuard;
}

namespace counterdesk::ui {

class PinEntry;

class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(security::PinGuard& guard, QWidget* window);
    ~LockScreen() override;

    void lock();
    bool isLocked() const { return m_locked; }
    PinEntry* pinEntry() const { return m_entry; }

Q_SIGNALS:
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void unlock();
    void placeCard();
    bool isMine(QObject* object) const;

    PinEntry* m_entry = nullptr;
    QFrame* m_card = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    bool m_locked = false;
};

} // namespace counterdesk::ui
