#include "MainMenus.h"

#include "LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace counterdesk::ui {

MainMenus::MainMenus(QMainWindow* window, LanguageManager& languages)
    : QObject(window)
    , m_languages(languages)
{
    m_newTransfer = addAction("newTransferAction", QKeySequence::New);
    m_history = addAction("historyAction", QKeySequence(Qt::CTRL | Qt::Key_H));
    m_home = addAction("homeAction", QKeySequence(Qt::ALT | Qt::Key_Home));
    m_settings = addAction("settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_lock = addAction("lockAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_quit = addAction("quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about = addAction("aboutAction", QKeySequence());
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = addAction("aboutQtAction", QKeySequence());
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    createLanguageActions();
    createMenus(window);
    connect(&m_languages, &LanguageManager::languageChanged, this, &MainMenus::updateLanguageActions);
}

QAction* MainMenus::addAction(const char* objectName, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    return action;
}

void MainMenus::createLanguageActions()
{
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const LanguageManager::Language& language : LanguageManager::availableLanguages()) {
        // Each language is named in its own script, so an agent who landed
        // in a language they cannot read still finds their own.
        auto* action = new QAction(language.nativeName, m_languageGroup);
        action->setObjectName(QStringLiteral("languageAction_") + language.code);
        action->setData(language.code);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this,
                [this, code = language.code] { m_languages.setLanguage(code); });
    }
    updateLanguageActions();
}

void MainMenus::createMenus(QMainWindow* window)
{
    QMenuBar* bar = window->menuBar();
    m_transfersMenu = bar->addMenu(QString());
    m_transfersMenu->setObjectName(QStringLiteral("transfersMenu"));
    m_transfersMenu->addAction(m_newTransfer);
    m_transfersMenu->addAction(m_history);
    m_transfersMenu->addAction(m_home);
    m_transfersMenu->addSeparator();
    m_transfersMenu->addAction(m_quit);

    m_toolsMenu = bar->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_settings);
    m_toolsMenu->addAction(m_lock);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    m_languageMenu = bar->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainMenus::retranslate()
{
    m_transfersMenu->setTitle(tr("&Transfers"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("T&ools"));
    m_settings->setText(tr("&Settings…"));
    m_settings->setStatusTip(tr("Connection profiles and keys, counter details, agent PIN"));
    m_lock->setText(tr("&Lock now"));
    m_lock->setStatusTip(tr("Cover the screen until the agent PIN is typed"));
    // An empty View menu would be a dead end: hidden until it has entries.
    m_viewMenu->menuAction()->setVisible(!m_viewMenu->isEmpty());
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newTransfer->setText(tr("&New transfer"));
    m_newTransfer->setStatusTip(tr("Send money from a customer's wallet to a bank account"));
    m_history->setText(tr("&History"));
    m_history->setStatusTip(tr("Find, check and reprint earlier transfers"));
    m_home->setText(tr("H&ome screen"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About CounterDesk"));
    m_aboutQt->setText(tr("About &Qt"));
}

void MainMenus::updateLanguageActions()
{
    const QString current = m_languages.currentLanguage();
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == current);
}

} // namespace counterdesk::ui
