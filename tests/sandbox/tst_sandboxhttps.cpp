// counterdesk-sandbox over HTTPS (--tls-cert, --tls-key), as the gateway's
// tests and its load benchmark use it. Its own program test, apart from
// tst_sandboxexecutable, because it makes its certificate with the openssl
// command: under Wine a Windows process cannot start that Linux program
// (docs/windows.md, "Tests that cannot run under Wine").
#include "CliRun.h"
#include "TestRunner.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestSandboxHttps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --tls-cert/--tls-key: HTTPS as Eko serves it. A client that trusts the
    // certificate is answered; one that does not is refused by TLS.
    void servesHttpsWithACertificate()
    {
        QTemporaryDir dir;
        QString cert;
        QString key;
        QVERIFY2(makeTestCertificate(dir.path(), &cert, &key), "openssl (Debian openssl) is needed");
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(
            sandbox.start(&error, {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
            qPrintable(error));
        QVERIFY2(sandbox.baseUrl().startsWith(QLatin1String("https://127.0.0.1:")),
                 qPrintable(sandbox.baseUrl()));

        QNetworkAccessManager nam;
        const QNetworkRequest request(QUrl(sandbox.baseUrl() + QStringLiteral("/sandbox/control/counters")));
        std::unique_ptr<QNetworkReply> untrusted(nam.get(request));
        QSignalSpy refused(untrusted.get(), &QNetworkReply::finished);
        QVERIFY(refused.wait(10000));
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        trusting.addCaCertificates(QSslCertificate::fromDevice(&pem, QSsl::Pem));
        QNetworkRequest trustedRequest = request;
        trustedRequest.setSslConfiguration(trusting);
        // A new manager: one keeps the TLS settings of its first connection to a host.
        QNetworkAccessManager trustingNam;
        std::unique_ptr<QNetworkReply> trusted(trustingNam.get(trustedRequest));
        QSignalSpy answered(trusted.get(), &QNetworkReply::finished);
        QVERIFY(answered.wait(10000));
        QVERIFY2(trusted->error() == QNetworkReply::NoError, qPrintable(trusted->errorString()));
        QCOMPARE(trusted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestSandboxHttps)
#include "tst_sandboxhttps.moc"
