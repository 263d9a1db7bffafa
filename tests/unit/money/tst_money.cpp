// Money: exact parsing of API amounts, the plain wire form, checked maths.
#include "MoneyTestValues.h"
#include "TestRunner.h"
#include "money/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

namespace counterdesk {
// Readable names in QCOMPARE failure messages.
char* toString(MoneyParseError error)
{
    switch (error) {
    case MoneyParseError::None:
        return qstrdup("None");
    case MoneyParseError::Empty:
        return qstrdup("Empty");
    case MoneyParseError::Null:
        return qstrdup("Null");
    case MoneyParseError::NotANumber:
        return qstrdup("NotANumber");
    case MoneyParseError::Negative:
        return qstrdup("Negative");
    case MoneyParseError::TooPrecise:
        return qstrdup("TooPrecise");
    case MoneyParseError::OutOfRange:
        return qstrdup("OutOfRange");
    }
    return qstrdup("?");
}
} // namespace counterdesk

using namespace counterdesk;
using namespace counterdesk::testing;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void fromJson_data();
    void fromJson();
    void toPlainString_data();
    void toPlainString();
    void fromRupeesChecked_data();
    void fromRupeesChecked();
    void checkedAddSubtractMultiply_data();
    void checkedAddSubtractMultiply();
    void checkedMulDiv_data();
    void checkedMulDiv();
    void checkedBasisPoints_data();
    void checkedBasisPoints();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<MoneyParseError>("error");
    QTest::addColumn<qint64>("paise"); // checked only when error is None

    const auto ok = [](const char* name, const QString& input, qint64 paise, bool allowNegative = false) {
        QTest::newRow(name) << input << allowNegative << MoneyParseError::None << paise;
    };
    const auto bad = [](const char* name, const QString& input, MoneyParseError error,
                        bool allowNegative = false) {
        QTest::newRow(name) << input << allowNegative << error << qint64(0);
    };

    // The forms the Eko API sends.
    ok("110.00", u"110.00"_qs, 11000);
    ok("4.0", u"4.0"_qs, 400);
    ok("814.0", u"814.0"_qs, 81400);
    ok("2.20834002375E9", u"2.20834002375E9"_qs, 220834002375);
    ok("0", u"0"_qs, 0);
    // Other exact forms.
    ok("0.00", u"0.00"_qs, 0);
    ok("spaces around", u"  110.00 \t"_qs, 11000);
    ok("one decimal", u"1.5"_qs, 150);
    ok("no integer part", u".5"_qs, 50);
    ok("trailing point", u"5."_qs, 500);
    ok("plus sign", u"+5.00"_qs, 500);
    ok("lower-case exponent", u"2.2e9"_qs, 220000000000);
    ok("exponent plus", u"1E+2"_qs, 10000);
    ok("negative exponent", u"12500E-2"_qs, 12500);
    ok("one paisa by exponent", u"1E-2"_qs, 1);
    ok("leading zeros", u"000110.50"_qs, 11050);
    // Zeros that are not significant must not overflow anything.
    ok("many trailing zeros", u"1.0000000000000000000000000"_qs, 100);
    ok("zero, huge exponent", u"0E999999999999"_qs, 0);
    ok("minus zero is zero", u"-0.00"_qs, 0);
    ok("largest", u"92233720368547758.07"_qs, kMax);
    ok("negative allowed", u"-5.00"_qs, -500, true);
    ok("smallest", u"-92233720368547758.08"_qs, kMin, true);

    bad("empty", u""_qs, MoneyParseError::Empty);
    bad("spaces only", u"   "_qs, MoneyParseError::Empty);
    bad("negative refused", u"-5.00"_qs, MoneyParseError::Negative);
    bad("negative and too precise", u"-1.005"_qs, MoneyParseError::Negative);
    bad("abc", u"abc"_qs, MoneyParseError::NotANumber);
    bad("1.005 too precise", u"1.005"_qs, MoneyParseError::TooPrecise);
    bad("too precise by exponent", u"1E-3"_qs, MoneyParseError::TooPrecise);
    bad("far too precise", u"1.0000000000000000000001"_qs, MoneyParseError::TooPrecise);
    bad("tiny exponent", u"5E-999999999999"_qs, MoneyParseError::TooPrecise);
    bad("two points", u"1.2.3"_qs, MoneyParseError::NotANumber);
    bad("exponent without digits", u"1e"_qs, MoneyParseError::NotANumber);
    bad("grouping comma", u"1,000.00"_qs, MoneyParseError::NotANumber);
    bad("rupee sign", u"\u20B9110"_qs, MoneyParseError::NotANumber);
    bad("double minus", u"--5"_qs, MoneyParseError::NotANumber);
    bad("lone point", u"."_qs, MoneyParseError::NotANumber);
    bad("lone sign", u"-"_qs, MoneyParseError::NotANumber);
    bad("inner space", u"1 000"_qs, MoneyParseError::NotANumber);
    bad("hex", u"0x10"_qs, MoneyParseError::NotANumber);
    bad("NaN", u"NaN"_qs, MoneyParseError::NotANumber);
    bad("inf", u"inf"_qs, MoneyParseError::NotANumber);
    bad("Devanagari digits", u"\u0967\u0966"_qs, MoneyParseError::NotANumber);
    bad("one paisa over the top", u"92233720368547758.08"_qs, MoneyParseError::OutOfRange);
    bad("one paisa under the bottom", u"-92233720368547758.09"_qs, MoneyParseError::OutOfRange, true);
    bad("overflow digits", u"100000000000000000000"_qs, MoneyParseError::OutOfRange);
    bad("overflow exponent", u"1E20"_qs, MoneyParseError::OutOfRange);
    bad("huge exponent", u"1E999999999999"_qs, MoneyParseError::OutOfRange);
}

