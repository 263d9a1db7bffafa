#include "ProcessCpu.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <unistd.h>

namespace counterdesk::bench {

namespace {

// The fields after the command name, which is in parentheses and may hold spaces.
QList<QByteArray> statFields(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = file.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

double ticksToSeconds(const QList<QByteArray>& fields)
{
    // After the name: state(0) ppid(1) ... utime(11) stime(12), per proc(5).
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

double ProcessCpu::seconds(qint64 pid)
{
    return pid > 0 ? ticksToSeconds(statFields(pid)) : 0;
}

double ProcessCpu::withChildren(qint64 pid)
{
    if (pid <= 0)
        return 0;
    double total = seconds(pid);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (!isPid || child == pid)
            continue;
        const QList<QByteArray> fields = statFields(child);
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            total += ticksToSeconds(fields);
    }
    return total;
}

} // namespace counterdesk::bench
