// MessageBox: pre-answered in tests, plain text when shown for real.
#include "MessageBox.h"
#include "TestRunner.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using counterdesk::ui::MessageBox;

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preAnsweredBoxDoesNotBlock()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("Refund"), QStringLiteral("Refund ₹500?")),
                 QMessageBox::Yes);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Refund ₹500?"));
    }

    void answerIsUsedOnce()
    {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(MessageBox::information(nullptr, QStringLiteral("t"), QStringLiteral("first")),
                 QMessageBox::Ok);
        // The next box is real: answer it like a person would.
        QTimer::singleShot(0, this, [] { answerActiveBox(QMessageBox::No); });
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("second")),
                 QMessageBox::No);
    }

    void realBoxShowsPlainTextAndCancelLikeDefault()
    {
        const QString hostile = QStringLiteral("<b>Eko says</b> <a href=\"x\">no</a>");
        QString shownText;
        Qt::TextFormat format = Qt::AutoText;
        QString defaultButtonText;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            shownText = box->text();
            format = box->textFormat();
            defaultButtonText = box->defaultButton() ? box->defaultButton()->text() : QString();
            answerActiveBox(QMessageBox::No);
        });
        MessageBox::question(nullptr, QStringLiteral("Send"), hostile);
        QCOMPARE(shownText, hostile);
        QCOMPARE(format, Qt::PlainText);
        QCOMPARE(defaultButtonText, QStringLiteral("No"));
    }

private:
    static void answerActiveBox(QMessageBox::StandardButton answer)
    {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QAbstractButton* button = box->button(answer);
        QVERIFY(button);
        button->click();
    }
};

COUNTERDESK_TEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
