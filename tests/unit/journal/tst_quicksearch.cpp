// The quick-search heuristics: one data row per kind of text an agent types.
#include "TestRunner.h"
#include "journal/QuickSearch.h"

#include <QTest>

using namespace counterdesk;
using namespace counterdesk::journal;

Q_DECLARE_METATYPE(QuickSearch::Terms)

namespace {
QuickSearch::Terms terms(QString exact = {})
{
    QuickSearch::Terms t;
    t.exactRef = std::move(exact);
    return t;
}
} // namespace

class TestQuickSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QuickSearch::Terms>("expected");

        QTest::newRow("empty") << "" << terms();
        QTest::newRow("blanks") << "   " << terms();

        {
            auto t = terms(QStringLiteral("2882726255"));
            t.tid = QStringLiteral("2882726255");
            t.accountTail = QStringLiteral("6255");
            QTest::newRow("10-digit TID starting 2: not a mobile") << "2882726255" << t;
        }
        {
            auto t = terms(QStringLiteral("12345678901"));
            t.tid = QStringLiteral("12345678901");
            t.accountTail = QStringLiteral("8901");
            QTest::newRow("11-digit TID") << "12345678901" << t;
        }
        {
            auto t = terms(QStringLiteral("9876543210"));
            t.tid = QStringLiteral("9876543210");
            t.mobile = QStringLiteral("9876543210");
            t.accountTail = QStringLiteral("3210");
            QTest::newRow("mobile, also TID and account") << "9876543210" << t;
        }
        {
            auto t = terms();
            t.tid = QStringLiteral("9876543210");
            t.mobile = QStringLiteral("9876543210");
            t.accountTail = QStringLiteral("3210");
            QTest::newRow("mobile with a space") << "98765 43210" << t;
        }
        {
            auto t = terms(QStringLiteral("+919876543210"));
            t.mobile = QStringLiteral("9876543210");
            QTest::newRow("+91 mobile") << "+919876543210" << t;
        }
        {
            auto t = terms(QStringLiteral("919876543210"));
            t.mobile = QStringLiteral("9876543210");
            t.accountTail = QStringLiteral("3210");
            QTest::newRow("91 mobile, also 12-digit account") << "919876543210" << t;
        }
        {
            auto t = terms(QStringLiteral("09876543210"));
            t.mobile = QStringLiteral("9876543210");
            t.tid = QStringLiteral("09876543210");
            t.accountTail = QStringLiteral("3210");
            QTest::newRow("0 mobile") << "09876543210" << t;
        }
        {
            auto t = terms(QStringLiteral("5876543210"));
            t.tid = QStringLiteral("5876543210");
            t.accountTail = QStringLiteral("3210");
            QTest::newRow("10 digits starting 5: no mobile") << "5876543210" << t;
        }
        {
            auto t = terms(QStringLiteral("123456789"));
            t.accountTail = QStringLiteral("6789");
            QTest::newRow("9-digit account") << "123456789" << t;
        }
        {
            auto t = terms(QStringLiteral("123456789012345678"));
            t.accountTail = QStringLiteral("5678");
            QTest::newRow("18-digit account") << "123456789012345678" << t;
        }
        QTest::newRow("19 digits: ref only")
            << "1234567890123456789" << terms(QStringLiteral("1234567890123456789"));
        {
            auto t = terms(QStringLiteral("4321"));
            t.accountTail = QStringLiteral("4321");
            t.amount = Money::fromRupees(4321);
            QTest::newRow("4 digits: tail or amount") << "4321" << t;
        }
        {
            auto t = terms(QStringLiteral("1500"));
            t.accountTail = QStringLiteral("1500");
            t.amount = Money::fromRupees(1500);
            QTest::newRow("amount 1500") << "1500" << t;
        }
        {
            auto t = terms(QStringLiteral("250"));
            t.amount = Money::fromRupees(250);
            QTest::newRow("3-digit amount") << "250" << t;
        }
        {
            auto t = terms(QStringLiteral("2500000"));
            t.amount = Money::fromRupees(2500000);
            QTest::newRow("7-digit amount") << "2500000" << t;
        }
        QTest::newRow("8 digits: nothing but ref") << "25000000" << terms(QStringLiteral("25000000"));
        QTest::newRow("zero is no amount") << "0" << terms(QStringLiteral("0"));
        {
            auto t = terms(QStringLiteral("1,500.50"));
            t.amount = Money::fromPaise(150050);
            QTest::newRow("grouped decimal amount") << "1,500.50" << t;
        }
        {
            auto t = terms(QString(QChar(0x20B9)) + QStringLiteral("1500"));
            t.amount = Money::fromRupees(1500);
            QTest::newRow("rupee sign") << QString(QChar(0x20B9)) + QStringLiteral("1500") << t;
        }
        {
            auto t = terms();
            t.amount = Money::fromRupees(200);
            QTest::newRow("Rs. with space") << "Rs. 200" << t;
        }
        {
            auto t = terms(QStringLiteral("1.005"));
            QTest::newRow("finer than a paisa: no amount") << "1.005" << t;
        }
        {
            auto t = terms(QStringLiteral("k3x9q2m1abcd0ef"));
            t.nameWords = QStringList{QStringLiteral("k3x9q2m1abcd0ef")};
            QTest::newRow("client_ref_id") << "k3x9q2m1abcd0ef" << t;
        }
        {
            auto t = terms(QStringLiteral("SBIN123456789012"));
            t.nameWords = QStringList{QStringLiteral("sbin123456789012")};
            QTest::newRow("NEFT UTR") << "SBIN123456789012" << t;
        }
        {
            auto t = terms(QStringLiteral("Ramesh"));
            t.nameWords = QStringList{QStringLiteral("ramesh")};
            QTest::newRow("one name") << "Ramesh" << t;
        }
        {
            auto t = terms();
            t.nameWords = QStringList{QStringLiteral("sita"), QStringLiteral("dev")};
            QTest::newRow("two words, any case") << "  SITA dev " << t;
        }
        {
            const QString hindi = QStringLiteral("\u0938\u0940\u0924\u093E");
            auto t = terms(hindi);
            t.nameWords = QStringList{hindi};
            QTest::newRow("Devanagari name keeps its vowel signs") << hindi << t;
        }
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QuickSearch::Terms, expected);
        const QuickSearch::Terms actual = QuickSearch::parse(text);
        QCOMPARE(actual.exactRef, expected.exactRef);
        QCOMPARE(actual.tid, expected.tid);
        QCOMPARE(actual.mobile, expected.mobile);
        QCOMPARE(actual.accountTail, expected.accountTail);
        QCOMPARE(actual.amount.has_value(), expected.amount.has_value());
        if (expected.amount)
            QCOMPARE(actual.amount->paise(), expected.amount->paise());
        QCOMPARE(actual.nameWords, expected.nameWords);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestQuickSearch)
#include "tst_quicksearch.moc"
