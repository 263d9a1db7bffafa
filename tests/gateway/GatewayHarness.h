// GatewayHarness: counterdesk-gateway as the operator runs it, for the tests.
//
// It writes a configuration and a root-only keys file (the sandbox's public
// UAT keys and a counter_key), runs the real executable's commands
// (`counter add`, `serve --port 0`) as separate processes (so a test can
// kill -9 one), and signs requests as a counter does (eko::CounterSigner)
// over real loopback HTTP.
#pragma once

#include "eko/EkoTypes.h"
#include "eko/EndpointTable.h"
#include "eko/RequestBuilder.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace counterdesk::tests {

struct CommandRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct CounterCredential
{
    QByteArray id;
    QByteArray secret;
};

struct GatewayAnswer
{
    int httpStatus = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray date;
    QByteArray retryAfter;
    QString error;      // the transport's error, when there was no answer
    eko::Result result; // the answer as a counter's client reads it (ResponseClassifier)
};

class GatewayProcess
{
public:
    ~GatewayProcess();
    // crashAt: the gateway's test-only crash point (COUNTERDESK_GATEWAY_TEST_CRASH_AT), if any.
    bool start(const QString& configFile, QString* error, const QByteArray& crashAt = {});
    // Another of the gateway's test-only variables, before start().
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    // Its log (stdout) to this file instead of a pipe, before start(): a
    // benchmark whose own event loop must not wake for every log line, as a
    // server's counters never do (journald reads it there).
    void setLogFile(const QString& path) { m_logFile = path; }
    void kill(); // like kill -9
    void stop();
    QUrl baseUrl() const { return m_baseUrl; } // http://127.0.0.1:PORT
    QByteArray output() const;                 // its log so far
    QByteArray errorOutput();                  // what it wrote on stderr so far
    bool isRunning() const;
    qint64 processId() const; // 0 when not running
    int exitCode() const;     // after stop(): 0 when it shut down cleanly

private:
    std::unique_ptr<QProcess> m_process;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QUrl m_baseUrl;
    QString m_logFile;
    QByteArray m_output; // the pipe's lines read so far, without a log file
    QByteArray m_errorOutput;
};

class GatewayHarness
{
public:
    GatewayHarness();
    // Writes gateway.ini for this database and Eko base URL (the sandbox's).
    bool configure(const QString& database, const QUrl& ekoBaseUrl, const QString& extraIni = {});
    QString configFile() const;
    QString dir() const { return m_dir.path(); }

    // A self-signed certificate for 127.0.0.1 and its key, in dir() (Debian's
    // openssl); what a partner's own CA would sign. False when openssl failed.
    bool makeCertificate(QString* certFile, QString* keyFile) const;
    // configure() with such a certificate as tls_cert/tls_key: the gateway
    // serves HTTPS. certFile: the certificate, for a client to trust.
    bool configureWithTls(const QString& database, const QUrl& ekoBaseUrl, QString* certFile);

    static QString executable();
    // input: written to the command's stdin, which is then closed. Without
    // env: this process's environment in English (LANG=C.UTF-8), whatever
    // the developer's own locale, so that messages read as the tests expect.
    static QProcessEnvironment englishEnvironment();
    static CommandRun runCommand(const QStringList& arguments, const QProcessEnvironment& env = {},
                                 const QByteArray& input = {});
    CounterCredential addCounter(const QString& name);

    // A counter's request, signed with its credential (timestampMs 0: now).
    GatewayAnswer send(const QUrl& gateway, const CounterCredential& counter, const eko::WireRequest& wire,
                       qint64 timestampMs = 0, const QByteArray& signatureOverride = {});
    // The same request on `network`, not waited for: the caller reads the reply.
    QNetworkReply* sendOn(QNetworkAccessManager& network, const QUrl& gateway,
                          const CounterCredential& counter, const eko::WireRequest& wire,
                          qint64 timestampMs = 0, const QByteArray& signatureOverride = {});
    // ca: certificates trusted besides the system's (an HTTPS gateway's own).
    static GatewayAnswer get(const QUrl& url, const QList<QSslCertificate>& ca = {});

    // Builds the counter-side request (the counter's own RequestBuilder;
    // the identity it puts in is replaced by the gateway's anyway).
    template <typename Request> eko::WireRequest wire(const Request& r) const { return builder().build(r); }
    eko::WireRequest wire(const eko::InitiateTransactionRequest& r) const;
    QByteArray lastSignature() const { return m_lastSignature; }
    // For an HTTPS gateway: the certificate a counter's ca_file would hold.
    // (QNetworkAccessManager keeps a connection's TLS setup: start afresh.)
    void trust(const QList<QSslCertificate>& ca)
    {
        m_ca = ca;
        m_network.clearConnectionCache();
    }

private:
    eko::RequestBuilder builder() const;

    QTemporaryDir m_dir;
    eko::EndpointTable m_counterTable;
    eko::Credentials m_counterIdentity;
    QNetworkAccessManager m_network;
    QByteArray m_lastSignature;
    QList<QSslCertificate> m_ca;
};

} // namespace counterdesk::tests
