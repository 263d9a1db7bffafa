// MoneyFormatter: the exact text an agent or customer sees for an amount
// or a count, and what the amount field accepts.
#include "MoneyTestValues.h"
#include "TestRunner.h"
#include "money/MoneyFormatter.h"

#include <QTest>
#include <limits>

namespace counterdesk {
char* toString(AmountFieldError error)
{
    switch (error) {
    case AmountFieldError::None:
        return qstrdup("None");
    case AmountFieldError::Empty:
        return qstrdup("Empty");
    case AmountFieldError::NotWholeRupees:
        return qstrdup("NotWholeRupees");
    case AmountFieldError::Negative:
        return qstrdup("Negative");
    case AmountFieldError::InvalidCharacter:
        return qstrdup("InvalidCharacter");
    case AmountFieldError::MisplacedComma:
        return qstrdup("MisplacedComma");
    case AmountFieldError::Zero:
        return qstrdup("Zero");
    case AmountFieldError::TooLarge:
        return qstrdup("TooLarge");
    }
    return qstrdup("?");
}
} // namespace counterdesk

using namespace counterdesk;
using namespace counterdesk::testing;
using PaiseDisplay = MoneyFormatter::PaiseDisplay;

class TestMoneyFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void formatNumber_data();
    void formatNumber();
    void formatCount_data();
    void formatCount();
    void parseAmountField_data();
    void parseAmountField();
};

void TestMoneyFormatter::format_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<DisplayLanguage>("language");
    QTest::addColumn<PaiseDisplay>("paiseDisplay");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, qint64 paise, DisplayLanguage language, PaiseDisplay display,
                        const QString& expected) {
        QTest::newRow(name) << paise << language << display << expected;
    };
    const auto A = PaiseDisplay::Always;
    const auto W = PaiseDisplay::OmitIfWhole;

    // Rows in both languages: Hindi deliberately prints the same (Latin
    // digits, Indian grouping, ₹), see MoneyFormatter.h.
    for (const DisplayLanguage language : {En, Hi}) {
        const bool en = language == En;
        row(en ? "en 1,10,000.00" : "hi 1,10,000.00", 11000000, language, A, u"₹1,10,000.00"_qs);
        row(en ? "en 1,10,000 whole" : "hi 1,10,000 whole", 11000000, language, W, u"₹1,10,000"_qs);
        row(en ? "en 1 crore" : "hi 1 crore", 1000000000, language, A, u"₹1,00,00,000.00"_qs);
        row(en ? "en 1,23,45,678.95" : "hi 1,23,45,678.95", 1234567895, language, A, u"₹1,23,45,678.95"_qs);
        row(en ? "en negative" : "hi negative", -50000, language, A, u"-₹500.00"_qs);
    }
    row("12,34,56,789.50", 12345678950, En, A, u"₹12,34,56,789.50"_qs);
    row("paise kept when omitting", 12345678950, En, W, u"₹12,34,56,789.50"_qs);
    row("zero", 0, En, A, u"₹0.00"_qs);
    row("zero whole", 0, En, W, u"₹0"_qs);
    row("five paise", 5, En, A, u"₹0.05"_qs);
    row("five paise whole form", 5, En, W, u"₹0.05"_qs);
    row("three digits, no comma", 99900, En, A, u"₹999.00"_qs);
    row("first comma", 100000, En, A, u"₹1,000.00"_qs);
    row("ten thousand", 1000000, En, W, u"₹10,000"_qs);
    row("one lakh", 10000000, En, W, u"₹1,00,000"_qs);
    row("ten lakh", 100000000, En, W, u"₹10,00,000"_qs);
    row("ten crore", 10000000000, En, W, u"₹10,00,00,000"_qs);
    row("hundred crore", 100000000000, En, W, u"₹1,00,00,00,000"_qs);
    row("1,10,000.50 whole form", 11000050, En, W, u"₹1,10,000.50"_qs);
    row("negative whole", -11000000, En, W, u"-₹1,10,000"_qs);
    row("negative paise", -5, Hi, A, u"-₹0.05"_qs);
    row("largest", kMax, En, A, u"₹92,23,37,20,36,85,47,758.07"_qs);
    row("smallest", kMin, En, A, u"-₹92,23,37,20,36,85,47,758.08"_qs);
}

void TestMoneyFormatter::format()
{
    QFETCH(qint64, paise);
    QFETCH(DisplayLanguage, language);
    QFETCH(PaiseDisplay, paiseDisplay);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::format(Money::fromPaise(paise), language, paiseDisplay), expected);
}

void TestMoneyFormatter::formatNumber_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<PaiseDisplay>("paiseDisplay");
    QTest::addColumn<QString>("expected");

    QTest::newRow("grouped") << qint64(11000000) << PaiseDisplay::Always << u"1,10,000.00"_qs;
    QTest::newRow("whole") << qint64(11000000) << PaiseDisplay::OmitIfWhole << u"1,10,000"_qs;
    QTest::newRow("negative") << qint64(-500) << PaiseDisplay::Always << u"-5.00"_qs;
    QTest::newRow("small") << qint64(4200) << PaiseDisplay::OmitIfWhole << u"42"_qs;
}

