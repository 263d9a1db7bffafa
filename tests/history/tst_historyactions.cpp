// The history view's actions over real loopback HTTP to the in-process
// sandbox: "Check status now" settles a PENDING transfer, and a transfer
// that failed at the bank is refunded with the customer's OTP (read back
// from the sandbox, as the customer would read it from their phone).
#include "../transfer/TransferFixture.h"
#include "TestRunner.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "history/RefundDialog.h"
#include "sandbox/SandboxTypes.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace counterdesk;
using namespace counterdesk::ui;
using namespace counterdesk::transfer;
using namespace counterdesk::transfer::testing;
using journal::TransferState;

class TestHistoryActions : public QObject
{
    Q_OBJECT
    TransferFixture f;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Settings> m_settings;

    // A transfer sent the way the wizard sends it, under a sandbox fault,
    // left as the session first recorded it: the session is closed at once
    // (the agent moved on), so only the history view asks again.
    QString sendUnder(sandbox::Fault fault, int settleMs, qint64 rupees)
    {
        sandbox::FaultRule r;
        r.callName = QLatin1String(sandbox::CallName::InitiateTransaction);
        r.fault = fault;
        r.settleMs = settleMs;
        r.times = 1;
        f.server->addFault(r);
        SessionOptions options;
        options.otpCooldown = std::chrono::milliseconds(0);
        options.pollSchedule = {std::chrono::hours(1)};
        TransferSession s(f.client.get(), f.journal.get(), f.reconciler.get(), options);
        if (!verifySender(f, s, kRamesh) || !reachConfirm(f, s, kKrishna, Money::fromRupees(rupees)))
            return {};
        if (s.confirmAndSend() != TransferSession::SendResult::Sent || !waitForState(s, State::Finished))
            return {};
        return s.transfer()->clientRefId;
    }

    std::unique_ptr<HistoryView> openView()
    {
        auto view = std::make_unique<HistoryView>(*f.journal, f.client.get(), *m_settings);
        view->setReconciler(f.reconciler.get()); // as the main window does
        view->resize(1200, 800);
        view->show();
        return view;
    }

    static TransferState stateOf(const HistoryView& view, const QString& ref)
    {
        const int row = view.model()->rowOf(ref);
        return row < 0 ? TransferState::Submitting : view.model()->transferAt(row)->state;
    }

