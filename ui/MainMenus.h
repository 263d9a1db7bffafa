// MainMenus: the main window's actions and menus (Transfers, Tools, View,
// Language, Help), their shortcuts and their words.
//
// Kept apart from MainWindow so the window's file is about what the window
// does; the window connects each action to its own slot. The actions are
// children of this object, itself a child of the window, so tests still find
// them by object name on the window.
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace counterdesk::ui {

class LanguageManager;

class MainMenus : public QObject
{
    Q_OBJECT
public:
    // Builds the actions and fills `window`'s menu bar.
    MainMenus(QMainWindow* window, LanguageManager& languages);

    QAction* newTransfer() const { return m_newTransfer; }
    QAction* history() const { return m_history; }
    QAction* home() const { return m_home; }
    QAction* settings() const { return m_settings; }
    QAction* lock() const { return m_lock; }
    QAction* quit() const { return m_quit; }
    QAction* about() const { return m_about; }
    QMenu* viewMenu() const { return m_viewMenu; }

    // Sets every title, text and status tip in the current language.
    void retranslate();
    // Ticks the language the agent is using now.
    void updateLanguageActions();

private:
    QAction* addAction(const char* objectName, const QKeySequence& shortcut);
    void createLanguageActions();
    void createMenus(QMainWindow* window);

    LanguageManager& m_languages;
    QAction* m_newTransfer = nullptr;
    QAction* m_history = nullptr;
    QAction* m_home = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QMenu* m_transfersMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace counterdesk::ui
