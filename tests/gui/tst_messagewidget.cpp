// MessageWidget: the inline banner shows server words as they are, never as
// markup, and the agent can close it.
#include "MessageWidget.h"
#include "TestRunner.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>

using counterdesk::ui::MessageWidget;

class TestMessageWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenUntilThereIsSomethingToSay()
    {
        QWidget page;
        auto* banner = new MessageWidget(&page);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!banner->isVisible());
        banner->showMessage(QStringLiteral("Recipient added"), MessageWidget::Type::Positive);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), MessageWidget::Type::Positive);
        QCOMPARE(banner->accessibleName(), QStringLiteral("Done"));
    }

    void serverTextIsNeverMarkup()
    {
        QWidget page;
        auto* banner = new MessageWidget(&page);
        page.show();
        const QString hostile =
            QStringLiteral("<b>Bank down</b> <a href=\"http://evil.invalid\">click</a> <img src=x>");
        banner->showMessage(hostile, MessageWidget::Type::Error);
        auto* text = banner->findChild<QLabel*>(QStringLiteral("messageText"));
        QVERIFY(text);
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QCOMPARE(text->text(), hostile);
        QCOMPARE(banner->text(), hostile);
        QCOMPARE(text->openExternalLinks(), false);
    }

    void closeButtonHidesIt()
    {
        QWidget page;
        auto* banner = new MessageWidget(&page);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        banner->showMessage(QStringLiteral("Printer out of paper"), MessageWidget::Type::Warning);
        auto* close = banner->findChild<QToolButton*>(QStringLiteral("messageCloseButton"));
        QVERIFY(close);
        QVERIFY(!close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(banner->text().isEmpty());
    }
};

COUNTERDESK_TEST_MAIN(TestMessageWidget)
#include "tst_messagewidget.moc"
