// RotatingLog: the support log, as a Qt message handler.
//
// install() routes every qDebug/qInfo/qWarning/qCritical of the process
// through LogRedactor into <dir>/counterdesk.log (owner-only). When the file
// passes maxBytes it becomes counterdesk.1.log, the older ones shift up, and
// the oldest beyond maxFiles is deleted, so the log never fills the disk of a
// counter PC that runs for months.
#pragma once

#include <QString>
#include <QtGlobal>

namespace counterdesk::security {

struct RotatingLogOptions
{
    QString directory; // normally platform::logDirectory()
    QString baseName = QStringLiteral("counterdesk");
    qint64 maxBytes = 1024 * 1024;
    int maxFiles = 5;          // counting the current file
    bool echoToStderr = false; // the redacted line goes to stderr too (developers)
};

class RotatingLog
{
public:
    // Returns false when the directory cannot be made; the handler is not
    // installed then. Installing again replaces the previous options.
    static bool install(const RotatingLogOptions& options);
    static void uninstall();
    static QString currentFile();
};

} // namespace counterdesk::security
