// CommandLine: the options of the counterdesk executable.
//
// --help and --version must work on a machine with no display (CI, a
// support call over SSH), so Application parses them with a plain
// QCoreApplication before any GUI exists: parseInfoOnly() there tolerates
// Qt's own GUI options (-platform, -style), which only QApplication knows.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace counterdesk::ui {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(counterdesk::ui::CommandLine)
public:
    enum class Result {
        Run,
        ShowHelp,
        ShowVersion,
        Error,
    };

    CommandLine();

    // Strict: every option must be known (use after QApplication has taken
    // its own options out of the arguments).
    Result parse(const QStringList& arguments);
    // Only looks for --help and --version; everything else is left for parse().
    Result parseInfoOnly(const QStringList& arguments);

    QString helpText() const;
    QString versionText() const;
    QString errorText() const;
    // Empty unless --settings FILE was given.
    QString settingsFile() const;
    // Empty unless --data-dir DIR was given.
    QString dataDirectory() const;

private:
    Result result() const;

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_settingsOption;
    QCommandLineOption m_dataDirOption;
};

} // namespace counterdesk::ui