void TestMoney::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, allowNegative);
    QFETCH(MoneyParseError, error);
    QFETCH(qint64, paise);

    const MoneyParseResult result =
        Money::parse(input, allowNegative ? Money::Sign::AllowNegative : Money::Sign::NonNegativeOnly);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == MoneyParseError::None);
    if (result.ok())
        QCOMPARE(result.value->paise(), paise);
}

void TestMoney::fromJson_data()
{
    // The value of "amount" in a real JSON body, so the test sees what
    // QJsonDocument makes of numbers (integer or double) as the client will.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<MoneyParseError>("error");
    QTest::addColumn<qint64>("paise");

    QTest::newRow("string") << QByteArray(R"({"amount":"110.00"})") << MoneyParseError::None << qint64(11000);
    QTest::newRow("string E9") << QByteArray(R"({"amount":"2.20834002375E9"})") << MoneyParseError::None
                               << qint64(220834002375);
    QTest::newRow("integer") << QByteArray(R"({"amount":110})") << MoneyParseError::None << qint64(11000);
    QTest::newRow("number 4.0") << QByteArray(R"({"amount":4.0})") << MoneyParseError::None << qint64(400);
    QTest::newRow("number 0.61") << QByteArray(R"({"amount":0.61})") << MoneyParseError::None << qint64(61);
    QTest::newRow("number E9") << QByteArray(R"({"amount":2.20834002375E9})") << MoneyParseError::None
                               << qint64(220834002375);
    QTest::newRow("zero") << QByteArray(R"({"amount":0})") << MoneyParseError::None << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"amount":null})") << MoneyParseError::Null << qint64(0);
    QTest::newRow("missing") << QByteArray(R"({})") << MoneyParseError::Null << qint64(0);
    QTest::newRow("empty string") << QByteArray(R"({"amount":""})") << MoneyParseError::Empty << qint64(0);
    QTest::newRow("negative string") << QByteArray(R"({"amount":"-5.00"})") << MoneyParseError::Negative
                                     << qint64(0);
    QTest::newRow("negative number") << QByteArray(R"({"amount":-5})") << MoneyParseError::Negative
                                     << qint64(0);
    QTest::newRow("too precise number")
        << QByteArray(R"({"amount":1.005})") << MoneyParseError::TooPrecise << qint64(0);
    QTest::newRow("abc") << QByteArray(R"({"amount":"abc"})") << MoneyParseError::NotANumber << qint64(0);
    QTest::newRow("bool") << QByteArray(R"({"amount":true})") << MoneyParseError::NotANumber << qint64(0);
    QTest::newRow("array") << QByteArray(R"({"amount":[1]})") << MoneyParseError::NotANumber << qint64(0);
    QTest::newRow("object") << QByteArray(R"({"amount":{}})") << MoneyParseError::NotANumber << qint64(0);
    QTest::newRow("overflow number") << QByteArray(R"({"amount":1e30})") << MoneyParseError::OutOfRange
                                     << qint64(0);
}

