// AboutDialog: what support asks for first (version, Qt) and the licences.
#include "AboutDialog.h"
#include "CoreInfo.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using counterdesk::ui::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionAndQt()
    {
        AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QCOMPARE(about.windowTitle(), QStringLiteral("About CounterDesk"));
        auto* version = about.findChild<QLabel*>(QStringLiteral("aboutVersionLabel"));
        QVERIFY(version);
        QVERIFY(!counterdesk::coreVersion().isEmpty());
        QCOMPARE(version->text(), QStringLiteral("Version ") + counterdesk::coreVersion());
        auto* qt = about.findChild<QLabel*>(QStringLiteral("aboutQtVersionLabel"));
        QVERIFY(qt);
        QVERIFY(qt->text().contains(QString::fromLatin1(qVersion())));
    }

    void listsEveryLicence()
    {
        AboutDialog about;
        auto* list = about.findChild<QTreeWidget*>(QStringLiteral("aboutLicencesList"));
        QVERIFY(list);
        QMap<QString, QString> licences;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            licences.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        }
        QCOMPARE(licences.value(QStringLiteral("CounterDesk")), QStringLiteral("MIT"));
        QCOMPARE(licences.value(QStringLiteral("Qt 6")), QStringLiteral("LGPL-3.0-only"));
        QCOMPARE(licences.value(QStringLiteral("OpenSSL 3")), QStringLiteral("Apache-2.0"));
        QCOMPARE(licences.value(QStringLiteral("QtKeychain")), QStringLiteral("BSD-3-Clause"));
        QCOMPARE(licences.value(QStringLiteral("libqrencode")), QStringLiteral("LGPL-2.1-or-later"));
        QCOMPARE(licences.value(QStringLiteral("SQLite")), QStringLiteral("Public domain"));
        // The IFSC data says where it came from and how old it is.
        const QStringList ifsc = licences.keys().filter(QStringLiteral("IFSC directory (Razorpay ifsc "));
        QCOMPARE(ifsc.size(), 1);
        QVERIFY2(!ifsc.first().contains(QLatin1String("(Razorpay ifsc ,")), qPrintable(ifsc.first()));
        QCOMPARE(licences.value(ifsc.first()), QStringLiteral("Public domain"));
    }

    void closeButtonCloses()
    {
        auto* about = new AboutDialog;
        about->show();
        QVERIFY(QTest::qWaitForWindowExposed(about));
        QPointer<AboutDialog> guard(about);
        auto* close = about->findChild<QPushButton*>(QStringLiteral("aboutCloseButton"));
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(guard.isNull()); // deletes itself on close
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
