// CliRun: one counterdesk-cli child process with a private HOME/XDG tree, and
// the counterdesk-sandbox process it talks to.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class SandboxProcess
{
public:
    ~SandboxProcess();
    bool start(QString* error);
    QString baseUrl() const { return m_base; } // http://127.0.0.1:PORT
    // The last OTP the sandbox "sent" (control endpoint); empty while none.
    QString otp(const QString& mobile, const QString& purpose) const;
    // POST /sandbox/control/faults; true when the sandbox took the rule.
    bool addFault(const QByteArray& jsonRule) const;
    // How many times `call` (a sandbox call name, e.g. "refund") arrived.
    int callCount(const QString& call) const;

private:
    QProcess m_process;
    QString m_base;
};

class CliRunner
{
public:
    explicit CliRunner(const QString& root);
    QProcessEnvironment environment() const { return m_env; }
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    // Runs the CLI; `feed` is asked for each line of stdin the child may need
    // (returns empty when there is nothing more to give) while it runs.
    CliResult run(const QStringList& arguments,
                  const std::function<QByteArray(const QByteArray& errSoFar)>& feed = {},
                  int timeoutMs = 120000);
    // Starts the CLI and returns at once, for runs side by side; the caller
    // writes its stdin and waits.
    void start(QProcess& process, const QStringList& arguments) const;

private:
    QProcessEnvironment m_env;
};
