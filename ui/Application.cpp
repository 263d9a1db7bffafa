#include "Application.h"

#include "AppIcon.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "platform/Platform.h"
#include "security/RotatingLog.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QFont>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace counterdesk::ui {

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(build::organisationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(build::organisationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(build::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(build::version));
}

void print(std::FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// --help and --version, answered by a QCoreApplication: no display needed.
// Returns -1 when the GUI should start, else the exit code.
int answerInfoOptions(int& argc, char* argv[])
{
    QCoreApplication probe(argc, argv);
    CommandLine commandLine;
    switch (commandLine.parseInfoOnly(QCoreApplication::arguments())) {
    case CommandLine::Result::ShowHelp:
        print(stdout, commandLine.helpText());
        return 0;
    case CommandLine::Result::ShowVersion:
        print(stdout, commandLine.versionText());
        return 0;
    case CommandLine::Result::Error:
        print(stderr, commandLine.errorText() + QLatin1Char('\n'));
        return 1;
    case CommandLine::Result::Run:
        break;
    }
    return -1;
}

// Agents read amounts and names across a counter, often on small screens
// set to a low DPI: never go below a comfortable size.
void useReadableFont()
{
    QFont font = QApplication::font();
    constexpr qreal minimumPointSize = 11.0;
    if (font.pointSizeF() > 0 && font.pointSizeF() < minimumPointSize) {
        font.setPointSizeF(minimumPointSize);
        QApplication::setFont(font);
    }
}

} // namespace

int runApplication(int argc, char* argv[])
{
    // First, before any key or OTP can be in memory.
    platform::disableCoreDumps();
    setIdentity();

    if (const int exitCode = answerInfoOptions(argc, argv); exitCode >= 0) {
        return exitCode;
    }

    QApplication app(argc, argv);
    CommandLine commandLine;
    switch (commandLine.parse(QApplication::arguments())) {
    case CommandLine::Result::Error:
        print(stderr, commandLine.errorText() + QLatin1Char('\n'));
        return 1;
    case CommandLine::Result::ShowHelp:
    case CommandLine::Result::ShowVersion:
    case CommandLine::Result::Run:
        break;
    }
    QApplication::setWindowIcon(appIcon());
    useReadableFont();

    const QString settingsFile = commandLine.settingsFile();
    auto settings =
        settingsFile.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(settingsFile);
    LanguageManager languages(*settings);
    languages.applySaved();

    MainWindow window(*settings, languages, nullptr, commandLine.dataDirectory());
    window.show();
    // The redacting, size-capped log (keys, OTPs, PINs and account numbers
    // never reach it), opened once the window is up.
    security::RotatingLogOptions log;
    log.directory = platform::logDirectory();
    security::RotatingLog::install(log);
    // Queued behind the window's own deferred start (sandbox, journal), so
    // the first-run setup can already test the training connection.
    QTimer::singleShot(0, &window, &MainWindow::showFirstRunIfNeeded);
    return QApplication::exec();
}

} // namespace counterdesk::ui
