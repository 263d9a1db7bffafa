#include "security/RotatingLog.h"

#include "platform/Platform.h"
#include "security/LogRedactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace counterdesk::security {
namespace {

struct LogState
{
    QMutex mutex;
    RotatingLogOptions options;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState& state()
{
    static LogState s;
    return s;
}

QString pathFor(const RotatingLogOptions& o, int index)
{
    const QString name = index == 0 ? o.baseName + QStringLiteral(".log")
                                    : o.baseName + u'.' + QString::number(index) + QStringLiteral(".log");
    return QDir(o.directory).filePath(name);
}

bool openCurrent(LogState& s)
{
    s.file = std::make_unique<QFile>(pathFor(s.options, 0));
    if (!s.file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        s.file.reset();
        return false;
    }
    platform::restrictToOwner(s.file->fileName());
    return true;
}

void rotate(LogState& s)
{
    s.file.reset();
    const int last = std::max(1, s.options.maxFiles) - 1;
    QFile::remove(pathFor(s.options, last));
    for (int i = last - 1; i >= 0; --i)
        QFile::rename(pathFor(s.options, i), pathFor(s.options, i + 1));
    openCurrent(s);
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& s = state();
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' +
                         QLatin1Char(levelLetter(type)) + u' ' +
                         QString::fromLatin1(context.category ? context.category : "default") +
                         QStringLiteral(": ") + LogRedactor::redact(message) + u'\n';
    const QByteArray bytes = line.toUtf8();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file && s.file->size() + bytes.size() > s.options.maxBytes)
            rotate(s);
        if (s.file) {
            s.file->write(bytes);
            s.file->flush();
        }
        if (s.options.echoToStderr) {
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
            std::fflush(stderr);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

bool RotatingLog::install(const RotatingLogOptions& options)
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(options.directory))
        return false;
    platform::restrictToOwner(options.directory);
    s.options = options;
    if (!openCurrent(s))
        return false;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void RotatingLog::uninstall()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    s.file.reset();
}

QString RotatingLog::currentFile()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file ? s.file->fileName() : QString();
}

} // namespace counterdesk::security