void TestMoney::fromJson()
{
    QFETCH(QByteArray, body);
    QFETCH(MoneyParseError, error);
    QFETCH(qint64, paise);

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    QCOMPARE(jsonError.error, QJsonParseError::NoError);
    const MoneyParseResult result = Money::fromJson(document.object().value(u"amount"));
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == MoneyParseError::None);
    if (result.ok())
        QCOMPARE(result.value->paise(), paise);
}

void TestMoney::toPlainString_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<QString>("expected");

    QTest::newRow("110.00") << qint64(11000) << u"110.00"_qs;
    QTest::newRow("paise only") << qint64(5) << u"0.05"_qs;
    QTest::newRow("zero") << qint64(0) << u"0.00"_qs;
    QTest::newRow("no grouping") << qint64(11000000) << u"110000.00"_qs;
    QTest::newRow("negative") << qint64(-500) << u"-5.00"_qs;
    QTest::newRow("negative paise") << qint64(-5) << u"-0.05"_qs;
    QTest::newRow("largest") << kMax << u"92233720368547758.07"_qs;
    QTest::newRow("smallest") << kMin << u"-92233720368547758.08"_qs;
}

void TestMoney::toPlainString()
{
    QFETCH(qint64, paise);
    QFETCH(QString, expected);

    const Money money = Money::fromPaise(paise);
    QCOMPARE(money.toPlainString(), expected);
    // What the journal stores must read back to the same amount.
    const MoneyParseResult back = Money::parse(expected, Money::Sign::AllowNegative);
    QVERIFY(back.ok());
    QCOMPARE(back.value->paise(), paise);
}

void TestMoney::fromRupeesChecked_data()
{
    QTest::addColumn<qint64>("rupees");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("paise");

    QTest::newRow("110") << qint64(110) << true << qint64(11000);
    QTest::newRow("negative") << qint64(-5) << true << qint64(-500);
    QTest::newRow("largest") << kMax / 100 << true << kMax / 100 * 100;
    QTest::newRow("one too many") << kMax / 100 + 1 << false << qint64(0);
    QTest::newRow("smallest") << kMin / 100 << true << kMin / 100 * 100;
    QTest::newRow("one too few") << kMin / 100 - 1 << false << qint64(0);
}

void TestMoney::fromRupeesChecked()
{
    QFETCH(qint64, rupees);
    QFETCH(bool, ok);
    QFETCH(qint64, paise);

    const std::optional<Money> money = Money::fromRupeesChecked(rupees);
    QCOMPARE(money.has_value(), ok);
    if (ok)
        QCOMPARE(money->paise(), paise);
}

void TestMoney::checkedAddSubtractMultiply_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("paise");

    QTest::newRow("add") << u"+"_qs << qint64(11000) << qint64(1000) << true << qint64(12000);
    QTest::newRow("add overflow") << u"+"_qs << kMax << qint64(1) << false << qint64(0);
    QTest::newRow("add to the limit") << u"+"_qs << kMax - 1 << qint64(1) << true << kMax;
    QTest::newRow("subtract") << u"-"_qs << qint64(11000) << qint64(12000) << true << qint64(-1000);
    QTest::newRow("subtract overflow") << u"-"_qs << kMin << qint64(1) << false << qint64(0);
    QTest::newRow("multiply") << u"*"_qs << qint64(11000) << qint64(3) << true << qint64(33000);
    QTest::newRow("multiply negative") << u"*"_qs << qint64(11000) << qint64(-2) << true << qint64(-22000);
    QTest::newRow("multiply overflow") << u"*"_qs << kMax / 2 + 1 << qint64(2) << false << qint64(0);
}

void TestMoney::checkedAddSubtractMultiply()
{
    QFETCH(QString, operation);
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(bool, ok);
    QFETCH(qint64, paise);

    const Money a = Money::fromPaise(left);
    std::optional<Money> result;
    if (operation == u"+")
        result = a.checkedAdd(Money::fromPaise(right));
    else if (operation == u"-")
        result = a.checkedSubtract(Money::fromPaise(right));
    else
        result = a.checkedMultiply(right);
    QCOMPARE(result.has_value(), ok);
    if (ok)
        QCOMPARE(result->paise(), paise);
}

