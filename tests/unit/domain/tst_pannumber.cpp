// PanNumber: what an agent may type for the customer's PAN and the masked
// form shown afterwards.
#include "TestRunner.h"
#include "domain/PanNumber.h"

#include <QTest>

namespace counterdesk {
char* toString(PanNumberError error)
{
    switch (error) {
    case PanNumberError::None:
        return qstrdup("None");
    case PanNumberError::Empty:
        return qstrdup("Empty");
    case PanNumberError::WrongFormat:
        return qstrdup("WrongFormat");
    }
    return qstrdup("?");
}
} // namespace counterdesk

using namespace counterdesk;

class TestPanNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void isValid_data();
    void isValid();
    void emptyValue();
};

void TestPanNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PanNumberError>("error");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("masked");

    const auto ok = [](const char* name, const QString& input, const QString& canonical,
                       const QString& masked) {
        QTest::newRow(name) << input << PanNumberError::None << canonical << masked;
    };
    const auto bad = [](const char* name, const QString& input, PanNumberError error) {
        QTest::newRow(name) << input << error << QString() << QString();
    };

    ok("canonical", u"ABCPS1234F"_qs, u"ABCPS1234F"_qs, u"XXXXXX234F"_qs);
    ok("lower case", u"abcps1234f"_qs, u"ABCPS1234F"_qs, u"XXXXXX234F"_qs);
    ok("mixed case", u"AbCpS1234f"_qs, u"ABCPS1234F"_qs, u"XXXXXX234F"_qs);
    ok("spaces around", u"  BKLPK9876Q "_qs, u"BKLPK9876Q"_qs, u"XXXXXX876Q"_qs);
    ok("space after the letters", u"BKLPK 9876 Q"_qs, u"BKLPK9876Q"_qs, u"XXXXXX876Q"_qs);

    bad("empty", u""_qs, PanNumberError::Empty);
    bad("spaces", u"    "_qs, PanNumberError::Empty);
    bad("too short", u"ABCPS1234"_qs, PanNumberError::WrongFormat);
    bad("too long", u"ABCPS1234FF"_qs, PanNumberError::WrongFormat);
    bad("four letters", u"ABCP12345F"_qs, PanNumberError::WrongFormat);
    bad("six letters", u"ABCPSX234F"_qs, PanNumberError::WrongFormat);
    bad("digit at the end", u"ABCPS12345"_qs, PanNumberError::WrongFormat);
    bad("letter O for zero", u"ABCPS1O34F"_qs, PanNumberError::WrongFormat);
    bad("dash", u"ABCPS-1234F"_qs, PanNumberError::WrongFormat);
    bad("Devanagari digits", u"ABCPS१२३४F"_qs, PanNumberError::WrongFormat);
    // toUpper() makes an accented capital of é: not an ASCII letter, refused.
    bad("accented letter", u"ABCPé1234F"_qs, PanNumberError::WrongFormat);
    bad("an Aadhaar number", u"234567890124"_qs, PanNumberError::WrongFormat);
}

void TestPanNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(PanNumberError, error);
    QFETCH(QString, canonical);
    QFETCH(QString, masked);

    const PanNumberParseResult result = PanNumber::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == PanNumberError::None);
    if (!result.ok())
        return;
    QCOMPARE(result.value->toString(), canonical);
    QCOMPARE(result.value->masked(), masked);
    QVERIFY(!result.value->isEmpty());
    QVERIFY(PanNumber::isValid(canonical));
    QCOMPARE(PanNumber::parse(canonical).value, result.value);
}

void TestPanNumber::isValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("canonical") << "ABCPS1234F" << true;
    QTest::newRow("lower case") << "abcps1234f" << false;
    QTest::newRow("with space") << "ABCPS 1234F" << false;
    QTest::newRow("digits swapped in") << "ABCP51234F" << false;
    QTest::newRow("empty") << "" << false;
}

void TestPanNumber::isValid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(PanNumber::isValid(text), valid);
}

void TestPanNumber::emptyValue()
{
    const PanNumber none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.toString(), QString());
    QCOMPARE(none.masked(), QString());
}

COUNTERDESK_TEST_APPLESS_MAIN(TestPanNumber)
#include "tst_pannumber.moc"
