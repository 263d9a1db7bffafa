#include "PostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <unistd.h>

namespace counterdesk::tests {

namespace {

const QString kDefaultBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_runAs.isEmpty())
        process.start(m_binDir + u'/' + program, arguments);
    else
        process.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), m_binDir + u'/' + program} +
                arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    m_binDir = qEnvironmentVariable("COUNTERDESK_PG_BINDIR", kDefaultBinDir);
    if (!QFileInfo(m_binDir + QStringLiteral("/initdb")).isExecutable() ||
        !QFileInfo(m_binDir + QStringLiteral("/pg_ctl")).isExecutable()) {
        m_error =
            QStringLiteral("PostgreSQL 15 is not installed (no initdb/pg_ctl in %1): apt install postgresql "
                           "(scripts/debian-packages.txt)")
                .arg(m_binDir);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/counterdesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (::geteuid() == 0) {
        m_runAs = QStringLiteral("postgres");
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), m_runAs, m_dir->path()});
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            m_error =
                QStringLiteral("running as root and cannot hand %1 to the postgres user").arg(m_dir->path());
            return false;
        }
    }
    const QString data = m_dir->path() + QStringLiteral("/data");
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              QStringLiteral("counterdesk"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync")}))
        return false;
    m_port = freePort();
    // Autovacuum's runs logged: a benchmark can tell them from its own stalls.
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c log_autovacuum_min_duration=0 -c log_timezone=UTC")
                                .arg(m_port)
                                .arg(m_dir->path());
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir->path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

QString PostgresCluster::createDatabase(const QString& name)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(m_binDir + QStringLiteral("/psql"),
               {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), QStringLiteral("counterdesk"),
                QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-c"),
                QStringLiteral("CREATE DATABASE %1").arg(name)});
    if (!psql.waitForFinished() || psql.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(psql.readAll()).trimmed();
        return {};
    }
    return QStringLiteral("host=127.0.0.1 port=%1 user=counterdesk dbname=%2").arg(m_port).arg(name);
}

qint64 PostgresCluster::serverProcessId() const
{
    if (!m_running)
        return 0;
    // postmaster.pid's first line is the server's process id.
    QFile pidFile(m_dir->path() + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("stop")});
    m_dir.reset(); // removes the cluster
}

QByteArray PostgresCluster::serverLog() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->path() + QStringLiteral("/log"));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

QString PostgresCluster::runSql(const QString& database, const QStringList& statements, QString* lastValue)
{
    const QString connection = QStringLiteral("run-sql");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setConnectOptions(database);
        if (!db.open())
            error = QStringLiteral("error: ") + db.lastError().text();
        for (qsizetype i = 0; i < statements.size() && error.isEmpty(); ++i) {
            QSqlQuery q(db);
            if (!q.exec(statements.at(i)))
                error = QStringLiteral("error: ") + q.lastError().text();
            else if (lastValue && i == statements.size() - 1 && q.next())
                *lastValue = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace counterdesk::tests
