#include "gateway/KeysFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace counterdesk::gateway {

KeysFileRead KeysFile::read(const QString& configured)
{
    KeysFileRead out;
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty() && QFileInfo::exists(credentials + u'/' + QLatin1String(kCredentialName)))
        out.path = credentials + u'/' + QLatin1String(kCredentialName);
    else
        out.path = configured;
    if (out.path.isEmpty()) {
        out.error = QCoreApplication::translate(
                        "counterdesk::gateway::KeysFile",
                        "[gateway] eko_keys_file is not set (and no systemd credential \"%1\")")
                        .arg(QLatin1String(kCredentialName));
        return out;
    }
    const QFileInfo info(out.path);
    if (!info.isFile()) {
        out.error =
            QCoreApplication::translate("counterdesk::gateway::KeysFile", "eko_keys_file %1: no such file")
                .arg(out.path);
        return out;
    }
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & others) {
        out.error =
            QCoreApplication::translate("counterdesk::gateway::KeysFile",
                                        "eko_keys_file %1: group or others may read it; run chmod 600 %1")
                .arg(out.path);
        return out;
    }
    QFile file(out.path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        out.error =
            QCoreApplication::translate("counterdesk::gateway::KeysFile", "eko_keys_file %1: cannot be read")
                .arg(out.path);
        return out;
    }
    int lineNumber = 0;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) {
            // The line number only: the line may be a key.
            out.error = QCoreApplication::translate("counterdesk::gateway::KeysFile",
                                                    "eko_keys_file %1: line %2 is not name=value")
                            .arg(out.path)
                            .arg(lineNumber);
            return out;
        }
        out.values.insert(QString::fromLatin1(line.left(eq).trimmed()), line.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace counterdesk::gateway
