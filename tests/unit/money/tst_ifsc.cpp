// Ifsc: the branch code an agent types when adding a recipient.
#include "TestRunner.h"
#include "money/Ifsc.h"

#include <QTest>

namespace counterdesk {
char* toString(IfscError error)
{
    switch (error) {
    case IfscError::None:
        return qstrdup("None");
    case IfscError::Empty:
        return qstrdup("Empty");
    case IfscError::InvalidCharacter:
        return qstrdup("InvalidCharacter");
    case IfscError::WrongLength:
        return qstrdup("WrongLength");
    case IfscError::BadBankCode:
        return qstrdup("BadBankCode");
    case IfscError::FifthNotZero:
        return qstrdup("FifthNotZero");
    }
    return qstrdup("?");
}
} // namespace counterdesk

using namespace counterdesk;

class TestIfsc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void emptyValue();
};

void TestIfsc::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IfscError>("error");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("bank");
    QTest::addColumn<QString>("branch");

    const auto ok = [](const char* name, const QString& input, const QString& canonical, const QString& bank,
                       const QString& branch) {
        QTest::newRow(name) << input << IfscError::None << canonical << bank << branch;
    };
    const auto bad = [](const char* name, const QString& input, IfscError error) {
        QTest::newRow(name) << input << error << QString() << QString() << QString();
    };

    ok("SBI", u"SBIN0001234"_qs, u"SBIN0001234"_qs, u"SBIN"_qs, u"001234"_qs);
    ok("lower case", u"sbin0001234"_qs, u"SBIN0001234"_qs, u"SBIN"_qs, u"001234"_qs);
    ok("mixed case", u"HdFc0000123"_qs, u"HDFC0000123"_qs, u"HDFC"_qs, u"000123"_qs);
    ok("spaces around", u"  ICIC0000001\t"_qs, u"ICIC0000001"_qs, u"ICIC"_qs, u"000001"_qs);
    ok("letters in branch", u"UTIB0SBIN12"_qs, u"UTIB0SBIN12"_qs, u"UTIB"_qs, u"SBIN12"_qs);

    bad("empty", u""_qs, IfscError::Empty);
    bad("spaces", u"   "_qs, IfscError::Empty);
    bad("inner space", u"SBIN 0001234"_qs, IfscError::InvalidCharacter);
    bad("dash", u"SBIN-001234"_qs, IfscError::InvalidCharacter);
    bad("sharp s", u"ßBIN0001234"_qs, IfscError::InvalidCharacter);
    bad("full-width letter", u"ＳBIN0001234"_qs, IfscError::InvalidCharacter);
    bad("Devanagari zero", u"SBIN\u0966001234"_qs, IfscError::InvalidCharacter);
    bad("10 characters", u"SBIN000123"_qs, IfscError::WrongLength);
    bad("12 characters", u"SBIN00012345"_qs, IfscError::WrongLength);
    bad("digit in bank code", u"SB1N0001234"_qs, IfscError::BadBankCode);
    bad("all digits", u"12340001234"_qs, IfscError::BadBankCode);
    bad("letter O for zero", u"SBINO001234"_qs, IfscError::FifthNotZero);
    bad("fifth is 1", u"SBIN1001234"_qs, IfscError::FifthNotZero);
}

void TestIfsc::parse()
{
    QFETCH(QString, input);
    QFETCH(IfscError, error);
    QFETCH(QString, canonical);
    QFETCH(QString, bank);
    QFETCH(QString, branch);

    const IfscParseResult result = Ifsc::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error == IfscError::None);
    if (!result.ok())
        return;
    QCOMPARE(result.value->toString(), canonical);
    QCOMPARE(result.value->bankCode(), bank);
    QCOMPARE(result.value->branchCode(), branch);
    QCOMPARE(Ifsc::parse(canonical).value, result.value);
}

void TestIfsc::emptyValue()
{
    const Ifsc none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.toString(), QString());
}

COUNTERDESK_TEST_APPLESS_MAIN(TestIfsc)
#include "tst_ifsc.moc"
