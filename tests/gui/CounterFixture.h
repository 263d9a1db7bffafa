// A CounterDesk main window as main() builds it, but on its own settings
// file, so tests never touch a real agent's settings.
#pragma once

#include "LanguageManager.h"
#include "MainWindow.h"
#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct CounterFixture
{
    // dataDirectory: where the journal is; empty means a fresh folder, never
    // the agent's own. A test that prepares a journal passes its folder.
    explicit CounterFixture(const QString& settingsFile, const QString& dataDirectory = {})
        : settings(settingsFile)
        , languages(settings)
    {
        languages.applySaved();
        window = std::make_unique<counterdesk::ui::MainWindow>(
            settings, languages, nullptr, dataDirectory.isEmpty() ? dataDir.path() : dataDirectory);
    }

    // Shows the window like main() does and waits for the work queued after
    // the first show, so it cannot overwrite what a test does next.
    bool showAndSettle()
    {
        QSignalSpy settled(window.get(), &counterdesk::ui::MainWindow::deferredStartFinished);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return false;
        }
        window->activateWindow();
        return settled.count() > 0 || settled.wait(10000);
    }

    template <typename T> T* find(const QString& objectName) const
    {
        return window->findChild<T*>(objectName);
    }

    QTemporaryDir dataDir;
    counterdesk::Settings settings;
    counterdesk::ui::LanguageManager languages;
    std::unique_ptr<counterdesk::ui::MainWindow> window;
};
