#include "GatewayHarness.h"

#include "CliRun.h"
#include "eko/CounterSigner.h"
#include "eko/ResponseClassifier.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace counterdesk::tests {

namespace {
// The public UAT keys (REFERENCE.md §2.3), the only keys allowed in the repository.
const char kKeys[] = "developer_key=becbbce45f79c6f5109f848acd540567\n"
                     "access_key=d2fe1d99-6298-4af2-8cc5-d97dcf46df30\n"
                     "counter_key=test-counter-key-0123456789abcdefghijklmnop\n";
// Waits (serving the in-process sandbox meanwhile) and reads the answer.
GatewayAnswer awaitAnswer(QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    GatewayAnswer a;
    a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.date = reply->rawHeader("Date");
    a.retryAfter = reply->rawHeader("Retry-After");
    a.error = reply->errorString();
    reply->deleteLater();
    return a;
}

} // namespace

GatewayProcess::~GatewayProcess()
{
    stop();
}

bool GatewayProcess::start(const QString& configFile, QString* error, const QByteArray& crashAt)
{
    m_process = std::make_unique<QProcess>();
    if (!crashAt.isEmpty())
        setEnv(QStringLiteral("COUNTERDESK_GATEWAY_TEST_CRASH_AT"), QString::fromLatin1(crashAt));
    m_process->setProcessEnvironment(m_env);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    if (!m_logFile.isEmpty())
        m_process->setStandardOutputFile(m_logFile, QIODevice::Truncate);
    m_process->start(GatewayHarness::executable(),
                     {QStringLiteral("serve"), QStringLiteral("--config"), configFile,
                      QStringLiteral("--port"), QStringLiteral("0")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("counterdesk-gateway did not start");
        return false;
    }
    // Wait for "listening on http://HOST:PORT" while the test's event loop
    // keeps serving (the in-process sandbox lives on it).
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto listening = [this] {
        const QByteArray log = output();
        const qsizetype at = log.indexOf("listening on ");
        return at >= 0 && log.indexOf('\n', at) > at;
    };
    QTimer logFilePoll; // a file announces nothing: read again every 20 ms
    if (m_logFile.isEmpty()) {
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, &loop, [&] {
            m_output += m_process->readAllStandardOutput();
            if (listening())
                loop.quit();
        });
    } else {
        QObject::connect(&logFilePoll, &QTimer::timeout, &loop, [&] {
            if (listening())
                loop.quit();
        });
        logFilePoll.start(20);
    }
    QObject::connect(m_process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    timeout.start(20000);
    loop.exec();
    const QByteArray log = output();
    const qsizetype at = log.indexOf("listening on ");
    if (at < 0) {
        *error = QStringLiteral("no \"listening on\": %1 %2")
                     .arg(QString::fromUtf8(log), QString::fromUtf8(m_process->readAllStandardError()));
        return false;
    }
    const QByteArray line = log.mid(at + 13, log.indexOf('\n', at) - at - 13).trimmed();
    m_baseUrl = QUrl(QString::fromLatin1(line));
    // Keep draining its log so the pipe never fills.
    if (m_logFile.isEmpty())
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                         [this] { m_output += m_process->readAllStandardOutput(); });
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

QByteArray GatewayProcess::output() const
{
    if (m_logFile.isEmpty())
        return m_output;
    QFile file(m_logFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray GatewayProcess::errorOutput()
{
    if (m_process)
        m_errorOutput += m_process->readAllStandardError();
    return m_errorOutput;
}

bool GatewayProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

int GatewayProcess::exitCode() const
{
    return m_process && m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

qint64 GatewayProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void GatewayProcess::kill()
{
    if (m_process) {
        m_process->kill(); // SIGKILL
        m_process->waitForFinished(5000);
    }
}

void GatewayProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            kill();
    }
}

GatewayHarness::GatewayHarness()
{
    m_counterTable = eko::EndpointTable::builtIn();
    // What a counter puts in for its own identity; the gateway must replace it.
    m_counterIdentity.initiatorId = QStringLiteral("0000000000");
    m_counterIdentity.userCode = QStringLiteral("99999999");
}

QString GatewayHarness::executable()
{
    return QString::fromUtf8(COUNTERDESK_GATEWAY_EXE);
}

QString GatewayHarness::configFile() const
{
    return m_dir.filePath(QStringLiteral("gateway.ini"));
}

bool GatewayHarness::configure(const QString& database, const QUrl& ekoBaseUrl, const QString& extraIni)
{
    QFile keys(m_dir.filePath(QStringLiteral("eko-keys")));
    if (!keys.open(QIODevice::WriteOnly))
        return false;
    keys.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    keys.write(kKeys);
    keys.close();
    QFile ini(configFile());
    if (!ini.open(QIODevice::WriteOnly))
        return false;
    ini.write(QStringLiteral("[gateway]\nlisten = 127.0.0.1:0\ndatabase = \"%1\"\neko_base_url = %2\n"
                             "eko_keys_file = %3\ninitiator_id = 9962981729\nuser_code = 20810200\n"
                             "eko_timeout = 5\n%4")
                  .arg(database, ekoBaseUrl.toString(), keys.fileName(), extraIni)
                  .toUtf8());
    return true;
}

bool GatewayHarness::makeCertificate(QString* certFile, QString* keyFile) const
{
    return makeTestCertificate(m_dir.path(), certFile, keyFile);
}

bool GatewayHarness::configureWithTls(const QString& database, const QUrl& ekoBaseUrl, QString* certFile)
{
    QString keyFile;
    if (!makeCertificate(certFile, &keyFile)) {
        qWarning("openssl (Debian openssl) is needed");
        return false;
    }
    return configure(database, ekoBaseUrl,
                     QStringLiteral("tls_cert = %1\ntls_key = %2\n").arg(*certFile, keyFile));
}

QProcessEnvironment GatewayHarness::englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    speakEnglish(env);
    return env;
}

CommandRun GatewayHarness::runCommand(const QStringList& arguments, const QProcessEnvironment& env,
                                      const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? englishEnvironment() : env);
    process.start(executable(), arguments);
    process.write(input);
    process.closeWriteChannel();
    CommandRun run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CounterCredential GatewayHarness::addCounter(const QString& name)
{
    const CommandRun run = runCommand({QStringLiteral("counter"), QStringLiteral("add"), name,
                                       QStringLiteral("--config"), configFile(), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    return {o.value(QStringLiteral("counter_id")).toString().toLatin1(),
            o.value(QStringLiteral("secret")).toString().toLatin1()};
}

eko::RequestBuilder GatewayHarness::builder() const
{
    return eko::RequestBuilder(m_counterTable, m_counterIdentity);
}

eko::WireRequest GatewayHarness::wire(const eko::InitiateTransactionRequest& r) const
{
    return builder().build(r, QDateTime::currentMSecsSinceEpoch());
}

GatewayAnswer GatewayHarness::send(const QUrl& gateway, const CounterCredential& counter,
                                   const eko::WireRequest& wire, qint64 timestampMs,
                                   const QByteArray& signatureOverride)
{
    GatewayAnswer a = awaitAnswer(sendOn(m_network, gateway, counter, wire, timestampMs, signatureOverride));
    a.result.call = wire.call;
    a.result.rail = wire.rail;
    if (a.httpStatus > 0)
        eko::ResponseClassifier::classifyAnswer(a.result, a.httpStatus, a.body);
    return a;
}

QNetworkReply* GatewayHarness::sendOn(QNetworkAccessManager& network, const QUrl& gateway,
                                      const CounterCredential& counter, const eko::WireRequest& wire,
                                      qint64 timestampMs, const QByteArray& signatureOverride)
{
    // The counter's table points at Eko; a gateway profile swaps the base URL only.
    QUrl url = gateway;
    url.setPath(QStringLiteral("/ekoapi/v3") + wire.url.path().mid(m_counterTable.baseUrl().path().size()));
    url.setQuery(wire.url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    const QByteArray body = eko::RequestBuilder::serialise(wire);
    const qint64 ts = timestampMs ? timestampMs : QDateTime::currentMSecsSinceEpoch();
    const QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const eko::CounterSignedHeaders h =
        eko::CounterSigner::sign(counter.id, counter.secret, wire.method, target, body, ts);
    m_lastSignature = signatureOverride.isEmpty() ? h.signature : signatureOverride;
    QNetworkRequest request(url);
    request.setRawHeader(eko::CounterSigner::kCounterIdHeader, h.counterId);
    request.setRawHeader(eko::CounterSigner::kTimestampHeader, h.timestamp);
    request.setRawHeader(eko::CounterSigner::kSignatureHeader, m_lastSignature);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_ca);
        request.setSslConfiguration(tls);
    }
    return wire.isGet() ? network.get(request) : network.post(request, body);
}

GatewayAnswer GatewayHarness::get(const QUrl& url, const QList<QSslCertificate>& ca)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(ca);
        request.setSslConfiguration(tls);
    }
    return awaitAnswer(network.get(request));
}

} // namespace counterdesk::tests
