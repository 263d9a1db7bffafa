// AccountNumber: the recipient's account as typed, and as a receipt shows it.
#include "TestRunner.h"
#include "money/AccountNumber.h"

#include <QTest>

namespace counterdesk {
char* toString(AccountNumberError error)
{
    switch (error) {
    case AccountNumberError::None:
        return qstrdup("None");
    case AccountNumberError::Empty:
        return qstrdup("Empty");
    case AccountNumberError::InvalidCharacter:
        return qstrdup("InvalidCharacter");
    case AccountNumberError::TooShort:
        return qstrdup("TooShort");
    case AccountNumberError::TooLong:
        return qstrdup("TooLong");
    }
    return qstrdup("?");
}
} // namespace counterdesk

using namespace counterdesk;

class TestAccountNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void typedTwiceWithDifferentSpacing();
    void emptyValue();
};

void TestAccountNumber::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<AccountNumberError>("error");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("masked");

    const auto ok = [](const char* name, const QString& input, const QString& canonical,
                       const QString& masked) {
        QTest::newRow(name) << input << AccountNumberError::None << canonical << masked;
    };
    const auto bad = [](const char* name, const QString& input, AccountNumberError error) {
        QTest::newRow(name) << input << error << QString() << QString();
    };

    ok("9 digits", u"123456789"_qs, u"123456789"_qs, u"••••6789"_qs);
    ok("18 digits", u"123456789012345678"_qs, u"123456789012345678"_qs, u"••••5678"_qs);
    ok("leading zeros kept", u"000123456789"_qs, u"000123456789"_qs, u"••••6789"_qs);
    ok("passbook groups", u"0001 2345 6789"_qs, u"000123456789"_qs, u"••••6789"_qs);
    ok("spaces around", u"  12345678901 "_qs, u"12345678901"_qs, u"••••8901"_qs);

    bad("empty", u""_qs, AccountNumberError::Empty);
    bad("spaces", u"    "_qs, AccountNumberError::Empty);
    bad("8 digits", u"12345678"_qs, AccountNumberError::TooShort);
    bad("8 digits with spaces", u"1234 5678"_qs, AccountNumberError::TooShort);
    bad("19 digits", u"1234567890123456789"_qs, AccountNumberError::TooLong);
    bad("dashes", u"1234-5678-9012"_qs, AccountNumberError::InvalidCharacter);
    bad("letters", u"12345678AB"_qs, AccountNumberError::InvalidCharacter);
    bad("Devanagari digits", u"१२३४५६७८९"_qs, AccountNumberError::InvalidCharacter);
    bad("decimal point", u"123456789.0"_qs, AccountNumberError::InvalidCharacter);
}

void TestAccountNumber::parse()
{
    QFETCH(QString, input);
    QFETCH(AccountNumberError, error);
    QFETCH(QString, canonical);
    QFETCH(QString, masked);

    const AccountNumberParseResult result = AccountNumber::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == AccountNumberError::None);
    if (!result.ok())
        return;
    QCOMPARE(result.value->toString(), canonical);
    QCOMPARE(result.value->masked(), masked);
    QCOMPARE(result.value->lastFourDigits(), canonical.right(4));
}

// The recipient form asks for the account twice; spacing must not matter.
void TestAccountNumber::typedTwiceWithDifferentSpacing()
{
    const auto first = AccountNumber::parse(u"1234 5678 9012");
    const auto second = AccountNumber::parse(u"123456789012");
    const auto other = AccountNumber::parse(u"123456789013");
    QVERIFY(first.ok() && second.ok() && other.ok());
    QCOMPARE(*first.value, *second.value);
    QVERIFY(*first.value != *other.value);
}

void TestAccountNumber::emptyValue()
{
    const AccountNumber none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.masked(), QString());
}

COUNTERDESK_TEST_APPLESS_MAIN(TestAccountNumber)
#include "tst_accountnumber.moc"
