// How values and words go on a receipt; no display needed.
#include "TestRunner.h"
#include "receipt/ReceiptLayout.h"
#include "receipt/ReceiptQrCode.h"
#include "receipt/ReceiptValues.h"
#include "receipt/ReceiptWords.h"

#include <QTest>
#include <QTimeZone>

using namespace counterdesk;
using journal::TransferState;

class TestReceiptValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void istWhateverTheZone_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << QDateTime(QDate(2026, 11, 23), QTime(14, 5, 12), QTimeZone::utc())
                             << QStringLiteral("23-11-2026 19:35:12 IST");
        QTest::newRow("utc crosses midnight")
            << QDateTime(QDate(2026, 11, 23), QTime(20, 0, 0), QTimeZone::utc())
            << QStringLiteral("24-11-2026 01:30:00 IST");
        QTest::newRow("new york") << QDateTime(QDate(2026, 7, 1), QTime(9, 0, 0),
                                               QTimeZone(QByteArrayLiteral("America/New_York")))
                                  << QStringLiteral("01-07-2026 18:30:00 IST");
        QTest::newRow("invalid") << QDateTime() << QStringLiteral("\u2014");
    }

    void istWhateverTheZone()
    {
        QFETCH(QDateTime, when);
        QFETCH(QString, expected);
        QCOMPARE(ReceiptValues::istDateTime(when), expected);
    }

    void masking_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("maskedMobile");
        QTest::addColumn<QString>("maskedAccount");
        QTest::newRow("eko form") << "9876543210"
                                  << "XXXXXXXX6789"
                                  << "••••••3210"
                                  << "••••6789";
        QTest::newRow("+91 and bullets") << "+91 98765-43210"
                                         << "••••6789"
                                         << "••••••3210"
                                         << "••••6789";
        QTest::newRow("unparsable mobile") << "12345"
                                           << "6789"
                                           << "••••2345"
                                           << "••••6789";
        QTest::newRow("empty") << ""
                               << ""
                               << "\u2014"
                               << "\u2014";
    }

    void masking()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, account);
        QFETCH(QString, maskedMobile);
        QFETCH(QString, maskedAccount);
        QCOMPARE(ReceiptValues::maskedMobile(mobile), maskedMobile);
        QCOMPARE(ReceiptValues::maskedAccount(account), maskedAccount);
    }

    void provisionalUnlessFinal()
    {
        QVERIFY(ReceiptValues::isProvisional(TransferState::Submitting));
        QVERIFY(ReceiptValues::isProvisional(TransferState::Pending));
        QVERIFY(ReceiptValues::isProvisional(TransferState::Unknown));
        QVERIFY(ReceiptValues::isProvisional(TransferState::RefundPending));
        QVERIFY(!ReceiptValues::isProvisional(TransferState::Success));
        QVERIFY(!ReceiptValues::isProvisional(TransferState::Failed));
        QVERIFY(!ReceiptValues::isProvisional(TransferState::Refunded));
    }

    void everyWordInBothLanguages()
    {
        for (int i = 0; i <= static_cast<int>(ReceiptWord::StatusRefunding); ++i) {
            const auto w = static_cast<ReceiptWord>(i);
            const QString en = ReceiptWords::text(w, DisplayLanguage::English);
            const QString hi = ReceiptWords::text(w, DisplayLanguage::Hindi);
            QVERIFY(!en.isEmpty());
            QVERIFY(!hi.isEmpty());
            const bool devanagari = std::any_of(
                hi.begin(), hi.end(), [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
            // Codes stay Latin in Hindi, as banks print them.
            QVERIFY2(devanagari || en == hi, qPrintable(hi));
        }
        for (TransferState s : journal::allTransferStates())
            QVERIFY(!ReceiptWords::status(s, DisplayLanguage::Hindi).isEmpty());
    }

    void layoutNames()
    {
        for (ReceiptLayout l :
             {ReceiptLayout::Roll58mm, ReceiptLayout::Roll80mm, ReceiptLayout::A4, ReceiptLayout::Letter}) {
            QCOMPARE(ReceiptPaper::fromName(ReceiptPaper::name(l)), l);
            QVERIFY(ReceiptPaper::contentWidthMm(l) > 40);
        }
        QCOMPARE(ReceiptPaper::contentWidthMm(ReceiptLayout::Roll58mm), 48.0);
        QCOMPARE(ReceiptPaper::contentWidthMm(ReceiptLayout::Roll80mm), 72.0);
        QVERIFY(!ReceiptPaper::fromName(u"legal"));
    }

    void qrCode()
    {
        journal::Transfer t;
        t.tid = QStringLiteral("2880123456");
        t.clientRefId = QStringLiteral("CD7Q2X9K4M1P8R3T");
        t.amount = Money::fromRupees(25000);
        QCOMPARE(ReceiptQrCode::payload(t), QByteArray("TID:2880123456;REF:CD7Q2X9K4M1P8R3T;AMT:25000.00"));
        const QImage image = ReceiptQrCode::image(ReceiptQrCode::payload(t));
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), image.height());
        // Quiet zone white, finder pattern corner dark.
        QCOMPARE(qGray(image.pixel(0, 0)), 255);
        QCOMPARE(qGray(image.pixel(4, 4)), 0);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestReceiptValues)
#include "tst_receiptvalues.moc"
