// AccountMask: one output, "••••1234", whatever form the account arrives in
// (typed in full, Eko's "XXXXXX8454", an older journal row), and the
// four-digit tail the journal searches by.
#include "TestRunner.h"
#include "domain/AccountMask.h"

#include <QTest>

using namespace counterdesk;

class TestAccountMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mask_data();
    void mask();
};

void TestAccountMask::mask_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("tail");
    const QString bullets = QStringLiteral("\u2022\u2022\u2022\u2022");
    QTest::newRow("full number") << "123456789012" << bullets + "9012"
                                 << "9012";
    QTest::newRow("Eko's mask") << "XXXXXXXXXX8454" << bullets + "8454"
                                << "8454";
    QTest::newRow("old journal row") << "XXXXXXXX1234" << bullets + "1234"
                                     << "1234";
    QTest::newRow("already masked") << bullets + "6789" << bullets + "6789"
                                    << "6789";
    QTest::newRow("passbook groups") << "0001 2345 6789" << bullets + "6789"
                                     << "6789";
    QTest::newRow("short") << "12" << bullets + "12"
                           << "12";
    QTest::newRow("no digits") << "XXXX" << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestAccountMask::mask()
{
    QFETCH(QString, account);
    QFETCH(QString, masked);
    QFETCH(QString, tail);
    QCOMPARE(AccountMask::mask(account), masked);
    QCOMPARE(AccountMask::tail(account), tail);
    QCOMPARE(AccountMask::mask(masked), masked); // masking twice changes nothing
}

COUNTERDESK_TEST_APPLESS_MAIN(TestAccountMask)
#include "tst_accountmask.moc"
