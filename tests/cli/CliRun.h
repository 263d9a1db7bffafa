// CliRun: one counterdesk-cli child process with a private HOME/XDG tree, and
// the counterdesk-sandbox process it talks to.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool killed = false; // SIGKILLed by runAndKill() (or after run()'s timeout)
};

// A self-signed certificate for 127.0.0.1 and its unencrypted key, as PEM
// files in `dir` (openssl req, Debian openssl): HTTPS between test processes.
bool makeTestCertificate(const QString& dir, QString* certFile, QString* keyFile);

// A child of the tests speaks the system's language: English here (LANG=C.UTF-8,
// no LC_ALL/LC_MESSAGES/LANGUAGE), whatever the developer's own locale.
void speakEnglish(QProcessEnvironment& env);

class SandboxProcess
{
public:
    ~SandboxProcess();
    // `arguments` are added after --quiet (e.g. --seed FILE, --fault SPEC).
    bool start(QString* error, const QStringList& arguments = {});
    QString baseUrl() const { return m_base; } // http://127.0.0.1:PORT (https:// with --tls-cert)
    // The last OTP the sandbox "sent" (control endpoint); empty while none.
    QString otp(const QString& mobile, const QString& purpose) const;
    // POST /sandbox/control/faults; true when the sandbox took the rule.
    bool addFault(const QByteArray& jsonRule) const;
    // DELETE /sandbox/control/faults: no fault any more.
    bool clearFaults() const;
    // GET /sandbox/control/WHAT (e.g. "transactions", "counters"); {} on error.
    QJsonObject control(const QString& what) const;
    // How many times `call` (a sandbox call name, e.g. "refund") arrived.
    int callCount(const QString& call) const;
    // Writes `path`: a profile INI for this sandbox (the public UAT ids, no
    // keys: the tests pass those in the environment). Empty when it failed.
    QString writeProfile(const QString& path) const;

private:
    QProcess m_process;
    QString m_base;
};

// Types the OTPs the sandbox "sent" into a CLI's stdin, each one once, as an
// agent reads them off the customer's phone. Keep one per test class: an OTP
// typed in one test is never typed again in a later one.
class OtpFeeder
{
public:
    explicit OtpFeeder(const SandboxProcess& sandbox)
        : m_sandbox(sandbox)
    {}
    // The OTP last sent to `mobile` for `purpose`, unless it was typed
    // already; empty while the sandbox has sent none that is new.
    QByteArray take(const QString& mobile, const QString& purpose);
    // A feed for CliRunner::run(): the OTP of each purpose in turn, as soon
    // as the sandbox has sent it.
    std::function<QByteArray(const QByteArray& errSoFar)> feed(const QString& mobile, QStringList purposes);
    // Every OTP typed so far (to look for them where they must never be).
    QSet<QString> typed() const { return m_typed; }

private:
    const SandboxProcess& m_sandbox;
    QSet<QString> m_typed;
};

class CliRunner
{
public:
    explicit CliRunner(const QString& root);
    QProcessEnvironment environment() const { return m_env; }
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    // What a feed returns to close the child's stdin (the end of a script).
    static inline const QByteArray kEndOfInput = QByteArrayLiteral("\x04<end of input>");
    // Runs the CLI; `feed` is asked for each line of stdin the child may need
    // (returns empty when there is nothing more to give now, kEndOfInput when
    // there never will be) while it runs.
    CliResult run(const QStringList& arguments,
                  const std::function<QByteArray(const QByteArray& errSoFar)>& feed = {},
                  int timeoutMs = 120000);
    // Like run(), but kills the child (SIGKILL on Unix) as soon as `killNow`
    // says so (asked every millisecond), unless it ended by itself before;
    // `killed` says which.
    CliResult runAndKill(const QStringList& arguments,
                         const std::function<QByteArray(const QByteArray& errSoFar)>& feed,
                         const std::function<bool()>& killNow, int timeoutMs = 120000);
    // Starts the CLI and returns at once, for runs side by side; the caller
    // writes its stdin and waits.
    void start(QProcess& process, const QStringList& arguments) const;

private:
    CliResult runUntil(const QStringList& arguments,
                       const std::function<QByteArray(const QByteArray& errSoFar)>& feed, int deadlineMs,
                       int pollMs, const std::function<bool()>& killNow);

    QProcessEnvironment m_env;
};

// A counterdesk-cli with a private HOME/XDG tree, talking to its own sandbox
// process with the public UAT keys (REFERENCE.md §2.3) through a profile
// file: where the CLI tests of a customer's steps start.
struct CliSandboxFixture
{
    // False with the reason in *error.
    bool start(QString* error);
    // --profile-file and --data-dir of this fixture, to put before a command.
    QStringList common() const;

    QTemporaryDir root;
    std::unique_ptr<CliRunner> cli;
    SandboxProcess sandbox;
    OtpFeeder otps{sandbox};
    QString profile;
};
