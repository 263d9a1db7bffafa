// Rail: the app's one rail enum and its two spellings - the wire name of
// Eko's paths and the endpoint table, and the name stored in the journal.
#include "TestRunner.h"
#include "domain/Rail.h"

#include <QTest>

using namespace counterdesk;

class TestRail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data();
    void names();
    void unknownNames();
};

void TestRail::names_data()
{
    QTest::addColumn<Rail>("rail");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("stored");
    QTest::newRow("digikhata") << Rail::DigiKhata << "ppi-digikhata"
                               << "digikhata";
    QTest::newRow("levin") << Rail::Levin << "ppi-levin"
                           << "levin";
}

void TestRail::names()
{
    QFETCH(Rail, rail);
    QFETCH(QString, wire);
    QFETCH(QString, stored);
    QCOMPARE(railWireName(rail), wire);
    QCOMPARE(railStoredName(rail), stored);
    QCOMPARE(railFromWireName(wire), std::optional<Rail>(rail));
    QCOMPARE(railFromStoredName(stored), std::optional<Rail>(rail));
}

void TestRail::unknownNames()
{
    // The two spellings do not stand in for each other.
    QCOMPARE(railFromWireName(u"digikhata"), std::nullopt);
    QCOMPARE(railFromStoredName(u"ppi-levin"), std::nullopt);
    QCOMPARE(railFromWireName(u"PPI-LEVIN"), std::nullopt);
    QCOMPARE(railFromStoredName(u""), std::nullopt);
}

COUNTERDESK_TEST_APPLESS_MAIN(TestRail)
#include "tst_rail.moc"
