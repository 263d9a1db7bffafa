// MobileNumber: what an agent may type for the customer's mobile, and what
// the API, the screen and the receipt then show.
#include "TestRunner.h"
#include "domain/MobileNumber.h"

#include <QTest>

namespace counterdesk {
char* toString(MobileNumberError error)
{
    switch (error) {
    case MobileNumberError::None:
        return qstrdup("None");
    case MobileNumberError::Empty:
        return qstrdup("Empty");
    case MobileNumberError::InvalidCharacter:
        return qstrdup("InvalidCharacter");
    case MobileNumberError::NotIndian:
        return qstrdup("NotIndian");
    case MobileNumberError::WrongLength:
        return qstrdup("WrongLength");
    case MobileNumberError::BadFirstDigit:
        return qstrdup("BadFirstDigit");
    }
    return qstrdup("?");
}
} // namespace counterdesk

using namespace counterdesk;

class TestMobileNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void isCanonical_data();
    void isCanonical();
    void emptyValue();
};

void TestMobileNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<MobileNumberError>("error");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("masked");

    const auto ok = [](const char* name, const QString& input, const QString& canonical,
                       const QString& display, const QString& masked) {
        QTest::newRow(name) << input << MobileNumberError::None << canonical << display << masked;
    };
    const auto bad = [](const char* name, const QString& input, MobileNumberError error) {
        QTest::newRow(name) << input << error << QString() << QString() << QString();
    };

    ok("10 digits", u"9876543210"_qs, u"9876543210"_qs, u"98765 43210"_qs, u"••••••3210"_qs);
    ok("+91 with spaces", u"+91 98765 43210"_qs, u"9876543210"_qs, u"98765 43210"_qs, u"••••••3210"_qs);
    ok("+91 with dashes", u"+91-98765-43210"_qs, u"9876543210"_qs, u"98765 43210"_qs, u"••••••3210"_qs);
    ok("+91 joined", u"+919876543210"_qs, u"9876543210"_qs, u"98765 43210"_qs, u"••••••3210"_qs);
    ok("91 prefix, 12 digits", u"919876543210"_qs, u"9876543210"_qs, u"98765 43210"_qs, u"••••••3210"_qs);
    ok("trunk 0", u"09876543210"_qs, u"9876543210"_qs, u"98765 43210"_qs, u"••••••3210"_qs);
    ok("spaces around", u"  98765-43210 "_qs, u"9876543210"_qs, u"98765 43210"_qs, u"••••••3210"_qs);
    ok("starts 6", u"6000000001"_qs, u"6000000001"_qs, u"60000 00001"_qs, u"••••••0001"_qs);
    ok("starts 7", u"7012345678"_qs, u"7012345678"_qs, u"70123 45678"_qs, u"••••••5678"_qs);
    ok("starts 8", u"8123456789"_qs, u"8123456789"_qs, u"81234 56789"_qs, u"••••••6789"_qs);
    // Ten digits that happen to start 91 are a number, not a prefix.
    ok("10 digits starting 91", u"9198765432"_qs, u"9198765432"_qs, u"91987 65432"_qs, u"••••••5432"_qs);

    bad("empty", u""_qs, MobileNumberError::Empty);
    bad("spaces", u"   "_qs, MobileNumberError::Empty);
    bad("dash only", u" - "_qs, MobileNumberError::Empty);
    bad("too short", u"98765"_qs, MobileNumberError::WrongLength);
    bad("11 digits not starting 0", u"98765432101"_qs, MobileNumberError::WrongLength);
    bad("11 digits starting 91", u"91987654321"_qs, MobileNumberError::WrongLength);
    bad("0 and 91", u"0919876543210"_qs, MobileNumberError::WrongLength);
    bad("+91 only", u"+91"_qs, MobileNumberError::WrongLength);
    bad("+91 and 9 digits", u"+91 987654321"_qs, MobileNumberError::WrongLength);
    bad("plus only", u"+"_qs, MobileNumberError::WrongLength);
    bad("starts 5", u"5876543210"_qs, MobileNumberError::BadFirstDigit);
    bad("starts 1", u"1234567890"_qs, MobileNumberError::BadFirstDigit);
    bad("10 digits starting 0", u"0987654321"_qs, MobileNumberError::BadFirstDigit);
    bad("+91 then starts 5", u"+91 5876543210"_qs, MobileNumberError::BadFirstDigit);
    bad("UK number", u"+44 7911 123456"_qs, MobileNumberError::NotIndian);
    bad("US number", u"+1 555 123 4567"_qs, MobileNumberError::NotIndian);
    bad("letters", u"98765abcde"_qs, MobileNumberError::InvalidCharacter);
    bad("brackets", u"(987) 654-3210"_qs, MobileNumberError::InvalidCharacter);
    bad("dot", u"98765.43210"_qs, MobileNumberError::InvalidCharacter);
    bad("plus inside", u"98+76543210"_qs, MobileNumberError::InvalidCharacter);
    bad("Devanagari digits", u"९८७६५४३२१०"_qs, MobileNumberError::InvalidCharacter);
    bad("letter O for zero", u"98765432O0"_qs, MobileNumberError::InvalidCharacter);
}

void TestMobileNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(MobileNumberError, error);
    QFETCH(QString, canonical);
    QFETCH(QString, display);
    QFETCH(QString, masked);

    const MobileNumberParseResult result = MobileNumber::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == MobileNumberError::None);
    if (!result.ok())
        return;
    QCOMPARE(result.value->toString(), canonical);
    QCOMPARE(result.value->toDisplayString(), display);
    QCOMPARE(result.value->masked(), masked);
    QVERIFY(!result.value->isEmpty());
    QVERIFY(MobileNumber::isCanonical(canonical));
    // The canonical form is itself valid input and reads back the same.
    QCOMPARE(MobileNumber::parse(canonical).value, result.value);
}

void TestMobileNumber::isCanonical_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("canonical");
    QTest::newRow("canonical") << "9876543210" << true;
    QTest::newRow("starts 6") << "6111111111" << true;
    QTest::newRow("starts 5") << "5876543210" << false;
    QTest::newRow("starts 0") << "0876543210" << false;
    QTest::newRow("nine digits") << "987654321" << false;
    QTest::newRow("eleven digits") << "98765432101" << false;
    QTest::newRow("with +91") << "+919876543210" << false;
    QTest::newRow("with space") << "98765 43210" << false;
    QTest::newRow("Devanagari digit") << QStringLiteral("987654321\u0966") << false;
    QTest::newRow("empty") << "" << false;
}

void TestMobileNumber::isCanonical()
{
    // The one check the request builder and the sandbox use on values that
    // should already be canonical.
    QFETCH(QString, text);
    QFETCH(bool, canonical);
    QCOMPARE(MobileNumber::isCanonical(text), canonical);
}

void TestMobileNumber::emptyValue()
{
    const MobileNumber none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.toString(), QString());
    QCOMPARE(none.masked(), QString());
}

COUNTERDESK_TEST_APPLESS_MAIN(TestMobileNumber)
#include "tst_mobilenumber.moc"
