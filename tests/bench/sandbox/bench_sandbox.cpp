// How many requests a second the sandbox serves over loopback, so training
// mode and the network tests know their cost. Reports figures; never fails
// on timing (only on wrong answers).
#include "SandboxTestClient.h"
#include "TestRunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTest>

using namespace counterdesk::sandbox;
using namespace counterdesk::sandbox::test;

class BenchSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.otpResendCooldownMs = 0; // a transfer loop asks for an OTP every round
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    // One client, one request at a time, keep-alive: the latency-bound case.
    void sequentialGetRecipients()
    {
        SandboxTestClient client(m_server);
        const int count = 500;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            const Answer a =
                client.get(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"));
            QCOMPARE(a.rtid(), 23);
        }
        report("sequential get_recipients", count, timer.nsecsElapsed());
    }

    // Many requests in flight (QNAM opens up to 6 connections per host).
    void concurrentGetRecipients()
    {
        SandboxTestClient signer(m_server);
        QNetworkAccessManager nam;
        const int count = 2000;
        const int inFlight = 16;
        int started = 0;
        int finished = 0;
        int failures = 0;
        QEventLoop loop;
        std::function<void()> startOne = [&] {
            QUrl url =
                signer.apiUrl(QStringLiteral("/customer/payment/ppi-digikhata/sender/9000000001/recipients"));
            url.setQuery(QStringLiteral("initiator_id=9962981729&user_code=20810200"));
            QNetworkRequest request(url);
            for (const auto& [name, value] : signer.signedHeaders())
                request.setRawHeader(name, value);
            ++started;
            QNetworkReply* reply = nam.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                if (reply->error() != QNetworkReply::NoError)
                    ++failures;
                reply->deleteLater();
                if (++finished == count)
                    loop.quit();
                else if (started < count)
                    startOne();
            });
        };
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < inFlight; ++i)
            startOne();
        loop.exec();
        QCOMPARE(failures, 0);
        report("concurrent get_recipients (16 in flight)", count, timer.nsecsElapsed());
    }

    // The money path: Send OTP + Initiate, and the inquiry after it.
    void transferRounds()
    {
        SandboxTestClient client(m_server);
        const int rounds = 100;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < rounds; ++i) {
            const Answer a = client.transfer(QStringLiteral("ppi-digikhata"), QLatin1String(kDigiKhataSender),
                                             kKrishna, 10, QStringLiteral("BENCH-%1").arg(i));
            QCOMPARE(a.rtid(), 325);
            QCOMPARE(client.get(QStringLiteral("/tools/reference/transaction/") + a.dataString("tid")).rtid(),
                     1472);
        }
        // Each round is 4 requests: send OTP, control OTP read-back, initiate, inquiry.
        report("transfer rounds (4 requests each)", rounds * 4, timer.nsecsElapsed());
    }

private:
    static void report(const char* what, int requests, qint64 nanoseconds)
    {
        const qint64 perSecond = nanoseconds > 0 ? qint64(requests) * 1000000000LL / nanoseconds : 0;
        qInfo("%s: %d requests in %lld ms = %lld requests/second", what, requests, nanoseconds / 1000000,
              perSecond);
    }

    SandboxServer m_server;
};

COUNTERDESK_TEST_GUILESS_MAIN(BenchSandbox)
#include "bench_sandbox.moc"