void TestMoneyFormatter::formatNumber()
{
    QFETCH(qint64, paise);
    QFETCH(PaiseDisplay, paiseDisplay);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::formatNumber(Money::fromPaise(paise), En, paiseDisplay), expected);
    QCOMPARE(MoneyFormatter::formatNumber(Money::fromPaise(paise), Hi, paiseDisplay), expected);
}

void TestMoneyFormatter::formatCount_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0") << qint64(0) << u"0"_qs;
    QTest::newRow("7") << qint64(7) << u"7"_qs;
    QTest::newRow("999") << qint64(999) << u"999"_qs;
    QTest::newRow("1,000") << qint64(1000) << u"1,000"_qs;
    QTest::newRow("99,999") << qint64(99999) << u"99,999"_qs;
    QTest::newRow("1,10,000") << qint64(110000) << u"1,10,000"_qs;
    QTest::newRow("1,00,00,000") << qint64(10000000) << u"1,00,00,000"_qs;
    QTest::newRow("12,34,56,789") << qint64(123456789) << u"12,34,56,789"_qs;
    QTest::newRow("negative") << qint64(-1234) << u"-1,234"_qs;
    QTest::newRow("largest") << kMax << u"92,23,37,20,36,85,47,75,807"_qs;
    QTest::newRow("smallest") << kMin << u"-92,23,37,20,36,85,47,75,808"_qs;
}

void TestMoneyFormatter::formatCount()
{
    QFETCH(qint64, count);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::formatCount(count, En), expected);
    QCOMPARE(MoneyFormatter::formatCount(count, Hi), expected);
}

void TestMoneyFormatter::parseAmountField_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<AmountFieldError>("error");
    QTest::addColumn<qint64>("rupees"); // checked only when error is None

    const auto ok = [](const char* name, const QString& input, qint64 rupees) {
        QTest::newRow(name) << input << AmountFieldError::None << rupees;
    };
    const auto bad = [](const char* name, const QString& input, AmountFieldError error) {
        QTest::newRow(name) << input << error << qint64(0);
    };

    ok("plain", u"110000"_qs, 110000);
    ok("Indian grouping", u"1,10,000"_qs, 110000);
    ok("spaces around", u" 110 "_qs, 110);
    ok("Western grouping", u"110,000"_qs, 110000);
    ok("rupee sign", u"₹1,10,000"_qs, 110000);
    ok("rupee sign and space", u"₹ 500"_qs, 500);
    ok("leading zero", u"0110"_qs, 110);
    ok("Devanagari digits", u"१,१०,०००"_qs, 110000);
    ok("largest", u"92233720368547758"_qs, 92233720368547758);

    bad("empty", u""_qs, AmountFieldError::Empty);
    bad("spaces", u"   "_qs, AmountFieldError::Empty);
    bad("rupee sign only", u"₹"_qs, AmountFieldError::Empty);
    bad("paise", u"110.50"_qs, AmountFieldError::NotWholeRupees);
    bad("zero paise", u"110.00"_qs, AmountFieldError::NotWholeRupees);
    bad("point only", u"."_qs, AmountFieldError::NotWholeRupees);
    bad("negative", u"-500"_qs, AmountFieldError::Negative);
    bad("unicode minus", u"\u2212500"_qs, AmountFieldError::Negative);
    bad("letters", u"abc"_qs, AmountFieldError::InvalidCharacter);
    bad("letter O for zero", u"1O0"_qs, AmountFieldError::InvalidCharacter);
    bad("inner space", u"5 00"_qs, AmountFieldError::InvalidCharacter);
    bad("Rs prefix", u"Rs 100"_qs, AmountFieldError::InvalidCharacter);
    bad("exponent", u"1e5"_qs, AmountFieldError::InvalidCharacter);
    bad("plus", u"+500"_qs, AmountFieldError::InvalidCharacter);
    bad("letters after overflow", u"999999999999999999999x"_qs, AmountFieldError::InvalidCharacter);
    bad("leading comma", u",100"_qs, AmountFieldError::MisplacedComma);
    bad("double comma", u"1,,000"_qs, AmountFieldError::MisplacedComma);
    bad("trailing comma", u"100,"_qs, AmountFieldError::MisplacedComma);
    bad("zero", u"0"_qs, AmountFieldError::Zero);
    bad("grouped zero", u"0,000"_qs, AmountFieldError::Zero);
    bad("one rupee too many", u"92233720368547759"_qs, AmountFieldError::TooLarge);
    bad("far too many", u"99,99,99,99,99,99,99,99,99,999"_qs, AmountFieldError::TooLarge);
}

void TestMoneyFormatter::parseAmountField()
{
    QFETCH(QString, input);
    QFETCH(AmountFieldError, error);
    QFETCH(qint64, rupees);

    const AmountFieldResult result = MoneyFormatter::parseAmountField(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == AmountFieldError::None);
    if (result.ok()) {
        QCOMPARE(result.value->paise(), rupees * 100);
        QVERIFY(result.value->isWholeRupees());
    }
}

COUNTERDESK_TEST_APPLESS_MAIN(TestMoneyFormatter)
#include "tst_moneyformatter.moc"