    // The refund dialog of `ref`'s row, opened from the history's button,
    // with the customer's refund OTP sent.
    static RefundDialog* refundWithOtpSent(HistoryView& view, const QString& ref)
    {
        if (!view.selectTransfer(ref))
            return nullptr;
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("historyRefund")), Qt::LeftButton);
        auto* dialog = view.findChild<RefundDialog*>();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
            return nullptr;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("refundSendOtp")), Qt::LeftButton);
        if (!QTest::qWaitFor([dialog] { return dialog->state() == RefundSession::State::OtpSent; }, 15000))
            return nullptr;
        return dialog;
    }

    // What the agent reads is all there: the status label has the height its
    // wrapped lines need, and no widget of the dialog lies over another.
    static bool statusFullyShown(RefundDialog* dialog)
    {
        QTest::qWait(50); // the layout's pending request
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("refundStatus"));
        if (status->height() < status->heightForWidth(status->width()))
            return false;
        const QList<QWidget*> parts = dialog->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
        for (QWidget* a : parts)
            for (QWidget* b : parts)
                if (a != b && a->isVisible() && b->isVisible() && a->geometry().intersects(b->geometry()))
                    return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_settings = std::make_unique<Settings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    }
    void init()
    {
        f.server->clearFaults();
        QVERIFY(f.server->resetState());
        QVERIFY(f.freshJournal());
    }

    void checkStatusNowSettlesPending()
    {
        const QString ref = sendUnder(sandbox::Fault::Awaited, 800, 120);
        QVERIFY(!ref.isEmpty());
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Pending);

        auto view = openView();
        QVERIFY(view->selectTransfer(ref));
        auto* check = view->findChild<QPushButton*>(QStringLiteral("historyCheckNow"));
        QVERIFY(check->isVisible());
        QVERIFY(check->isEnabled());
        QTest::qWait(1000); // the bank settles (settleMs)
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*view, ref), TransferState::Success, 15000);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Success);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("historyInfo"))
                    ->text()
                    .contains(QLatin1String("Success")));
        // The answer is in the trail, marked as the agent's status check.
        const auto* trail = view->findChild<QTableWidget*>(QStringLiteral("eventTrail"));
        QCOMPARE(trail->item(trail->rowCount() - 1, 1)->text(), QStringLiteral("Success"));
        QCOMPARE(trail->item(trail->rowCount() - 1, 2)->text(), QStringLiteral("Status check"));
        QVERIFY(!check->isEnabled()); // final: nothing more to ask
        QCOMPARE(f.server->initiateCount(ref), 1);
    }

    // A transfer made in training, looked at while CounterDesk runs on a
    // production profile: Check status asks nobody (the production server
    // never saw it; its "not found" must not count) and says which profile
    // to switch to. The row is left as it was.
    void checkStatusOfAnotherProfilesTransferAsksNobody()
    {
        const QString ref = sendUnder(sandbox::Fault::Awaited, 60000, 130);
        QVERIFY(!ref.isEmpty());
        const int eventsBefore = int(f.journal->events(ref).value().size());
        eko::ClientConfig production = clientConfig(f.server->baseUrl());
        production.profileName = QStringLiteral("Production");
        production.profileKind = ProfileKind::Production;
        eko::EkoClient productionClient(f.nam.get(), production);
        const int inquiriesBefore = f.server->callCount(QLatin1String(sandbox::CallName::TransactionInquiry));

        HistoryView view(*f.journal, &productionClient, *m_settings);
        view.resize(1200, 800);
        view.show();
        QVERIFY(view.selectTransfer(ref));
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("historyCheckNow")), Qt::LeftButton);
        const QString info = view.findChild<QLabel*>(QStringLiteral("historyInfo"))->text();
        QVERIFY2(info.contains(QLatin1String("\"Training\"")), qPrintable(info));
        QTest::qWait(200);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::TransactionInquiry)), inquiriesBefore);
        QCOMPARE(int(f.journal->events(ref).value().size()), eventsBefore);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Pending);
    }

    void refundEndsRefunded()
    {
        const QString ref = sendUnder(sandbox::Fault::RefundPending, 0, 310);
        QVERIFY(!ref.isEmpty());
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::RefundPending);

        auto view = openView();
        QVERIFY(view->selectTransfer(ref));
        auto* refund = view->findChild<QPushButton*>(QStringLiteral("historyRefund"));
        QVERIFY(refund->isEnabled());
        QTest::mouseClick(refund, Qt::LeftButton);
        auto* dialog = view->findChild<RefundDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        auto* sendOtp = dialog->findChild<QPushButton*>(QStringLiteral("refundSendOtp"));
        auto* otp = dialog->findChild<QLineEdit*>(QStringLiteral("refundOtp"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("refundConfirm"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("refundStatus"));
        QVERIFY(!confirm->isEnabled()); // the OTP comes first
        QTest::mouseClick(sendOtp, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RefundSession::State::OtpSent, 15000);
        QTRY_VERIFY(otp->isEnabled());
        const QString customerOtp = f.otp(kRamesh, "refund");
        QVERIFY(!customerOtp.isEmpty());
        QTest::keyClicks(otp, customerOtp);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RefundSession::State::Refunded, 15000);
        QVERIFY(status->text().contains(QLatin1String("REFUNDED")));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        // The journal and the history row agree.
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunded);
        QTRY_COMPARE(stateOf(*view, ref), TransferState::Refunded);
        QCOMPARE(view->model()->index(view->model()->rowOf(ref), HistoryModel::Status).data().toString(),
                 QStringLiteral("Refunded"));
        QVERIFY(!refund->isEnabled());
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
        dialog->close();
    }

    // Eko refuses the OTP: the dialog says so in the wizard's words, and
    // the agent may type it again (Eko refunded nothing).
    void wrongRefundOtpIsToldSo()
    {
        const QString ref = sendUnder(sandbox::Fault::RefundPending, 0, 340);
        QVERIFY(!ref.isEmpty());
        auto view = openView();
        RefundDialog* dialog = refundWithOtpSent(*view, ref);
        QVERIFY(dialog);
        const QString right = f.otp(kRamesh, "refund");
        const QString wrong =
            right == QLatin1String("1111") ? QStringLiteral("2222") : QStringLiteral("1111");
        auto* otp = dialog->findChild<QLineEdit*>(QStringLiteral("refundOtp"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("refundConfirm"));
        QTRY_VERIFY(otp->isEnabled());
        QTest::keyClicks(otp, wrong);
        QTest::mouseClick(confirm, Qt::LeftButton);
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("refundStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("That OTP is wrong")), 15000);
        QTRY_VERIFY(confirm->isEnabled());
        QVERIFY(statusFullyShown(dialog));
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::RefundPending);
        dialog->close();
    }

    // The refund's answer is lost and Eko cannot be asked: the dialog says
    // not to refund again, and nothing in it says "try again".
    void lostRefundAnswerSaysDoNotRefundAgain()
    {
        const QString ref = sendUnder(sandbox::Fault::RefundPending, 0, 330);
        QVERIFY(!ref.isEmpty());
        auto view = openView();
        RefundDialog* dialog = refundWithOtpSent(*view, ref);
        QVERIFY(dialog);

        f.loseNextRefundAnswer();
        auto* otp = dialog->findChild<QLineEdit*>(QStringLiteral("refundOtp"));
        QTRY_VERIFY(otp->isEnabled());
        QTest::keyClicks(otp, f.otp(kRamesh, "refund"));
        auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("refundConfirm"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RefundSession::State::Unknown, 20000);
        QTRY_VERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("refundCheck"))->isHidden());

        const QString told = dialog->findChild<QLabel*>(QStringLiteral("refundStatus"))->text();
        QVERIFY2(told.contains(QLatin1String("Do not refund again")), qPrintable(told));
        QVERIFY2(!told.contains(QLatin1String("try again"), Qt::CaseInsensitive), qPrintable(told));
        QVERIFY(statusFullyShown(dialog));
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
        f.server->clearFaults();
        dialog->close();
    }

    // Two windows on the same records (two history views), each with the
    // refund dialog of one REFUND_PENDING transfer, both with the customer's
    // OTP typed, both Refund buttons pressed: one refund POST.
    void twoRefundWindowsSendOneRefund()
    {
        const QString ref = sendUnder(sandbox::Fault::RefundPending, 0, 320);
        QVERIFY(!ref.isEmpty());
        auto first = openView();
        auto second = openView();
        QList<RefundDialog*> dialogs;
        for (HistoryView* view : {first.get(), second.get()}) {
            QVERIFY(view->selectTransfer(ref));
            QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("historyRefund")), Qt::LeftButton);
            auto* dialog = view->findChild<RefundDialog*>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("refundSendOtp")),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), RefundSession::State::OtpSent, 15000);
            dialogs << dialog;
        }
        // The customer's latest OTP, typed in both; the answer is slow, so
        // the first refund is still in flight when the second is pressed.
        const QString customerOtp = f.otp(kRamesh, "refund");
        sandbox::FaultRule slow;
        slow.callName = QLatin1String(sandbox::CallName::Refund);
        slow.fault = sandbox::Fault::Delay;
        slow.delayMs = 500;
        f.server->addFault(slow);
        for (RefundDialog* dialog : dialogs)
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("refundOtp")), customerOtp);
        QTest::mouseClick(dialogs.at(1)->findChild<QPushButton*>(QStringLiteral("refundConfirm")),
                          Qt::LeftButton);
        QTest::mouseClick(dialogs.at(0)->findChild<QPushButton*>(QStringLiteral("refundConfirm")),
                          Qt::LeftButton);
        QCOMPARE(dialogs.at(0)->state(), RefundSession::State::InProgress);
        const QString told = dialogs.at(0)->findChild<QLabel*>(QStringLiteral("refundStatus"))->text();
        QVERIFY2(told.contains(QLatin1String("already sent")), qPrintable(told));
        QVERIFY(!dialogs.at(0)->findChild<QPushButton*>(QStringLiteral("refundConfirm"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialogs.at(1)->state(), RefundSession::State::Refunded, 15000);
        QCOMPARE(f.server->callCount(QLatin1String(sandbox::CallName::Refund)), 1);
        QCOMPARE(f.journal->transfer(ref).value()->state, TransferState::Refunded);
        for (RefundDialog* dialog : dialogs)
            dialog->close();
    }
};

COUNTERDESK_TEST_MAIN(TestHistoryActions)
#include "tst_historyactions.moc"
