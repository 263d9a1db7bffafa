// Training mode: after the window shows, the sandbox runs on 127.0.0.1 and
// every OTP it "texts" the customer appears on the customer phone panel,
// including one asked for over real HTTP by the real Eko client.
#include "CounterFixture.h"
#include "CustomerPhonePanel.h"
#include "TestRunner.h"
#include "eko/EkoClient.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/TrainingSandbox.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTreeWidget>

using counterdesk::sandbox::TrainingSandbox;
using counterdesk::ui::CustomerPhonePanel;

class TestTrainingMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("training-%1.ini").arg(++m_counter));
    }

    void statusBarShowsTheSandboxAddress()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        auto* training = counter.window->findChild<TrainingSandbox*>();
        QVERIFY(training);
        QVERIFY(training->isRunning());
        QVERIFY(training->server()->port() > 0);
        QCOMPARE(training->baseUrl().host(), QStringLiteral("127.0.0.1"));
        auto* status = counter.find<QLabel>(QStringLiteral("profileStatusLabel"));
        QCOMPARE(status->text(),
                 QStringLiteral("Training — sandbox on 127.0.0.1:%1").arg(training->server()->port()));
        QVERIFY(!counter.find<counterdesk::ui::MessageWidget>(QStringLiteral("messageWidget"))->isVisible());
    }

    void panelShowsAnOtpTheSandboxSent()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        auto* training = counter.window->findChild<TrainingSandbox*>();
        QVERIFY(training);
        Q_EMIT training->server()->otpSent(QStringLiteral("9000000001"), QStringLiteral("482913"),
                                           QStringLiteral("transaction"));
        CustomerPhonePanel* panel = counter.window->customerPhonePanel();
        QCOMPARE(panel->messageCount(), 1);
        auto* list = panel->findChild<QTreeWidget*>(QStringLiteral("customerPhoneMessages"));
        QTreeWidgetItem* sms = list->topLevelItem(0);
        QCOMPARE(sms->text(CustomerPhonePanel::MobileColumn), QStringLiteral("9000000001"));
        QCOMPARE(sms->text(CustomerPhonePanel::OtpColumn), QStringLiteral("482913"));
        QCOMPARE(sms->text(CustomerPhonePanel::PurposeColumn), QStringLiteral("Confirm transfer"));
    }

    // The whole path: the real client signs a Get Sender for a seeded
    // customer, the sandbox answers "OTP sent", and the phone shows it.
    void otpFromARealRequestReachesThePhone()
    {
        CounterFixture counter(m_path);
        QVERIFY(counter.showAndSettle());
        auto* training = counter.window->findChild<TrainingSandbox*>();
        QVERIFY(training && training->isRunning());

        QNetworkAccessManager network;
        counterdesk::eko::ClientConfig config;
        config.endpoints.setBaseUrl(training->baseUrl());
        const counterdesk::sandbox::SandboxOptions defaults;
        config.credentials.developerKey = defaults.developerKey;
        config.credentials.accessKey = defaults.accessKey.toUtf8();
        // The public UAT identity of REFERENCE.md §2.3, which the sandbox accepts.
        config.credentials.initiatorId = QStringLiteral("9962981729");
        config.credentials.userCode = QStringLiteral("20810200");
        counterdesk::eko::EkoClient client(&network, config);

        counterdesk::eko::GetSenderRequest request;
        request.customerId = QStringLiteral("9000000001");
        counterdesk::eko::PendingCall* call = client.getSender(request);
        QSignalSpy finished(call, &counterdesk::eko::PendingCall::finished);
        QVERIFY(finished.wait(15000));
        const auto result = finished.first().first().value<counterdesk::eko::Result>();
        QVERIFY2(
            result.httpStatus == 200,
            qPrintable(
                QStringLiteral("HTTP %1, %2, %3").arg(result.httpStatus).arg(result.message, result.detail)));

        CustomerPhonePanel* panel = counter.window->customerPhonePanel();
        QTRY_COMPARE(panel->messageCount(), 1);
        auto* list = panel->findChild<QTreeWidget*>(QStringLiteral("customerPhoneMessages"));
        QTreeWidgetItem* sms = list->topLevelItem(0);
        QCOMPARE(sms->text(CustomerPhonePanel::MobileColumn), QStringLiteral("9000000001"));
        const QString otp = sms->text(CustomerPhonePanel::OtpColumn);
        QVERIFY2(!otp.isEmpty(), "the SMS carries an OTP");
        QCOMPARE(otp, training->server()->lastOtp(QStringLiteral("9000000001"), QStringLiteral("sender")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

COUNTERDESK_TEST_MAIN(TestTrainingMode)
#include "tst_trainingmode.moc"
