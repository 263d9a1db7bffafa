// The offline IFSC directory: a small hand-written directory for the rules
// (delta-coded branch numbers, other codes, sublets by IFSC and by prefix),
// then the one compiled in, against branches every agent knows.
#include "TestRunner.h"
#include "banks/IfscDirectory.h"

#include <QElapsedTimer>
#include <QTest>

using namespace counterdesk::banks;
using Kind = IfscDirectory::Lookup::Kind;

namespace {
// SBIN branches 1, 2, 5 and NEFT02; a co-operative bank with no branch of
// its own listed; one IFSC and one prefix of SBIN leased to it.
const QByteArray kSmall = "# a test directory\n"
                          "V\t9.9.9\t2026-11-30\n"
                          "B\tSBIN\tState Bank of India\t1,1,3\tNEFT02\n"
                          "B\tTSDX\tDistrict Co-operative Central Bank Srikakulam\t\t\n"
                          "S\tSBIN0000005\tTSDX\n"
                          "S\tSBIN0AB\tTSDX\n";
} // namespace

class TestIfscDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("ifsc");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("bankCode");
        QTest::addColumn<bool>("sublet");
        QTest::newRow("numeric branch") << "SBIN0000002" << int(Kind::Known) << "SBIN" << false;
        QTest::newRow("lower case, spaces") << " sbin0000001 " << int(Kind::Known) << "SBIN" << false;
        QTest::newRow("other branch code") << "SBIN0NEFT02" << int(Kind::Known) << "SBIN" << false;
        QTest::newRow("branch not listed") << "SBIN0000003" << int(Kind::UnknownBranch) << "SBIN" << false;
        QTest::newRow("leased IFSC") << "SBIN0000005" << int(Kind::Known) << "TSDX" << true;
        QTest::newRow("leased prefix") << "SBIN0AB1234" << int(Kind::UnknownBranch) << "TSDX" << true;
        QTest::newRow("no such bank") << "SBIM0000001" << int(Kind::UnknownBank) << "" << false;
        QTest::newRow("letter O for zero") << "SBINO000001" << int(Kind::Malformed) << "" << false;
        QTest::newRow("too short") << "SBIN000001" << int(Kind::Malformed) << "" << false;
    }
    void rules()
    {
        QFETCH(QString, ifsc);
        QFETCH(int, kind);
        QFETCH(QString, bankCode);
        QFETCH(bool, sublet);
        const IfscDirectory d = IfscDirectory::fromText(kSmall);
        const IfscDirectory::Lookup found = d.lookup(ifsc);
        QCOMPARE(int(found.kind), kind);
        QCOMPARE(found.bankCode, bankCode);
        QCOMPARE(found.sublet, sublet);
    }

    void nameAsTheAgentTypes()
    {
        const IfscDirectory d = IfscDirectory::fromText(kSmall);
        QCOMPARE(d.bankNameFor(QStringLiteral("SBI")), QString());
        QCOMPARE(d.bankNameFor(QStringLiteral("sbin")), QStringLiteral("State Bank of India"));
        QCOMPARE(d.bankNameFor(QStringLiteral("SBIN00000")), QStringLiteral("State Bank of India"));
        // The whole code of a leased branch names the bank that holds the account.
        QCOMPARE(d.bankNameFor(QStringLiteral("SBIN0000005")),
                 QStringLiteral("District Co-operative Central Bank Srikakulam"));
        QCOMPARE(d.bankNameFor(QStringLiteral("XXXX")), QString());
        QCOMPARE(d.sourceVersion(), QStringLiteral("9.9.9"));
        QCOMPARE(d.madeOn(), QDate(2026, 11, 30));
        QCOMPARE(d.branchCount(), qsizetype(4));
    }

    // First of the built-in tests: the first use reads the resource.
    void builtInIsWhole()
    {
        QElapsedTimer timer;
        timer.start();
        const IfscDirectory& d = IfscDirectory::builtIn();
        qInfo("ifsc directory: %d banks, %lld branches, data %s of %s, read in %lld ms", d.bankCount(),
              static_cast<long long>(d.branchCount()), qPrintable(d.sourceVersion()),
              qPrintable(d.madeOn().toString(Qt::ISODate)), static_cast<long long>(timer.elapsed()));
        QVERIFY(d.bankCount() > 1000);
        QVERIFY(d.branchCount() > 150000);
        QVERIFY(!d.sourceVersion().isEmpty());
        QVERIFY(d.madeOn().isValid());
        QCOMPARE(int(d.lookup(QStringLiteral("ZZZZ0000001")).kind), int(Kind::UnknownBank));
    }

    // The directory that ships: every kind of bank an agent meets.
    void builtInKnowsIndiasBanks_data()
    {
        QTest::addColumn<QString>("ifsc");
        QTest::addColumn<QString>("bankName");
        QTest::addColumn<bool>("sublet");
        QTest::newRow("public sector") << "SBIN0000001"
                                       << "State Bank of India" << false;
        QTest::newRow("private") << "HDFC0000001"
                                 << "HDFC Bank" << false;
        QTest::newRow("sandbox's Krishna") << "UCBA0000675"
                                           << "UCO Bank" << false;
        QTest::newRow("leased to a co-operative bank")
            << "APBL0001001"
            << "District Co-operative Central Bank Srikakul" << true;
    }
    void builtInKnowsIndiasBanks()
    {
        QFETCH(QString, ifsc);
        QFETCH(QString, bankName);
        QFETCH(bool, sublet);
        const IfscDirectory::Lookup found = IfscDirectory::builtIn().lookup(ifsc);
        QCOMPARE(int(found.kind), int(Kind::Known));
        QVERIFY2(found.bankName.startsWith(bankName), qPrintable(found.bankName));
        QCOMPARE(found.sublet, sublet);
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestIfscDirectory)
#include "tst_ifscdirectory.moc"
