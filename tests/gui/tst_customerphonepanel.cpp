// CustomerPhonePanel: the training customer's SMS, newest first, in words.
#include "CustomerPhonePanel.h"
#include "TestRunner.h"

#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using counterdesk::ui::CustomerPhonePanel;

class TestCustomerPhonePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestMessageIsOnTop()
    {
        CustomerPhonePanel panel;
        panel.show();
        const QDateTime when(QDate(2026, 11, 23), QTime(14, 5));
        panel.addOtp(QStringLiteral("9876543210"), QStringLiteral("111111"), QStringLiteral("sender"), when);
        panel.addOtp(QStringLiteral("9876543210"), QStringLiteral("222222"), QStringLiteral("transaction"),
                     when);
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("customerPhoneMessages"));
        QVERIFY(list);
        QCOMPARE(panel.messageCount(), 2);
        QTreeWidgetItem* top = list->topLevelItem(0);
        QCOMPARE(top->text(CustomerPhonePanel::OtpColumn), QStringLiteral("222222"));
        QCOMPARE(top->text(CustomerPhonePanel::MobileColumn), QStringLiteral("9876543210"));
        QCOMPARE(top->text(CustomerPhonePanel::PurposeColumn), QStringLiteral("Confirm transfer"));
        QCOMPARE(list->topLevelItem(1)->text(CustomerPhonePanel::PurposeColumn),
                 QStringLiteral("Verify customer"));
    }

    void unknownPurposeIsStillShown()
    {
        CustomerPhonePanel panel;
        panel.addOtp(QStringLiteral("9000000001"), QStringLiteral("333333"), QStringLiteral("kyc"),
                     QDateTime::currentDateTime());
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("customerPhoneMessages"));
        QCOMPARE(list->topLevelItem(0)->text(CustomerPhonePanel::PurposeColumn), QStringLiteral("kyc"));
    }

    void clearEmptiesThePhone()
    {
        CustomerPhonePanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.addOtp(QStringLiteral("9000000001"), QStringLiteral("333333"), QStringLiteral("refund"),
                     QDateTime::currentDateTime());
        auto* clear = panel.findChild<QPushButton*>(QStringLiteral("customerPhoneClearButton"));
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(panel.messageCount(), 0);
    }
};

COUNTERDESK_TEST_MAIN(TestCustomerPhonePanel)
#include "tst_customerphonepanel.moc"
