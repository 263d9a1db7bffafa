#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <sys/resource.h>
#include <sys/stat.h>
#endif

namespace counterdesk::platform {

bool restrictToOwner(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return false;
    }
#if defined(Q_OS_WIN)
    // %APPDATA% and %LOCALAPPDATA% inherit an ACL that grants only the user,
    // SYSTEM and Administrators; rewriting ACLs here would add risk, not
    // privacy. QFile::setPermissions() on Windows only toggles read-only.
    return true;
#else
    const mode_t mode = info.isDir() ? S_IRWXU : (S_IRUSR | S_IWUSR);
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
#endif
}

bool isOwnerOnly(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
#if defined(Q_OS_WIN)
    return true;
#else
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return !(QFile::permissions(path) & others);
#endif
}

bool disableCoreDumps()
{
#if defined(Q_OS_WIN)
    // No Windows Error Reporting dialog (which offers to send a dump). Local
    // dumps are a machine policy (LocalDumps registry key) that the installer
    // documentation covers; a process cannot opt out of it alone.
    ::SetErrorMode(::GetErrorMode() | SEM_NOGPFAULTERRORBOX);
    return false;
#else
    struct rlimit limit
    {
        0, 0
    };
    return ::setrlimit(RLIMIT_CORE, &limit) == 0;
#endif
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString logDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

} // namespace counterdesk::platform
