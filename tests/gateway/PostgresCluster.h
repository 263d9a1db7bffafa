// PostgresCluster: a throwaway PostgreSQL 15 cluster for the gateway tests,
// in a temporary directory on a free loopback port, removed at the end.
//
// initdb refuses to run as root (CI runs as root), so there it runs as the
// `postgres` user that Debian's postgresql package creates. A machine
// without the binaries FAILS with a message saying what to install: the
// ledger is the gateway's whole safety story, so it is never skipped.
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace counterdesk::tests {

class PostgresCluster
{
public:
    ~PostgresCluster();
    // False with error() set when the cluster cannot be made.
    bool start();
    void stop();
    const QString& error() const { return m_error; }
    // A libpq connection string to a fresh database of this cluster.
    QString createDatabase(const QString& name);
    quint16 port() const { return m_port; }
    // The postmaster's process id (its backends are its children), or 0.
    qint64 serverProcessId() const;
    // The server's log so far (autovacuum runs are logged, with their times).
    QByteArray serverLog() const;
    // Runs statements on a database (a libpq connection string), behind the
    // gateway's back; the first error ("error: ..."), or empty. lastValue:
    // the last statement's first value, when it gave a row.
    static QString runSql(const QString& database, const QStringList& statements,
                          QString* lastValue = nullptr);

private:
    bool run(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_runAs; // empty unless we are root
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace counterdesk::tests
