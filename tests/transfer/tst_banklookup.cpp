// Add Recipient's bank_id comes from Eko's Get IFSC Details for the full
// IFSC (transfer::BankLookup), over real loopback HTTP to the sandbox: one
// account at each kind of bank, a leased IFSC, a typo caught offline, an IFSC
// Eko does not know, and the journal's copy of the answer refreshed after 30
// days (a pinned clock, no sleeping).
#include "TestRunner.h"
#include "TransferFixture.h"
#include "sandbox/SandboxTypes.h"
#include "transfer/BankLookup.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace counterdesk;
using namespace counterdesk::transfer;
using namespace counterdesk::transfer::testing;

namespace {

const QString kIfscCall = QLatin1String(sandbox::CallName::GetIfscDetails);
const QString kAddCall = QLatin1String(sandbox::CallName::AddRecipient);

NewRecipient recipientAt(const QString& ifsc, const QString& account = QStringLiteral("123456789012"))
{
    NewRecipient r;
    r.name = QStringLiteral("Geeta Rao");
    r.mobile = QStringLiteral("9876500099");
    r.account = account;
    r.accountRepeated = account;
    r.ifsc = ifsc;
    return r;
}

// The bank_id Eko stored on the sender's recipient with this id, read from
// Get Recipients' own answer (the client keeps it verbatim in data).
qint64 storedBankId(TransferFixture& f, eko::Rail rail, const QString& sender, const QString& token,
                    qint64 recipientId)
{
    eko::PendingCall* call = f.client->getRecipients({rail, sender, token});
    QSignalSpy spy(call, &eko::PendingCall::finished);
    if (!spy.wait(10000))
        return -1;
    const eko::Result r = spy.first().first().value<eko::Result>();
    for (const QJsonValue& v : r.data.value(QStringLiteral("recipient_list")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("recipient_id")).toInteger() == recipientId)
            return o.value(QStringLiteral("bank_id")).toInteger();
    }
    return 0;
}

} // namespace

class TestBankLookup : public QObject
{
    Q_OBJECT

    TransferFixture f;

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init()
    {
        QVERIFY(f.server->resetState());
        QVERIFY(f.freshJournal());
    }

    void eachKindOfBank_data()
    {
        QTest::addColumn<eko::Rail>("rail");
        QTest::addColumn<QString>("ifsc");
        QTest::addColumn<qint64>("bankId"); // resources/sandbox/banks.json
        QTest::addColumn<QString>("bank");
        using R = eko::Rail;
        QTest::newRow("public sector")
            << R::DigiKhata << "SBIN0001234" << qint64(108) << "State Bank of India";
        QTest::newRow("private sector") << R::Levin << "ICIC0000456" << qint64(12) << "ICICI Bank";
        QTest::newRow("payments bank")
            << R::DigiKhata << "AIRP0000001" << qint64(1215) << "Airtel Payments Bank";
        QTest::newRow("small finance bank")
            << R::Levin << "AUBL0002011" << qint64(1164) << "AU Small Finance Bank";
        QTest::newRow("regional rural bank")
            << R::DigiKhata << "PKGB0010500" << qint64(1371) << "Karnataka Gramin Bank";
        QTest::newRow("co-operative bank")
            << R::DigiKhata << "SVCB0000001" << qint64(1442) << "SVC Co-operative Bank";
        // Leased from HDFC Bank (bank_id 56) by a co-operative bank: the
        // account is at the co-operative bank, and so is the bank_id.
        QTest::newRow("sublet") << R::Levin << "HDFC0CAACOB" << qint64(1503)
                                << "Akhand Anand Co-operative Bank";
    }

