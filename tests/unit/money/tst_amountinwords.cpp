// AmountInWords: the words printed under the amount on a receipt.
#include "MoneyTestValues.h"
#include "TestRunner.h"
#include "money/AmountInWords.h"

#include <QSet>
#include <QTest>
#include <limits>

using namespace counterdesk;
using namespace counterdesk::testing;

class TestAmountInWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hindiBelowHundred_data();
    void hindiBelowHundred();
    void hindiBelowHundredAllDistinct();
    void numberToWords_data();
    void numberToWords();
    void toWords_data();
    void toWords();
};

void TestAmountInWords::hindiBelowHundred_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("expected");

    // One row per number: Hindi 0-99 is irregular, so every word is checked.
    const QStringList words = {
        u"शून्य"_qs,    u"एक"_qs,      u"दो"_qs,      u"तीन"_qs,    u"चार"_qs,     u"पाँच"_qs,    u"छह"_qs,
        u"सात"_qs,    u"आठ"_qs,      u"नौ"_qs,      u"दस"_qs,     u"ग्यारह"_qs,   u"बारह"_qs,   u"तेरह"_qs,
        u"चौदह"_qs,   u"पंद्रह"_qs,    u"सोलह"_qs,    u"सत्रह"_qs,   u"अठारह"_qs,   u"उन्नीस"_qs,  u"बीस"_qs,
        u"इक्कीस"_qs,  u"बाईस"_qs,    u"तेईस"_qs,     u"चौबीस"_qs,  u"पच्चीस"_qs,   u"छब्बीस"_qs,  u"सत्ताईस"_qs,
        u"अट्ठाईस"_qs, u"उनतीस"_qs,   u"तीस"_qs,     u"इकतीस"_qs,  u"बत्तीस"_qs,   u"तैंतीस"_qs,   u"चौंतीस"_qs,
        u"पैंतीस"_qs,   u"छत्तीस"_qs,   u"सैंतीस"_qs,    u"अड़तीस"_qs,  u"उनतालीस"_qs, u"चालीस"_qs,  u"इकतालीस"_qs,
        u"बयालीस"_qs, u"तैंतालीस"_qs,  u"चौवालीस"_qs, u"पैंतालीस"_qs, u"छियालीस"_qs, u"सैंतालीस"_qs, u"अड़तालीस"_qs,
        u"उनचास"_qs,  u"पचास"_qs,    u"इक्यावन"_qs,  u"बावन"_qs,   u"तिरपन"_qs,   u"चौवन"_qs,   u"पचपन"_qs,
        u"छप्पन"_qs,   u"सत्तावन"_qs,  u"अट्ठावन"_qs,  u"उनसठ"_qs,   u"साठ"_qs,     u"इकसठ"_qs,   u"बासठ"_qs,
        u"तिरसठ"_qs,  u"चौंसठ"_qs,    u"पैंसठ"_qs,     u"छियासठ"_qs, u"सड़सठ"_qs,    u"अड़सठ"_qs,   u"उनहत्तर"_qs,
        u"सत्तर"_qs,   u"इकहत्तर"_qs,  u"बहत्तर"_qs,   u"तिहत्तर"_qs, u"चौहत्तर"_qs,  u"पचहत्तर"_qs, u"छिहत्तर"_qs,
        u"सतहत्तर"_qs, u"अठहत्तर"_qs,  u"उन्यासी"_qs,  u"अस्सी"_qs,   u"इक्यासी"_qs,  u"बयासी"_qs,  u"तिरासी"_qs,
        u"चौरासी"_qs, u"पचासी"_qs,   u"छियासी"_qs,  u"सत्तासी"_qs, u"अट्ठासी"_qs,  u"नवासी"_qs,  u"नब्बे"_qs,
        u"इक्यानवे"_qs, u"बानवे"_qs,    u"तिरानवे"_qs,  u"चौरानवे"_qs, u"पंचानवे"_qs,   u"छियानवे"_qs, u"सत्तानवे"_qs,
        u"अट्ठानवे"_qs, u"निन्यानवे"_qs,
    };
    QCOMPARE(words.size(), 100);
    for (qint64 n = 0; n < 100; ++n)
        QTest::addRow("%lld", n) << n << words[n];
}

void TestAmountInWords::hindiBelowHundred()
{
    QFETCH(qint64, number);
    QFETCH(QString, expected);

    QCOMPARE(AmountInWords::numberToWords(number, Hi), expected);
}

// A slipped row in the table would repeat or shift words; all 100 differ.
void TestAmountInWords::hindiBelowHundredAllDistinct()
{
    QSet<QString> seen;
    for (qint64 n = 0; n < 100; ++n) {
        const QString word = AmountInWords::numberToWords(n, Hi);
        QVERIFY2(!word.isEmpty() && !word.contains(u' '), qPrintable(QString::number(n)));
        seen.insert(word);
    }
    QCOMPARE(seen.size(), 100);
}

