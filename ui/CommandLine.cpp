#include "CommandLine.h"

#include "CoreInfo.h"

namespace counterdesk::ui {

CommandLine::CommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."))
    , m_settingsOption(QStringLiteral("settings"),
                       tr("Use FILE for settings instead of the usual one (training rooms, support)."),
                       tr("FILE"))
    , m_dataDirOption(QStringLiteral("data-dir"),
                      tr("Keep the transfer journal in DIR instead of the usual data folder."), tr("DIR"))
{
    m_parser.setApplicationDescription(
        tr("CounterDesk: send money from a customer's prepaid wallet to a bank "
           "account."));
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_settingsOption);
    m_parser.addOption(m_dataDirOption);
}

CommandLine::Result CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        return Result::Error;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        return Result::Error;
    }
    return result();
}

CommandLine::Result CommandLine::parseInfoOnly(const QStringList& arguments)
{
    const bool parsed = m_parser.parse(arguments);
    // --help wins even next to an unknown option: it is how people find out.
    if (const Result asked = result(); asked != Result::Run) {
        return asked;
    }
    if (!parsed) {
        // Qt's own GUI options are not known yet (QApplication takes them
        // out later); anything else is a typo, and saying so here works
        // without a display.
        static const QStringList qtGuiOptions{
            QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
            QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
            QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
            QStringLiteral("qwindowicon"),     QStringLiteral("reverse"),
            QStringLiteral("session"),         QStringLiteral("style"),
            QStringLiteral("stylesheet"),      QStringLiteral("widgetcount"),
            QStringLiteral("display"),         QStringLiteral("geometry"),
            QStringLiteral("qmljsdebugger"),
        };
        for (const QString& name : m_parser.unknownOptionNames()) {
            if (!qtGuiOptions.contains(name)) {
                return Result::Error;
            }
        }
    }
    return result();
}

CommandLine::Result CommandLine::result() const
{
    if (m_parser.isSet(m_helpOption)) {
        return Result::ShowHelp;
    }
    if (m_parser.isSet(m_versionOption)) {
        return Result::ShowVersion;
    }
    return Result::Run;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText() const
{
    return QStringLiteral("CounterDesk ") + counterdesk::coreVersion() + QStringLiteral("\nQt ") +
           QString::fromLatin1(qVersion()) + QLatin1Char('\n');
}

QString CommandLine::errorText() const
{
    if (!m_parser.errorText().isEmpty()) {
        return m_parser.errorText();
    }
    return tr("Unexpected argument: %1").arg(m_parser.positionalArguments().join(QLatin1Char(' ')));
}

QString CommandLine::settingsFile() const
{
    return m_parser.value(m_settingsOption);
}

QString CommandLine::dataDirectory() const
{
    return m_parser.value(m_dataDirOption);
}

} // namespace counterdesk::ui