    void eachKindOfBank()
    {
        QFETCH(eko::Rail, rail);
        QFETCH(QString, ifsc);
        QFETCH(qint64, bankId);
        QFETCH(QString, bank);
        const QString sender = rail == eko::Rail::Levin ? kSunita : kRamesh;
        auto s = f.session(rail);
        QVERIFY(verifySender(f, *s, sender));
        QVERIFY(s->beginAddRecipient());
        QVERIFY(s->addRecipient(recipientAt(ifsc.toLower())));
        QVERIFY(settle(*s));
        QVERIFY2(s->problem().isNone(), qPrintable(s->problem().ekoMessage));
        QCOMPARE(f.server->callCount(kIfscCall), 1);
        QVERIFY(s->newRecipientBank().has_value());
        QCOMPARE(s->newRecipientBank()->bankId, bankId);
        QCOMPARE(s->newRecipientBank()->bank, bank);
        QVERIFY(s->addedRecipientId() > 0);
        // DigiKhata asks the bank registration OTP, Levin registers at once.
        QCOMPARE(s->state(), rail == eko::Rail::Levin ? State::Amount : State::RecipientBankOtp);
        const QString token = s->sender() ? s->sender()->walletToken : QString();
        QCOMPARE(storedBankId(f, rail, sender, token, s->addedRecipientId()), bankId);
    }