void TestMoney::checkedMulDiv_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Money::Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    using R = Money::Rounding;
    // ₹123.50 / 100 = 123.5 paise: the three roundings differ.
    QTest::newRow("half, toward zero")
        << qint64(12350) << qint64(1) << qint64(100) << R::TowardZero << true << qint64(123);
    QTest::newRow("half, half away") << qint64(12350) << qint64(1) << qint64(100) << R::HalfAwayFromZero
                                     << true << qint64(124);
    QTest::newRow("half, away") << qint64(12350) << qint64(1) << qint64(100) << R::AwayFromZero << true
                                << qint64(124);
    // 12349 / 100 = 123.49.
    QTest::newRow("below half, half away")
        << qint64(12349) << qint64(1) << qint64(100) << R::HalfAwayFromZero << true << qint64(123);
    QTest::newRow("below half, away")
        << qint64(12349) << qint64(1) << qint64(100) << R::AwayFromZero << true << qint64(124);
    QTest::newRow("exact, away") << qint64(12300) << qint64(1) << qint64(100) << R::AwayFromZero << true
                                 << qint64(123);
    QTest::newRow("negative, toward zero")
        << qint64(-12350) << qint64(1) << qint64(100) << R::TowardZero << true << qint64(-123);
    QTest::newRow("negative, half away")
        << qint64(-12350) << qint64(1) << qint64(100) << R::HalfAwayFromZero << true << qint64(-124);
    QTest::newRow("negative denominator")
        << qint64(12350) << qint64(1) << qint64(-100) << R::HalfAwayFromZero << true << qint64(-124);
    QTest::newRow("two thirds") << qint64(100) << qint64(2) << qint64(3) << R::HalfAwayFromZero << true
                                << qint64(67);
    // The product kMax * 10000 does not fit, the result does.
    QTest::newRow("no intermediate overflow")
        << kMax << qint64(10000) << qint64(10000) << R::TowardZero << true << kMax;
    QTest::newRow("smallest kept") << kMin << qint64(1) << qint64(1) << R::TowardZero << true << kMin;
    QTest::newRow("result overflow") << kMax << qint64(2) << qint64(1) << R::TowardZero << false << qint64(0);
    QTest::newRow("rounding overflows")
        << kMax << qint64(3) << qint64(2) << R::TowardZero << false << qint64(0);
    QTest::newRow("zero denominator")
        << qint64(100) << qint64(1) << qint64(0) << R::TowardZero << false << qint64(0);
}

void TestMoney::checkedMulDiv()
{
    QFETCH(qint64, paise);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(Money::Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    const std::optional<Money> result =
        Money::fromPaise(paise).checkedMulDiv(numerator, denominator, rounding);
    QCOMPARE(result.has_value(), ok);
    if (ok)
        QCOMPARE(result->paise(), expected);
}

void TestMoney::checkedBasisPoints_data()
{
    QTest::addColumn<qint64>("paise");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<Money::Rounding>("rounding");
    QTest::addColumn<qint64>("expected");

    using R = Money::Rounding;
    QTest::newRow("1% of 1000") << qint64(100000) << qint64(100) << R::TowardZero << qint64(1000);
    // 1.2 % of ₹123.45 = 148.14 paise.
    QTest::newRow("1.2% toward zero") << qint64(12345) << qint64(120) << R::TowardZero << qint64(148);
    QTest::newRow("1.2% away") << qint64(12345) << qint64(120) << R::AwayFromZero << qint64(149);
    QTest::newRow("0 bp") << qint64(12345) << qint64(0) << R::AwayFromZero << qint64(0);
    QTest::newRow("100%") << qint64(12345) << qint64(10000) << R::TowardZero << qint64(12345);
}

void TestMoney::checkedBasisPoints()
{
    QFETCH(qint64, paise);
    QFETCH(qint64, basisPoints);
    QFETCH(Money::Rounding, rounding);
    QFETCH(qint64, expected);

    const std::optional<Money> fee = Money::fromPaise(paise).checkedBasisPoints(basisPoints, rounding);
    QVERIFY(fee.has_value());
    QCOMPARE(fee->paise(), expected);
}

COUNTERDESK_TEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
