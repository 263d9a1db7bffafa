// ConnectionCheck: the one classification of a connection probe's answer
// that the settings' "Test connection" and `counterdesk-cli check-connection`
// share, and the probe itself against the real sandbox over loopback HTTP.
#include "TestRunner.h"
#include "eko/EkoClient.h"
#include "profile/BuiltInProfiles.h"
#include "profile/ClientFactory.h"
#include "profile/ConnectionCheck.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace counterdesk;
using namespace counterdesk::profile;
using Status = ConnectionCheckResult::Status;

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private:
    ConnectionCheckResult check(const ConnectionProfile& profile, eko::Credentials typed = {})
    {
        ConnectionCheck probe;
        QSignalSpy finished(&probe, &ConnectionCheck::finished);
        probe.start(ClientFactory(&m_secrets, &m_network), profile, m_sandbox.baseUrl(), std::move(typed));
        if (!probe.isRunning())
            qWarning("not running after start()");
        if (!finished.wait(15000))
            return {};
        return finished.at(0).at(0).value<ConnectionCheckResult>();
    }

    static ConnectionProfile local(const QUrl& url)
    {
        ConnectionProfile p = BuiltInProfiles::uat();
        p.name = QStringLiteral("Local");
        p.kind = ProfileKind::Custom;
        p.baseUrl = url;
        return p;
    }

    // The keys the sandbox accepts, typed as an agent would.
    static eko::Credentials publicKeys()
    {
        return {BuiltInProfiles::uatDeveloperKey(), BuiltInProfiles::uatAccessKey(), QString(), QString()};
    }

    QNetworkAccessManager m_network;
    secrets::SecretStore m_secrets{QStringLiteral("CounterDeskTest")};
    sandbox::SandboxServer m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionCheckResult>();
        qunsetenv("COUNTERDESK_DEVELOPER_KEY");
        qunsetenv("COUNTERDESK_ACCESS_KEY");
        m_secrets.forceSessionOnly();
        QVERIFY(m_sandbox.start(sandbox::SandboxOptions{}));
    }

    void classify_data()
    {
        QTest::addColumn<eko::Reason>("reason");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<Status>("status");
        QTest::newRow("not found: signature taken")
            << eko::Reason::TransactionNotFound << 200 << Status::Accepted;
        QTest::newRow("plain success") << eko::Reason::None << 200 << Status::Accepted;
        QTest::newRow("403") << eko::Reason::HttpForbidden << 403 << Status::Forbidden;
        QTest::newRow("no answer") << eko::Reason::ConnectionFailed << 0 << Status::Unreachable;
        QTest::newRow("timeout") << eko::Reason::Timeout << 0 << Status::Unreachable;
        QTest::newRow("5xx") << eko::Reason::HttpServerError << 502 << Status::Unreachable;
        QTest::newRow("429") << eko::Reason::HttpTooManyRequests << 429 << Status::Unreachable;
        QTest::newRow("proxy's HTML page") << eko::Reason::UnparseableResponse << 200 << Status::Unreachable;
        QTest::newRow("redirect") << eko::Reason::HttpUnexpected << 302 << Status::Unreachable;
        QTest::newRow("404: wrong path") << eko::Reason::HttpClientError << 404 << Status::HttpError;
    }

    void classify()
    {
        QFETCH(eko::Reason, reason);
        QFETCH(int, httpStatus);
        QFETCH(Status, status);
        eko::Result answer;
        answer.reason = reason;
        answer.httpStatus = httpStatus;
        QCOMPARE(ConnectionCheck::classify(answer), status);
    }

    void forbiddenCauses_putTheClockFirstOnlyWhenOff()
    {
        ConnectionCheckResult result;
        result.status = Status::Forbidden;
        const QList<ForbiddenCause> fine = ConnectionCheck::forbiddenCauses(result);
        QCOMPARE(fine.first(), ForbiddenCause::IpAllowList);
        QCOMPARE(fine.last(), ForbiddenCause::ClockLooksFine);
        QVERIFY(!fine.contains(ForbiddenCause::ClockOff));
        result.clockSkewLarge = true;
        const QList<ForbiddenCause> off = ConnectionCheck::forbiddenCauses(result);
        QCOMPARE(off.first(), ForbiddenCause::ClockOff);
        QVERIFY(!off.contains(ForbiddenCause::ClockLooksFine));
        QCOMPARE(off.size(), fine.size());
    }

    void probe_againstSandbox_isAccepted()
    {
        const int before = m_sandbox.callCount(QStringLiteral("transaction_inquiry"));
        const ConnectionCheckResult result = check(local(m_sandbox.baseUrl()), publicKeys());
        QCOMPARE(result.status, Status::Accepted);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(!result.clockSkewLarge);
        QCOMPARE(result.profile.name, QStringLiteral("Local"));
        // One harmless inquiry, nothing else.
        QCOMPARE(m_sandbox.callCount(QStringLiteral("transaction_inquiry")), before + 1);
    }

    void probe_withWrongKey_isForbidden()
    {
        const ConnectionCheckResult result =
            check(local(m_sandbox.baseUrl()),
                  eko::Credentials{BuiltInProfiles::uatDeveloperKey(),
                                   QByteArrayLiteral("00000000-wrong-key-0000"), QString(), QString()});
        QCOMPARE(result.status, Status::Forbidden);
        QCOMPARE(result.httpStatus, 403);
    }

    void probe_nobodyListening_isUnreachable()
    {
        // A port that was free a moment ago: nothing answers there.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const ConnectionCheckResult result =
            check(local(QUrl(QStringLiteral("http://127.0.0.1:%1/ekoapi/v3").arg(port))), publicKeys());
        QCOMPARE(result.status, Status::Unreachable);
        QCOMPARE(result.httpStatus, 0);
    }

    void probe_withoutKeys_isNotConfigured()
    {
        const int before = m_sandbox.callCount(QStringLiteral("transaction_inquiry"));
        const ConnectionCheckResult result = check(local(m_sandbox.baseUrl()));
        QCOMPARE(result.status, Status::NotConfigured);
        QCOMPARE(result.configError, ClientConfigError::NoCredentials);
        QCOMPARE(m_sandbox.callCount(QStringLiteral("transaction_inquiry")), before); // nothing was sent
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