    void subletIsNotItsPrefixBank()
    {
        // The same HDFC letters, HDFC's own branch: HDFC's bank_id.
        auto s = f.session(eko::Rail::DigiKhata);
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->beginAddRecipient());
        QVERIFY(s->addRecipient(recipientAt(QStringLiteral("HDFC0000123"))));
        QVERIFY(settle(*s));
        QCOMPARE(s->newRecipientBank()->bankId, qint64(56));
        // The sublet, with a bank_id read off its first letters, is refused by
        // Eko (the sandbox as Eko: 508): only Get IFSC Details' id will do.
        eko::AddRecipientRequest guessed;
        guessed.customerId = kRamesh;
        guessed.recipientName = QStringLiteral("Geeta Rao");
        guessed.recipientMobile = QStringLiteral("9876500098");
        guessed.account = QStringLiteral("998877665544");
        guessed.ifsc = QStringLiteral("HDFC0CAACOB");
        guessed.bankId = 56;
        QSignalSpy spy(f.client->addRecipient(guessed), &eko::PendingCall::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().first().value<eko::Result>().outcome, eko::Outcome::Failed);
    }

    void typoIsCaughtOffline_data()
    {
        QTest::addColumn<QString>("ifsc");
        QTest::addColumn<LocalProblem>("problem");
        QTest::newRow("letters swapped") << "SBNI0001234" << LocalProblem::IfscNotFound;
        QTest::newRow("O for zero") << "SBINO001234" << LocalProblem::InvalidIfsc;
        QTest::newRow("too short") << "SBIN000123" << LocalProblem::InvalidIfsc;
    }

    void typoIsCaughtOffline()
    {
        QFETCH(QString, ifsc);
        QFETCH(LocalProblem, problem);
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->beginAddRecipient());
        QVERIFY(!s->addRecipient(recipientAt(ifsc)));
        QCOMPARE(s->problem().local, problem);
        QVERIFY(!s->isBusy());
        QCOMPARE(s->state(), State::AddRecipient);
        QTest::qWait(50); // anything sent would have arrived by now
        QCOMPARE(f.server->callCount(kIfscCall), 0);
        QCOMPARE(f.server->callCount(kAddCall), 0);
    }

    void branchMissingFromTheDirectoryStillAsksEko()
    {
        // Bank of Baroda is in the directory, this branch code is not: the
        // directory may be older than the branch, so Eko decides.
        QCOMPARE(BankLookup::checkOffline(QStringLiteral("BARB0VJXXXX")).kind,
                 banks::IfscDirectory::Lookup::Kind::UnknownBranch);
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->beginAddRecipient());
        QVERIFY(s->addRecipient(recipientAt(QStringLiteral("BARB0VJXXXX"))));
        QVERIFY(settle(*s));
        QCOMPARE(f.server->callCount(kIfscCall), 1);
        QCOMPARE(s->newRecipientBank()->bankId, qint64(9));
        QCOMPARE(s->state(), State::RecipientBankOtp);
    }

    void unknownToEkoShowsEkosRefusal()
    {
        // In the directory (Abhyudaya Co-operative Bank), unknown to Eko.
        QCOMPARE(BankLookup::checkOffline(QStringLiteral("ABHY0065001")).kind,
                 banks::IfscDirectory::Lookup::Kind::Known);
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->beginAddRecipient());
        QVERIFY(s->addRecipient(recipientAt(QStringLiteral("ABHY0065001"))));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::AddRecipient);
        QCOMPARE(s->problem().source, TransferProblem::Source::Eko);
        QCOMPARE(s->problem().call, eko::Call::GetIfscDetails);
        QCOMPARE(s->problem().reason, eko::Reason::InvalidBankDetails);
        QCOMPARE(s->problem().ekoMessage, QStringLiteral("Please provide valid bank details"));
        QVERIFY(!s->newRecipientBank());
        QCOMPARE(f.server->callCount(kAddCall), 0);
    }

    void answerIsKeptThirtyDays()
    {
        QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc());
        BankLookup lookup(f.client.get(), f.journal.get(), {eko::Rail::DigiKhata, [&now] {
                                                                return now;
                                                            }});
        const Ifsc ifsc = *Ifsc::parse(QStringLiteral("PKGB0010500")).value;
        QVERIFY(!lookup.cached(ifsc));
        QSignalSpy spy(lookup.fetch(ifsc), &eko::PendingCall::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(f.server->callCount(kIfscCall), 1);

        now = now.addDays(29).addSecs(23 * 3600);
        std::optional<eko::BankDetails> kept = lookup.cached(ifsc);
        QVERIFY(kept);
        QCOMPARE(kept->bankId, qint64(1371));
        QCOMPARE(kept->bank, QStringLiteral("Karnataka Gramin Bank"));
        QCOMPARE(kept->availableChannels, QStringLiteral("1"));
        QVERIFY(!kept->verificationAvailable);
        // Per full IFSC: another branch of the same bank is not answered.
        QVERIFY(!lookup.cached(*Ifsc::parse(QStringLiteral("PKGB0010501")).value));

        now = now.addSecs(3600); // 30 days after the answer: ask Eko again
        QVERIFY(!lookup.cached(ifsc));
        QSignalSpy again(lookup.fetch(ifsc), &eko::PendingCall::finished);
        QVERIFY(again.wait(10000));
        QCOMPARE(f.server->callCount(kIfscCall), 2);
        QVERIFY(lookup.cached(ifsc)); // the new answer starts a new 30 days
        const journal::BankAnswer stored = f.journal->bankAnswer(QStringLiteral("PKGB0010500"))->value();
        QCOMPARE(stored.fetchedAt, now);
    }

    void sessionUsesTheKeptAnswer()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->beginAddRecipient());
        QVERIFY(s->addRecipient(recipientAt(QStringLiteral("SVCB0000001"), QStringLiteral("111122223333"))));
        QVERIFY(settle(*s));
        QVERIFY(s->goBack()); // from the bank OTP back to the list
        QVERIFY(settle(*s));
        QVERIFY(s->beginAddRecipient());
        QVERIFY(s->addRecipient(recipientAt(QStringLiteral("SVCB0000001"), QStringLiteral("444455556666"))));
        QVERIFY(settle(*s));
        QVERIFY2(s->problem().isNone(), qPrintable(s->problem().ekoMessage));
        QCOMPARE(f.server->callCount(kAddCall), 2);
        QCOMPARE(f.server->callCount(kIfscCall), 1); // the second from the journal
        QCOMPARE(s->newRecipientBank()->bankId, qint64(1442));
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestBankLookup)
#include "tst_banklookup.moc"
