// CustomerDisplayController: the customer display as the main window offers
// it: the View menu's "Customer display" (checkable, remembered in
// SettingKey::CustomerDisplayShown) and its screen submenu (remembered by
// name in SettingKey::CustomerDisplayScreen), the window itself, placed
// full-screen on the customer's screen or as a window, and placed again
// when a screen is plugged in or out.
//
// The main window hands it the transfer to follow (follow()); nothing else
// in the app knows the display exists.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QScreen;
class QWidget;
class QWindow;

namespace counterdesk {
class Settings;
}

namespace counterdesk::ui {

class CustomerDisplay;
class CustomerDisplayFeed;
class TransferContext;

class CustomerDisplayController : public QObject
{
    Q_OBJECT
public:
    // Adds its actions to `viewMenu`; the display's window belongs to
    // `agentWindow` (it closes with it and never keeps the app running).
    CustomerDisplayController(Settings& settings, QWidget* agentWindow, QMenu* viewMenu);
    ~CustomerDisplayController() override;

    // The transfer the display shows; null = none (the welcome).
    void follow(TransferContext* context);
    // Opens the display if it was open when the app last ran.
    void restore();
    void setOpen(bool open);
    bool isOpen() const;
    // Null while closed.
    CustomerDisplay* display() const;
    // The menu's words in the agent's language.
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void open();
    void close();
    void place();
    void chooseScreen(const QString& name);
    void rebuildScreenMenu();
    void refreshCounterDetails();
    void keepFocusWithTheAgent(QWindow* focused);

    Settings& m_settings;
    QWidget* m_agentWindow;
    CustomerDisplayFeed* m_feed;
    QPointer<CustomerDisplay> m_display;
    QAction* m_toggle = nullptr;
    QMenu* m_screenMenu = nullptr;
    QActionGroup* m_screenGroup = nullptr;
    QScreen* m_leaving = nullptr;   // a screen being unplugged, still listed by Qt
    QPointer<QWindow> m_agentFocus; // the last window the agent typed in
};

} // namespace counterdesk::ui
