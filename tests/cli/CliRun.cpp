#include "CliRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QUrlQuery>
#include <algorithm>

namespace {
// Waits for a control-endpoint reply; its body, and whether it succeeded.
QByteArray finished(QNetworkReply* reply, bool* ok = nullptr)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (ok)
        *ok = reply->error() == QNetworkReply::NoError;
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}
} // namespace

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool makeTestCertificate(const QString& dir, QString* certFile, QString* keyFile)
{
    *certFile = QDir(dir).filePath(QStringLiteral("cert.pem"));
    *keyFile = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), *keyFile,
                   QStringLiteral("-out"), *certFile, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

bool SandboxProcess::start(QString* error, const QStringList& arguments)
{
    m_process.setProgram(QStringLiteral(COUNTERDESK_SANDBOX_EXE));
    m_process.setArguments(QStringList{QStringLiteral("--quiet")} + arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    static const QRegularExpression listening(QStringLiteral("listening on (https?://\\S+)"));
    while (timer.elapsed() < 20000) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_base = m.captured(1);
            return true;
        }
    }
    *error =
        QStringLiteral("no listening line: ") + QString::fromUtf8(out + m_process.readAllStandardError());
    return false;
}

QString SandboxProcess::otp(const QString& mobile, const QString& purpose) const
{
    QNetworkAccessManager network;
    QUrl url(m_base + QStringLiteral("/sandbox/control/otp"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mobile"), mobile);
    query.addQueryItem(QStringLiteral("purpose"), purpose);
    url.setQuery(query);
    const QByteArray body = finished(network.get(QNetworkRequest(url)));
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("otp")).toString();
}

QByteArray OtpFeeder::take(const QString& mobile, const QString& purpose)
{
    const QString otp = m_sandbox.otp(mobile, purpose);
    if (otp.isEmpty() || m_typed.contains(otp))
        return {};
    m_typed.insert(otp);
    return otp.toLatin1();
}

std::function<QByteArray(const QByteArray&)> OtpFeeder::feed(const QString& mobile, QStringList purposes)
{
    return [this, mobile, purposes](const QByteArray&) mutable -> QByteArray {
        if (purposes.isEmpty())
            return {};
        const QByteArray otp = take(mobile, purposes.first());
        if (!otp.isEmpty())
            purposes.removeFirst();
        return otp;
    };
}

QJsonObject SandboxProcess::control(const QString& what) const
{
    QNetworkAccessManager network;
    bool ok = false;
    const QByteArray body = finished(
        network.get(QNetworkRequest(QUrl(m_base + QStringLiteral("/sandbox/control/") + what))), &ok);
    return ok ? QJsonDocument::fromJson(body).object() : QJsonObject();
}

int SandboxProcess::callCount(const QString& call) const
{
    return control(QStringLiteral("counters")).value(QStringLiteral("calls")).toObject().value(call).toInt();
}

bool SandboxProcess::clearFaults() const
{
    QNetworkAccessManager network;
    bool ok = false;
    finished(
        network.deleteResource(QNetworkRequest(QUrl(m_base + QStringLiteral("/sandbox/control/faults")))),
        &ok);
    return ok;
}

bool SandboxProcess::addFault(const QByteArray& jsonRule) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_base + QStringLiteral("/sandbox/control/faults")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    bool ok = false;
    finished(network.post(request, jsonRule), &ok);
    return ok;
}

void speakEnglish(QProcessEnvironment& env)
{
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
}

CliRunner::CliRunner(const QString& root)
    : m_env(QProcessEnvironment::systemEnvironment())
{
    // Everything the child writes lands under `root`, so the test can scan
    // it; no D-Bus session, so SecretStore must do without a keychain.
    m_env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    speakEnglish(m_env); // tst_clilanguage sets LANG itself
    m_env.remove(QStringLiteral("COUNTERDESK_ACCESS_KEY"));
    m_env.remove(QStringLiteral("COUNTERDESK_DEVELOPER_KEY"));
    for (const char* dir : {"/home", "/config", "/data", "/cache", "/runtime"})
        QDir().mkpath(root + QLatin1String(dir));
}

void CliRunner::start(QProcess& process, const QStringList& arguments) const
{
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(COUNTERDESK_CLI_EXE), arguments);
}

QString SandboxProcess::writeProfile(const QString& path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("[profile]\nname = Test sandbox\nbase_url = " + m_base.toUtf8() +
            "/ekoapi/v3\ninitiator_id = 9962981729\nuser_code = 20810200\ntimeout_s = 20\n");
    return path;
}

CliResult CliRunner::run(const QStringList& arguments,
                         const std::function<QByteArray(const QByteArray& errSoFar)>& feed, int timeoutMs)
{
    CliResult result = runUntil(arguments, feed, timeoutMs, 100, {});
    if (result.killed)
        result.err += "\n[test] killed after timeout";
    return result;
}

CliResult CliRunner::runAndKill(const QStringList& arguments,
                                const std::function<QByteArray(const QByteArray& errSoFar)>& feed,
                                const std::function<bool()>& killNow, int timeoutMs)
{
    // A short poll keeps the kill within a millisecond of its instant.
    return runUntil(arguments, feed, timeoutMs, 1, killNow);
}

CliResult CliRunner::runUntil(const QStringList& arguments,
                              const std::function<QByteArray(const QByteArray& errSoFar)>& feed,
                              int deadlineMs, int pollMs, const std::function<bool()>& killNow)
{
    QProcess process;
    start(process, arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    QElapsedTimer timer;
    timer.start();
    bool inputClosed = !feed;
    if (inputClosed)
        process.closeWriteChannel();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < deadlineMs &&
           !(killNow && killNow())) {
        process.waitForFinished(
            int(std::min<qint64>(pollMs, std::max<qint64>(1, deadlineMs - timer.elapsed()))));
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        if (!inputClosed && process.state() == QProcess::Running) {
            const QByteArray line = feed(result.err);
            if (line == CliRunner::kEndOfInput) {
                process.closeWriteChannel();
                inputClosed = true;
            } else if (!line.isEmpty()) {
                process.write(line + '\n');
                process.waitForBytesWritten(1000);
            }
        }
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        result.killed = true;
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool CliSandboxFixture::start(QString* error)
{
    if (!root.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!sandbox.start(error))
        return false;
    cli = std::make_unique<CliRunner>(root.path());
    cli->setEnv(QStringLiteral("COUNTERDESK_DEVELOPER_KEY"),
                QStringLiteral("becbbce45f79c6f5109f848acd540567"));
    cli->setEnv(QStringLiteral("COUNTERDESK_ACCESS_KEY"),
                QStringLiteral("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"));
    profile = sandbox.writeProfile(root.filePath(QStringLiteral("profile.ini")));
    if (profile.isEmpty())
        *error = QStringLiteral("the profile file could not be written");
    return !profile.isEmpty();
}

QStringList CliSandboxFixture::common() const
{
    return {QStringLiteral("--profile-file"), profile, QStringLiteral("--data-dir"),
            root.filePath(QStringLiteral("journal"))};
}