void TestAmountInWords::numberToWords_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<DisplayLanguage>("language");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, qint64 n, DisplayLanguage language, const QString& expected) {
        QTest::newRow(name) << n << language << expected;
    };
    row("en 0", 0, En, u"zero"_qs);
    row("en 7", 7, En, u"seven"_qs);
    row("en 13", 13, En, u"thirteen"_qs);
    row("en 19", 19, En, u"nineteen"_qs);
    row("en 20", 20, En, u"twenty"_qs);
    row("en 21", 21, En, u"twenty-one"_qs);
    row("en 45", 45, En, u"forty-five"_qs);
    row("en 99", 99, En, u"ninety-nine"_qs);
    row("en 100", 100, En, u"one hundred"_qs);
    row("en 110", 110, En, u"one hundred ten"_qs);
    row("en 1,001", 1001, En, u"one thousand one"_qs);
    row("en 1,10,000", 110000, En, u"one lakh ten thousand"_qs);
    row("en 10,00,010", 1000010, En, u"ten lakh ten"_qs);
    row("en 1,00,00,000", 10000000, En, u"one crore"_qs);
    row("en 99,99,99,999", 999999999, En,
        u"ninety-nine crore ninety-nine lakh ninety-nine thousand nine "
        u"hundred ninety-nine"_qs);
    row("en 1,00,00,00,000", 1000000000, En, u"one hundred crore"_qs);
    row("en 1 lakh crore", 1000000000000, En, u"one lakh crore"_qs);
    row("en 1 crore crore", 100000000000000, En, u"one crore crore"_qs);
    row("en negative", -7, En, u"minus seven"_qs);
    row("hi 100", 100, Hi, u"एक सौ"_qs);
    row("hi 110", 110, Hi, u"एक सौ दस"_qs);
    row("hi 2,500", 2500, Hi, u"दो हज़ार पाँच सौ"_qs);
    row("hi 1,10,000", 110000, Hi, u"एक लाख दस हज़ार"_qs);
    row("hi 99,99,99,999", 999999999, Hi, u"निन्यानवे करोड़ निन्यानवे लाख निन्यानवे हज़ार नौ सौ निन्यानवे"_qs);
    row("hi 1,00,00,00,000", 1000000000, Hi, u"एक सौ करोड़"_qs);
    row("hi negative", -7, Hi, u"ऋण सात"_qs);
    row("en largest", std::numeric_limits<qint64>::max(), En,
        // 92,23,37,20,36,85,47,75,807 = 92,233 crore crore, 72,03,685 crore, 47,75,807.
        u"ninety-two thousand two hundred thirty-three crore seventy-two lakh three thousand six hundred "
        u"eighty-five crore forty-seven lakh seventy-five thousand eight hundred seven"_qs);
}

void TestAmountInWords::numberToWords()
{
    QFETCH(qint64, number);
    QFETCH(DisplayLanguage, language);
    QFETCH(QString, expected);

    QCOMPARE(AmountInWords::numberToWords(number, language), expected);
}

void TestAmountInWords::toWords_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<DisplayLanguage>("language");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, qint64 paise, DisplayLanguage language, const QString& expected) {
        QTest::newRow(name) << paise << language << expected;
    };
    row("en 1,10,000", 11000000, En, u"One lakh ten thousand rupees only"_qs);
    row("en 110", 11000, En, u"One hundred ten rupees only"_qs);
    row("en 110.50", 11050, En, u"One hundred ten rupees and fifty paise only"_qs);
    row("en zero", 0, En, u"Zero rupees only"_qs);
    row("en one rupee", 100, En, u"One rupee only"_qs);
    row("en one paisa", 1, En, u"One paisa only"_qs);
    row("en paise only", 50, En, u"Fifty paise only"_qs);
    row("en 1.01", 101, En, u"One rupee and one paisa only"_qs);
    row("en 21", 2100, En, u"Twenty-one rupees only"_qs);
    row("en 1 crore", 1000000000, En, u"One crore rupees only"_qs);
    row("en 99 crore", 99999999900, En,
        u"Ninety-nine crore ninety-nine lakh ninety-nine thousand nine hundred ninety-nine rupees only"_qs);
    row("en 100 crore", 100000000000, En, u"One hundred crore rupees only"_qs);
    row("en 12,34,56,789.23", 12345678923, En,
        u"Twelve crore thirty-four lakh fifty-six thousand seven hundred eighty-nine rupees and "
        u"twenty-three paise only"_qs);
    row("en negative", -50000, En, u"Minus five hundred rupees only"_qs);

    row("hi 110", 11000, Hi, u"एक सौ दस रुपये मात्र"_qs);
    row("hi 1,10,000", 11000000, Hi, u"एक लाख दस हज़ार रुपये मात्र"_qs);
    row("hi 110.50", 11050, Hi, u"एक सौ दस रुपये और पचास पैसे मात्र"_qs);
    row("hi zero", 0, Hi, u"शून्य रुपये मात्र"_qs);
    row("hi one rupee", 100, Hi, u"एक रुपया मात्र"_qs);
    row("hi one paisa", 1, Hi, u"एक पैसा मात्र"_qs);
    row("hi paise only", 75, Hi, u"पचहत्तर पैसे मात्र"_qs);
    row("hi 101 rupees", 10100, Hi, u"एक सौ एक रुपये मात्र"_qs);
    row("hi 99 crore", 99999999900, Hi, u"निन्यानवे करोड़ निन्यानवे लाख निन्यानवे हज़ार नौ सौ निन्यानवे रुपये मात्र"_qs);
    row("hi 12,34,56,789.23", 12345678923, Hi,
        u"बारह करोड़ चौंतीस लाख छप्पन हज़ार सात सौ नवासी रुपये और तेईस पैसे मात्र"_qs);
    row("hi negative", -50000, Hi, u"ऋण पाँच सौ रुपये मात्र"_qs);
}

void TestAmountInWords::toWords()
{
    QFETCH(qint64, paise);
    QFETCH(DisplayLanguage, language);
    QFETCH(QString, expected);

    QCOMPARE(AmountInWords::toWords(Money::fromPaise(paise), language), expected);
}

COUNTERDESK_TEST_APPLESS_MAIN(TestAmountInWords)
#include "tst_amountinwords.moc"
