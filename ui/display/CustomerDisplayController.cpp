#include "CustomerDisplayController.h"

#include "CustomerDisplay.h"
#include "CustomerDisplayFeed.h"
#include "CustomerDisplayPlacement.h"
#include "settings/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace counterdesk::ui {

CustomerDisplayController::CustomerDisplayController(Settings& settings, QWidget* agentWindow,
                                                     QMenu* viewMenu)
    : QObject(agentWindow)
    , m_settings(settings)
    , m_agentWindow(agentWindow)
    , m_feed(new CustomerDisplayFeed(this))
{
    m_toggle = new QAction(this);
    m_toggle->setObjectName(QStringLiteral("customerDisplayAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_toggle, &QAction::toggled, this, &CustomerDisplayController::setOpen);
    m_screenMenu = new QMenu(agentWindow);
    m_screenMenu->setObjectName(QStringLiteral("customerDisplayScreenMenu"));
    m_screenGroup = new QActionGroup(this);
    m_screenGroup->setExclusive(true);
    viewMenu->addAction(m_toggle);
    viewMenu->addMenu(m_screenMenu);

    connect(qApp, &QGuiApplication::screenAdded, this, [this] {
        rebuildScreenMenu();
        place();
    });
    connect(qApp, &QGuiApplication::screenRemoved, this, [this](QScreen* screen) {
        m_leaving = screen;
        rebuildScreenMenu();
        place();
        m_leaving = nullptr;
    });
    connect(qApp, &QGuiApplication::focusWindowChanged, this,
            &CustomerDisplayController::keepFocusWithTheAgent);
    connect(m_feed, &CustomerDisplayFeed::screenChanged, this, [this](const CustomerScreen& screen) {
        if (!m_display)
            return;
        refreshCounterDetails();
        m_display->showScreen(screen);
    });
    retranslate();
}

CustomerDisplayController::~CustomerDisplayController() = default;

void CustomerDisplayController::follow(TransferContext* context)
{
    m_feed->follow(context);
}

void CustomerDisplayController::restore()
{
    if (m_settings.boolValue(SettingKey::CustomerDisplayShown))
        m_toggle->setChecked(true);
}

CustomerDisplay* CustomerDisplayController::display() const
{
    return m_display;
}

bool CustomerDisplayController::isOpen() const
{
    return m_display && m_display->isVisible();
}

void CustomerDisplayController::setOpen(bool open)
{
    if (m_toggle->isChecked() != open) {
        m_toggle->setChecked(open); // comes back here through toggled()
        return;
    }
    m_settings.setValue(SettingKey::CustomerDisplayShown, open);
    m_settings.sync();
    if (open)
        this->open();
    else
        close();
}

void CustomerDisplayController::open()
{
    if (!m_display) {
        m_display = new CustomerDisplay(m_agentWindow);
        // Belongs to the agent's window, yet must never keep the app alive.
        m_display->setAttribute(Qt::WA_QuitOnClose, false);
        m_display->installEventFilter(this);
    }
    refreshCounterDetails();
    m_display->showScreen(m_feed->screen());
    place();
}

// The display asks not to be activated (WA_ShowWithoutActivating,
// WindowDoesNotAcceptFocus), but some window managers, and Qt's offscreen
// platform, activate every new window anyway: then the focus goes straight
// back to where the agent was typing (the main window or the wizard).
void CustomerDisplayController::keepFocusWithTheAgent(QWindow* focused)
{
    if (!focused)
        return;
    if (!m_display || focused != m_display->windowHandle()) {
        m_agentFocus = focused;
        return;
    }
    QWindow* back = m_agentFocus ? m_agentFocus.data() : m_agentWindow->windowHandle();
    if (back && back->isVisible())
        back->requestActivate();
}

void CustomerDisplayController::close()
{
    if (m_display)
        m_display->hide();
}

// The shop's name and the customer language of the welcome screen can change
// in Settings at any time; read them whenever the display shows something.
void CustomerDisplayController::refreshCounterDetails()
{
    m_display->setShopName(m_settings.stringValue(SettingKey::ShopName));
    m_display->setDefaultLanguage(m_settings.stringValue(SettingKey::ReceiptLanguage));
}

void CustomerDisplayController::place()
{
    if (!m_display || !m_toggle->isChecked())
        return;
    QList<QScreen*> screens = QGuiApplication::screens();
    screens.removeAll(m_leaving);
    QScreen* agentScreen = m_agentWindow->screen();
    QScreen* target = CustomerDisplayPlacement::screenFor(
        m_settings.stringValue(SettingKey::CustomerDisplayScreen), screens, agentScreen);
    if (target) {
        if (m_display->isFullScreen() && m_display->screen() == target)
            return;
        // setWindowState() + show(), not showFullScreen(): that one also
        // activates the window, and the agent would lose the keyboard.
        m_display->setWindowState(Qt::WindowNoState);
        m_display->setScreen(target);
        m_display->setGeometry(target->geometry());
        m_display->setWindowState(Qt::WindowFullScreen);
        m_display->show();
        return;
    }
    // One screen: a window the agent can turn towards the customer.
    const bool wasFullScreen = m_display->isFullScreen();
    if (wasFullScreen || !m_display->isVisible()) {
        m_display->setWindowState(Qt::WindowNoState);
        if (agentScreen)
            m_display->setScreen(agentScreen);
        // Half the screen, in its bottom-right corner: the agent's window
        // stays usable, and the agent can drag this one where the customer sees it.
        const QRect available = agentScreen ? agentScreen->availableGeometry() : QRect(0, 0, 1024, 768);
        m_display->resize(qMin(800, available.width() / 2), qMin(500, available.height() / 2));
        m_display->show();
        // move() places the frame, known once shown: the whole window fits.
        const QSize frame = m_display->frameGeometry().size();
        m_display->move(available.bottomRight() - QPoint(frame.width() - 1, frame.height() - 1));
    }
    m_display->show();
}

void CustomerDisplayController::chooseScreen(const QString& name)
{
    m_settings.setValue(SettingKey::CustomerDisplayScreen, name);
    m_settings.sync();
    rebuildScreenMenu();
    place();
}

void CustomerDisplayController::rebuildScreenMenu()
{
    for (QAction* action : m_screenGroup->actions())
        delete action;
    const QString chosen = m_settings.stringValue(SettingKey::CustomerDisplayScreen);
    const auto addChoice = [this, &chosen](const QString& text, const QString& name) {
        auto* action = new QAction(text, m_screenGroup);
        action->setCheckable(true);
        action->setChecked(name == chosen);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { chooseScreen(name); });
        m_screenMenu->addAction(action);
        return action;
    };
    addChoice(tr("&Automatic: the first screen that is not this window's"), QString())
        ->setObjectName(QStringLiteral("customerDisplayScreen_auto"));
    bool chosenConnected = chosen.isEmpty();
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen == m_leaving)
            continue;
        chosenConnected = chosenConnected || screen->name() == chosen;
        const QString text = screen->model().isEmpty()
                                 ? screen->name()
                                 //: A screen in the menu: %1 its system name ("HDMI-1"), %2 its model
                                 : tr("%1 — %2").arg(screen->name(), screen->model());
        addChoice(text, screen->name())
            ->setObjectName(QStringLiteral("customerDisplayScreen_") + screen->name());
    }
    // Remembered while unplugged: the display goes back to it when it returns.
    if (!chosenConnected) {
        //: A remembered screen that is unplugged now; %1 its system name
        QAction* missing = addChoice(tr("%1 (not connected)").arg(chosen), chosen);
        missing->setEnabled(false);
    }
}

void CustomerDisplayController::retranslate()
{
    m_toggle->setText(tr("Customer &display"));
    m_toggle->setStatusTip(
        tr("Show the transfer to the customer on a second screen, in the customer's language"));
    m_screenMenu->setTitle(tr("Customer display &screen"));
    rebuildScreenMenu();
}

bool CustomerDisplayController::eventFilter(QObject* watched, QEvent* event)
{
    // Closed by its own title bar while the agent works: the menu and the
    // setting follow. (When the app quits the display is destroyed, not
    // closed, so it opens again at the next start.)
    if (watched == m_display && event->type() == QEvent::Close && m_agentWindow->isVisible())
        QTimer::singleShot(0, this, [this] { setOpen(false); });
    return QObject::eventFilter(watched, event);
}

} // namespace counterdesk::ui
