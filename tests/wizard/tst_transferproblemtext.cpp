// Every status the transfer core can report has words, and only "none" is
// silent: a banner must never appear empty.
#include "TestRunner.h"
#include "wizard/TransferProblemText.h"

#include <QTest>

using namespace counterdesk;
using namespace counterdesk::ui;

class TestTransferProblemText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyReasonHasWords();
    void everyLocalProblemHasWords();
    void everyAmountCheckHasWords();
    void ekoMessageGoesUnderneathAsIs();
};

void TestTransferProblemText::everyReasonHasWords()
{
    QVERIFY(TransferProblemText::reason(eko::Reason::None).isEmpty());
    for (int i = int(eko::Reason::NotEnrolled); i <= int(eko::Reason::Aborted); ++i)
        QVERIFY2(!TransferProblemText::reason(static_cast<eko::Reason>(i)).isEmpty(),
                 qPrintable(QString::number(i)));
}

void TestTransferProblemText::everyLocalProblemHasWords()
{
    QVERIFY(TransferProblemText::local(transfer::LocalProblem::None).isEmpty());
    for (int i = int(transfer::LocalProblem::InvalidMobile); i <= int(transfer::LocalProblem::NotNow); ++i)
        QVERIFY(!TransferProblemText::local(static_cast<transfer::LocalProblem>(i)).isEmpty());
    for (int i = int(journal::JournalError::NotOpen); i <= int(journal::JournalError::Other); ++i)
        QVERIFY(!TransferProblemText::journal(static_cast<journal::JournalError>(i)).isEmpty());
}

void TestTransferProblemText::everyAmountCheckHasWords()
{
    using transfer::AmountCheck;
    QVERIFY(TransferProblemText::amountCheck(AmountCheck::Ok, {}).isEmpty());
    for (int i = int(AmountCheck::Zero); i <= int(AmountCheck::ChannelNotAllowed); ++i)
        QVERIFY(
            !TransferProblemText::amountCheck(static_cast<AmountCheck>(i), QStringLiteral("₹1")).isEmpty());
    QVERIFY(TransferProblemText::amountCheck(AmountCheck::ExceedsBalance, QStringLiteral("₹150.00"))
                .contains(QStringLiteral("₹150.00")));
}

void TestTransferProblemText::ekoMessageGoesUnderneathAsIs()
{
    transfer::TransferProblem p;
    p.source = transfer::TransferProblem::Source::Eko;
    p.reason = eko::Reason::InsufficientBalance;
    p.ekoMessage = QStringLiteral("<b>Insufficient</b> balance");
    const QString text = TransferProblemText::problem(p);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], TransferProblemText::reason(eko::Reason::InsufficientBalance));
    // Verbatim: the banner is plain text, so the markup shows as typed.
    QVERIFY(lines[1].endsWith(QStringLiteral("<b>Insufficient</b> balance")));
}

COUNTERDESK_TEST_MAIN(TestTransferProblemText)
#include "tst_transferproblemtext.moc"
