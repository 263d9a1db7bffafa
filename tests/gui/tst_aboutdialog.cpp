// AboutDialog: what support asks for first (version, Qt) and the licences.
#include "AboutDialog.h"
#include "AppIcon.h"
#include "CoreInfo.h"
#include "TestRunner.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>

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

    // The icon is read from its PNGs when asked for (nothing kept decoded):
    // every size a window manager may take, each the PNG drawn for it.
    void appIconOffersEveryPngSize()
    {
        const QIcon icon = counterdesk::ui::appIcon();
        QList<QSize> expected;
        for (const int side : {16, 24, 32, 48, 64, 128, 256})
            expected.append(QSize(side, side));
        QCOMPARE(icon.availableSizes(), expected);
        for (const QSize& size : expected) {
            const QImage png(QStringLiteral(":/icons/counterdesk-%1.png").arg(size.width()));
            QVERIFY(!png.isNull());
            const QImage shown = icon.pixmap(size).toImage();
            QCOMPARE(shown.size(), size);
            // As a pixmap holds it (premultiplied), like the PNG drawn by any icon.
            QCOMPARE(shown.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     png.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        }
        // A size between two PNGs is the larger one scaled down.
        QCOMPARE(icon.pixmap(QSize(40, 40)).size(), QSize(40, 40));
        // Never scaled up, nor out of shape.
        QCOMPARE(icon.pixmap(QSize(300, 300)).size(), QSize(256, 256));
        QCOMPARE(icon.actualSize(QSize(64, 32)), QSize(32, 32));
        AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const QList<QLabel*> labels = about.findChildren<QLabel*>();
        const bool logoShown = std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
            return label->pixmap().size() == QSize(64, 64);
        });
        QVERIFY(logoShown);
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

COUNTERDESK_TEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
