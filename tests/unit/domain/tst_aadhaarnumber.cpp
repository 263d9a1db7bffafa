// AadhaarNumber: what an agent may type for the customer's Aadhaar number,
// what is refused before an OTP is wasted, and the masked form every screen
// shows afterwards. The valid numbers below were checked with an independent
// Verhoeff computation, not taken from the code under test.
#include "TestRunner.h"
#include "domain/AadhaarNumber.h"

#include <QTest>

namespace counterdesk {
char* toString(AadhaarNumberError error)
{
    switch (error) {
    case AadhaarNumberError::None:
        return qstrdup("None");
    case AadhaarNumberError::Empty:
        return qstrdup("Empty");
    case AadhaarNumberError::InvalidCharacter:
        return qstrdup("InvalidCharacter");
    case AadhaarNumberError::WrongLength:
        return qstrdup("WrongLength");
    case AadhaarNumberError::BadFirstDigit:
        return qstrdup("BadFirstDigit");
    case AadhaarNumberError::ChecksumWrong:
        return qstrdup("ChecksumWrong");
    }
    return qstrdup("?");
}
} // namespace counterdesk

using namespace counterdesk;

class TestAadhaarNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void isValid_data();
    void isValid();
    void everySingleDigitSlipIsCaught();
    void everyNeighbourSwapIsCaught();
    void maskedFromLastFour_data();
    void maskedFromLastFour();
    void emptyValue();
};

void TestAadhaarNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<AadhaarNumberError>("error");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("masked");

    const auto ok = [](const char* name, const QString& input, const QString& digits, const QString& masked) {
        QTest::newRow(name) << input << AadhaarNumberError::None << digits << masked;
    };
    const auto bad = [](const char* name, const QString& input, AadhaarNumberError error) {
        QTest::newRow(name) << input << error << QString() << QString();
    };

    ok("joined", u"234567890124"_qs, u"234567890124"_qs, u"XXXX XXXX 0124"_qs);
    ok("as on the card", u"2345 6789 0124"_qs, u"234567890124"_qs, u"XXXX XXXX 0124"_qs);
    ok("dashes", u"2345-6789-0124"_qs, u"234567890124"_qs, u"XXXX XXXX 0124"_qs);
    ok("spaces around", u"  4999 8765 4328 "_qs, u"499987654328"_qs, u"XXXX XXXX 4328"_qs);
    ok("odd grouping", u"74 1203 698 522"_qs, u"741203698522"_qs, u"XXXX XXXX 8522"_qs);
    ok("all nines", u"999999999999"_qs, u"999999999999"_qs, u"XXXX XXXX 9999"_qs);
    ok("starts 8", u"8642 0975 3187"_qs, u"864209753187"_qs, u"XXXX XXXX 3187"_qs);

    bad("empty", u""_qs, AadhaarNumberError::Empty);
    bad("spaces", u"   "_qs, AadhaarNumberError::Empty);
    bad("dashes only", u" - - "_qs, AadhaarNumberError::Empty);
    bad("eleven digits", u"2345 6789 012"_qs, AadhaarNumberError::WrongLength);
    bad("thirteen digits", u"2345 6789 01245"_qs, AadhaarNumberError::WrongLength);
    bad("a mobile number", u"9876543210"_qs, AadhaarNumberError::WrongLength);
    bad("letters", u"2345 6789 O124"_qs, AadhaarNumberError::InvalidCharacter);
    bad("dot", u"2345.6789.0124"_qs, AadhaarNumberError::InvalidCharacter);
    bad("masked form pasted", u"XXXX XXXX 0124"_qs, AadhaarNumberError::InvalidCharacter);
    bad("Devanagari digits", u"२३४५ ६७८९ ०१२४"_qs, AadhaarNumberError::InvalidCharacter);
    // Valid check digits, but UIDAI never issues numbers starting 0 or 1.
    bad("starts 1", u"1000 0000 0004"_qs, AadhaarNumberError::BadFirstDigit);
    bad("starts 0", u"0123 4567 8905"_qs, AadhaarNumberError::BadFirstDigit);
    bad("last digit wrong", u"2345 6789 0125"_qs, AadhaarNumberError::ChecksumWrong);
    bad("first two swapped", u"2435 6789 0124"_qs, AadhaarNumberError::ChecksumWrong);
    bad("last two swapped", u"2345 6789 0142"_qs, AadhaarNumberError::ChecksumWrong);
    bad("check digit off by one", u"4999 8765 4329"_qs, AadhaarNumberError::ChecksumWrong);
}

void TestAadhaarNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(AadhaarNumberError, error);
    QFETCH(QString, digits);
    QFETCH(QString, masked);

    const AadhaarNumberParseResult result = AadhaarNumber::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == AadhaarNumberError::None);
    if (!result.ok())
        return;
    QCOMPARE(result.value->digits(), digits);
    QCOMPARE(result.value->masked(), masked);
    QCOMPARE(result.value->lastFour(), digits.right(4));
    QVERIFY(!result.value->isEmpty());
    // Nothing of the first eight digits survives masking.
    QVERIFY(!result.value->masked().contains(digits.left(8)));
    QVERIFY(AadhaarNumber::isValid(digits));
    QCOMPARE(AadhaarNumber::parse(digits).value, result.value);
}

void TestAadhaarNumber::isValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("canonical") << "234567890124" << true;
    QTest::newRow("another") << "314159265353" << true;
    QTest::newRow("checksum wrong") << "314159265354" << false;
    QTest::newRow("with spaces") << "2345 6789 0124" << false;
    QTest::newRow("starts 1") << "100000000004" << false;
    QTest::newRow("eleven digits") << "23456789012" << false;
    QTest::newRow("Devanagari digit") << QStringLiteral("23456789012\u0968") << false;
    QTest::newRow("empty") << "" << false;
}

void TestAadhaarNumber::isValid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(AadhaarNumber::isValid(text), valid);
}

void TestAadhaarNumber::everySingleDigitSlipIsCaught()
{
    // The reason for Verhoeff: any one digit typed wrong is refused.
    const QString good = u"271828182846"_qs;
    QVERIFY(AadhaarNumber::isValid(good));
    for (qsizetype i = 0; i < good.size(); ++i) {
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            if (good[i] == QChar(d))
                continue;
            QString slip = good;
            slip[i] = QChar(d);
            QVERIFY2(!AadhaarNumber::isValid(slip), qPrintable(u"position %1"_qs.arg(i)));
        }
    }
}

void TestAadhaarNumber::everyNeighbourSwapIsCaught()
{
    const QString good = u"864209753187"_qs;
    for (qsizetype i = 0; i + 1 < good.size(); ++i) {
        if (good[i] == good[i + 1])
            continue;
        QString swapped = good;
        std::swap(swapped[i], swapped[i + 1]);
        QCOMPARE(AadhaarNumber::parse(swapped).error,
                 swapped[0] < u'2' ? AadhaarNumberError::BadFirstDigit : AadhaarNumberError::ChecksumWrong);
    }
}

void TestAadhaarNumber::maskedFromLastFour_data()
{
    QTest::addColumn<QString>("lastFour");
    QTest::addColumn<QString>("masked");
    QTest::newRow("four digits") << "0124"
                                 << "XXXX XXXX 0124";
    QTest::newRow("three digits") << "124"
                                  << "";
    QTest::newRow("five digits") << "90124"
                                 << "";
    QTest::newRow("letter") << "01a4"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestAadhaarNumber::maskedFromLastFour()
{
    QFETCH(QString, lastFour);
    QFETCH(QString, masked);
    QCOMPARE(AadhaarNumber::maskedFromLastFour(lastFour), masked);
}

void TestAadhaarNumber::emptyValue()
{
    const AadhaarNumber none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.digits(), QString());
    QCOMPARE(none.masked(), QString());
    QCOMPARE(none.lastFour(), QString());
}

COUNTERDESK_TEST_APPLESS_MAIN(TestAadhaarNumber)
#include "tst_aadhaarnumber.moc"
