// TransferSession over real loopback HTTP to the in-process sandbox: the
// happy paths of both rails, onboarding, new recipients, OTP mistakes, Eko's
// refusals, and the money rules (journal first, one Initiate, the guard).
#include "TestRunner.h"
#include "TransferFixture.h"
#include "journal/TransferState.h"
#include "sandbox/SandboxTypes.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace counterdesk;
using namespace counterdesk::transfer;
using namespace counterdesk::transfer::testing;
using journal::TransferState;

namespace {
const QString kVijay = QStringLiteral("9000000005"); // DigiKhata, Rs 150
const QString kAnil = QStringLiteral("9000000006");  // DigiKhata, Rs 200 of the month left
constexpr qint64 kArjun = 10017682;                  // Ramesh's, not registered with the bank
constexpr qint64 kMohan = 10017740;                  // Sunita's
constexpr qint64 kSavita = 10017690;                 // Vijay's
constexpr qint64 kKiran = 10017695;                  // Anil's

QString wrongOtp(const QString& right)
{
    QString w = right;
    w[0] = right[0] == u'1' ? u'2' : u'1';
    return w;
}
} // namespace

class TestTransferSession : public QObject
{
    Q_OBJECT
    TransferFixture f;

    int initiates() const
    {
        return f.server->callCount(QLatin1String(sandbox::CallName::InitiateTransaction));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init()
    {
        f.server->clearFaults();
        QVERIFY(f.server->resetState());
        QVERIFY(f.freshJournal());
    }

    void happyPathDigiKhata()
    {
        auto s = f.session();
        QSignalSpy states(s.get(), &TransferSession::stateChanged);
        QVERIFY(verifySender(f, *s, QStringLiteral("+91 90000-00001")));
        QCOMPARE(s->senderMobile(), kRamesh);
        QVERIFY(s->sender().has_value());
        QCOMPARE(s->sender()->balance, Money::fromRupees(25000));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(110)));
        QCOMPARE(s->amountToSend(), Money::fromRupees(110)); // what Confirm shows
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QCOMPARE(s->state(), State::Submitting);
        QVERIFY(!s->canCancel());
        QVERIFY(!s->cancel());
        QVERIFY(waitForState(*s, State::Finished));
        QVERIFY(s->transfer().has_value());
        const journal::Transfer t = *s->transfer();
        QCOMPARE(t.state, TransferState::Success);
        QVERIFY(!t.tid.isEmpty());
        QVERIFY(!t.bankRefNum.isEmpty());
        QCOMPARE(t.amount, Money::fromRupees(110));
        QCOMPARE(t.fee, std::optional<Money>(Money::fromRupees(4)));
        QCOMPARE(f.server->initiateCount(t.clientRefId), 1);
        QVERIFY(s->problem().isNone());
        QVERIFY(!s->hasTransactionOtp());
        const auto row = f.journal->transfer(t.clientRefId);
        QVERIFY(row.ok() && row.value());
        QCOMPARE(row.value()->state, TransferState::Success);
        QCOMPARE(row.value()->senderName, QStringLiteral("Ramesh Kumar"));
        // The profile's kind is stored with the row (SessionOptions).
        QCOMPARE(row.value()->profileKind, std::optional(ProfileKind::Training));
        QVERIFY(!s->isPolling());
        QVERIFY(s->startOver());
        QCOMPARE(s->state(), State::EnterSender);
        QVERIFY(!s->transfer());
    }

    void happyPathLevin()
    {
        auto s = f.session(eko::Rail::Levin);
        QVERIFY(verifySender(f, *s, kSunita));
        QVERIFY(!s->sender()->walletToken.isEmpty()); // carried to the later calls
        QVERIFY(reachConfirm(f, *s, kMohan, Money::fromRupees(500)));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(s->transfer()->state, TransferState::Success);
        QCOMPARE(s->transfer()->rail, journal::Rail::Levin);
        QCOMPARE(f.server->initiateCount(s->transfer()->clientRefId), 1);
    }

    void newSenderIsOnboarded()
    {
        auto s = f.session();
        const QString mobile = QStringLiteral("9812345670");
        QVERIFY(s->lookUpSender(mobile));
        QVERIFY(s->isBusy());
        QCOMPARE(s->activity(), TransferSession::Activity::LookingUpSender);
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::Onboarding);
        // Local checks before any call.
        QVERIFY(!s->onboardSender(QString(), QDate(1990, 1, 1), {QStringLiteral("1 MG Road")}));
        QCOMPARE(s->problem().local, LocalProblem::InvalidName);
        QVERIFY(!s->onboardSender(QStringLiteral("Meena"), QDate::currentDate().addYears(-10),
                                  {QStringLiteral("1 MG Road")}));
        QCOMPARE(s->problem().local, LocalProblem::InvalidDateOfBirth);
        QVERIFY(!s->onboardSender(QStringLiteral("Meena"), QDate(1990, 1, 1), {QStringLiteral("  ")}));
        QCOMPARE(s->problem().local, LocalProblem::InvalidAddress);

        QVERIFY(s->onboardSender(QStringLiteral("Meena Kumari"), QDate(1990, 1, 1),
                                 {QStringLiteral("1 MG Road"), QStringLiteral("Pune")}));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::SenderOtp);
        QVERIFY(s->verifySenderOtp(f.otp(mobile, "sender")));
        QVERIFY(settle(*s));
        // A new DigiKhata sender is Aadhaar-pending: the consent step is next.
        QCOMPARE(s->state(), State::KycConsent);
        QCOMPARE(s->kycPending(), eko::Reason::AadhaarPending);
        QVERIFY(s->goBack());
        QCOMPARE(s->state(), State::EnterSender);
    }

    // KYC's local rules: nothing is sent for a number that cannot be right,
    // no Aadhaar step before the consent is on record, the number is kept
    // masked, Back from the OTP forgets it, and Eko's refusal keeps the step.
    void kycChecksLocallyAndKeepsItsStep()
    {
        auto s = f.session();
        const QString pooja = QStringLiteral("9000000004"); // seeded: Aadhaar pending
        QVERIFY(s->lookUpSender(pooja));
        QVERIFY(settle(*s));
        QVERIFY(s->verifySenderOtp(f.otp(pooja, "sender")));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::KycConsent);
        QVERIFY(!s->consentLanguages().isEmpty());
        QVERIFY(!s->confirmConsent());
        QCOMPARE(s->problem().local, LocalProblem::ConsentNotShown);
        QVERIFY(!s->sendAadhaarOtp(QStringLiteral("234567890124"))); // not in this state
        QVERIFY(s->chooseConsentLanguage(s->consentLanguages().first().id));
        QVERIFY(settle(*s));
        QVERIFY(s->consent().has_value());
        QVERIFY(s->confirmConsent());
        QCOMPARE(s->state(), State::KycAadhaar);
        QCOMPARE(f.journal->consents(pooja)->size(), 1);

        const auto aadhaarCalls = [this] {
            return f.server->callCount(QLatin1String(sandbox::CallName::SenderAadhaarOtp));
        };
        QVERIFY(!s->sendAadhaarOtp(QStringLiteral("2345 6789 0125"))); // check digit off
        QCOMPARE(s->problem().aadhaarError, AadhaarNumberError::ChecksumWrong);
        QVERIFY(!s->sendAadhaarOtp(QStringLiteral("1345 6789 0124")));
        QCOMPARE(s->problem().aadhaarError, AadhaarNumberError::BadFirstDigit);
        QCOMPARE(aadhaarCalls(), 0);
        QVERIFY(s->sendAadhaarOtp(QStringLiteral("2345-6789-0124")));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::KycAadhaarOtp);
        QCOMPARE(s->maskedAadhaar(), QStringLiteral("XXXX XXXX 0124"));
        QVERIFY(s->resendAadhaarOtp()); // the same number again (no cool-down in these tests)
        QVERIFY(settle(*s));
        QCOMPARE(aadhaarCalls(), 2);
        QVERIFY(s->goBack());
        QCOMPARE(s->state(), State::KycAadhaar);
        QVERIFY(s->maskedAadhaar().isEmpty());

        QVERIFY(s->sendAadhaarOtp(QStringLiteral("234567890124")));
        QVERIFY(settle(*s));
        QVERIFY(s->verifyAadhaarOtp(f.otp(pooja, "aadhaar")));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::KycPan);
        QVERIFY(!s->validatePan(QStringLiteral("AKSP4821R")));
        QCOMPARE(s->problem().panError, PanNumberError::WrongFormat);
        QVERIFY(s->validatePan(QStringLiteral("akspx4821r"))); // not her surname's initial
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::KycPan);
        QCOMPARE(s->problem().reason, eko::Reason::InvalidParameters);
        QVERIFY(s->problem().fieldErrors.contains(QStringLiteral("pan_number")));
        QVERIFY(s->validatePan(QStringLiteral(" akspS4821r ")));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::Recipients);
        QVERIFY(s->kycCompleted());
        QVERIFY(s->sender()->totalMonthlyLimit.has_value());
        QVERIFY(*s->sender()->totalMonthlyLimit > Money::fromRupees(10000)); // the full-KYC limit
    }

    void newRecipientWithBankOtp()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->beginAddRecipient());
        QCOMPARE(s->state(), State::AddRecipient);
        NewRecipient r;
        r.name = QStringLiteral("Geeta Rao");
        r.mobile = QStringLiteral("98765 00099");
        r.account = QStringLiteral("1234 5678 9012");
        r.accountRepeated = QStringLiteral("123456789013");
        r.ifsc = QStringLiteral("sbin0001234");
        QVERIFY(!s->addRecipient(r));
        QCOMPARE(s->problem().local, LocalProblem::AccountMismatch);
        r.accountRepeated = QStringLiteral("123456789012");
        r.mobile = kRamesh;
        QVERIFY(!s->addRecipient(r));
        QCOMPARE(s->problem().local, LocalProblem::RecipientMobileIsSender);
        r.mobile = QStringLiteral("98765 00099");
        QVERIFY(s->addRecipient(r));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::RecipientBankOtp);
        QString otp = f.otp(QStringLiteral("9876500099"), "recipient_bank");
        if (otp.isEmpty())
            otp = f.otp(kRamesh, "recipient_bank");
        QVERIFY(!otp.isEmpty());
        QVERIFY(s->verifyRecipientBankOtp(wrongOtp(otp)));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::RecipientBankOtp);
        QCOMPARE(s->problem().source, TransferProblem::Source::Eko);
        QVERIFY(s->verifyRecipientBankOtp(otp));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::Amount);
        QVERIFY(s->chosenRecipient().has_value());
        QCOMPARE(s->chosenRecipient()->name, QStringLiteral("Geeta Rao"));
        QCOMPARE(s->setAmount(Money::fromRupees(250), eko::Channel::Imps), AmountCheck::Ok);
        QVERIFY(s->requestTransactionOtp());
        QVERIFY(settle(*s));
        QVERIFY(s->setTransactionOtp(f.otp(kRamesh, "transaction")));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(s->transfer()->state, TransferState::Success);
    }

    void unregisteredRecipientIsRegisteredFirst()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->chooseRecipient(kArjun));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::RecipientBankOtp);
        QVERIFY(s->goBack());
        QCOMPARE(s->state(), State::Recipients);
        QVERIFY(!s->chooseRecipient(42));
        QCOMPARE(s->problem().local, LocalProblem::UnknownRecipient);
    }

    // Lakshmi takes NEFT only (available_channel 1). The client sends the
    // endpoint table's NEFT code; the sandbox must accept it as NEFT.
    void neftOnlyRecipient()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, 10017681, Money::fromRupees(130), eko::Channel::Neft));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(s->transfer()->state, TransferState::Success);
    }

    // A recipient who takes both: the agent picks NEFT, Initiate carries
    // Eko's NEFT code 1, and the row (what the receipt prints) says NEFT.
    void neftChosenForABothChannelRecipient()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(135), eko::Channel::Neft));
        QCOMPARE(s->allowedChannels(), (QList<eko::Channel>{eko::Channel::Imps, eko::Channel::Neft}));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        const journal::Transfer t = *s->transfer();
        QCOMPARE(t.state, TransferState::Success);
        QCOMPARE(t.channel, QStringLiteral("1"));
        QCOMPARE(t.channelDesc, QStringLiteral("NEFT"));
    }

    void wrongThenRightOtp()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(300)));
        const QString right = f.otp(kRamesh, "transaction");
        QVERIFY(s->goBack());
        QCOMPARE(s->state(), State::TransactionOtp);
        QVERIFY(!s->setTransactionOtp(QStringLiteral("12a")));
        QCOMPARE(s->problem().local, LocalProblem::OtpFormat);
        QVERIFY(s->setTransactionOtp(wrongOtp(right)));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::TransactionOtp));
        QCOMPARE(s->wrongOtpAttempts(), 1);
        QCOMPARE(s->problem().reason, eko::Reason::WrongOtp);
        const QString firstRef = s->transfer()->clientRefId;
        QCOMPARE(s->transfer()->state, TransferState::Failed);
        QVERIFY(!s->hasTransactionOtp());

        QVERIFY(s->setTransactionOtp(right));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(s->transfer()->state, TransferState::Success);
        QVERIFY(s->transfer()->clientRefId != firstRef); // a retry is a new ref
        QCOMPARE(f.server->initiateCount(firstRef), 1);
        QCOMPARE(f.server->initiateCount(s->transfer()->clientRefId), 1);
        QCOMPARE(initiates(), 2);
    }

    void insufficientBalance()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kVijay));
        QVERIFY(s->chooseRecipient(kSavita));
        QCOMPARE(s->setAmount(Money::fromRupees(200), eko::Channel::Imps), AmountCheck::ExceedsBalance);
        QCOMPARE(s->problem().local, LocalProblem::AmountRejected);
        QCOMPARE(s->problem().amountCheck, AmountCheck::ExceedsBalance);
        QVERIFY(!s->requestTransactionOtp()); // nothing set yet
        QVERIFY(s->goBack());
        // Rs 150 passes locally, but the fee makes it Rs 154: Eko's 347.
        QVERIFY(reachConfirm(f, *s, kSavita, Money::fromRupees(150)));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(s->transfer()->state, TransferState::Failed);
        QCOMPARE(s->problem().reason, eko::Reason::InsufficientBalance);
        QVERIFY(!s->isPolling());
    }

    void amountChecks()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(s->chooseRecipient(kKrishna));
        QCOMPARE(s->setAmount(Money(), eko::Channel::Imps), AmountCheck::Zero);
        QCOMPARE(s->setAmount(Money::fromPaise(10050), eko::Channel::Imps), AmountCheck::NotWholeRupees);
        QCOMPARE(s->setAmount(Money::fromRupees(50001), eko::Channel::Imps),
                 AmountCheck::ExceedsPerTransactionLimit);
        QCOMPARE(s->setAmount(Money::fromRupees(30000), eko::Channel::Imps), AmountCheck::ExceedsBalance);
        QVERIFY(s->goBack());
        // Lakshmi takes NEFT only (available_channel 1).
        QVERIFY(s->chooseRecipient(10017681));
        QCOMPARE(s->allowedChannels(), QList<eko::Channel>{eko::Channel::Neft});
        QCOMPARE(s->channel(), eko::Channel::Neft);
        QCOMPARE(s->setAmount(Money::fromRupees(100), eko::Channel::Imps), AmountCheck::ChannelNotAllowed);
    }

    void limitExhausted()
    {
        // Locally: Rs 300 with Rs 200 of the month left is refused at once.
        auto a = f.session();
        QVERIFY(verifySender(f, *a, kAnil));
        QVERIFY(a->chooseRecipient(kKiran));
        QCOMPARE(a->setAmount(Money::fromRupees(300), eko::Channel::Imps),
                 AmountCheck::ExceedsMonthlyLimitLeft);
        // At Eko: a second counter verified the sender before the first sent.
        auto b = f.session();
        QVERIFY(verifySender(f, *b, kAnil));
        QVERIFY(a->goBack());
        QVERIFY(reachConfirm(f, *a, kKiran, Money::fromRupees(150)));
        QCOMPARE(a->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*a, State::Finished));
        QCOMPARE(a->transfer()->state, TransferState::Success);
        QVERIFY(reachConfirm(f, *b, kKiran, Money::fromRupees(100)));
        QCOMPARE(b->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*b, State::Finished));
        QCOMPARE(b->transfer()->state, TransferState::Failed);
        QCOMPARE(b->problem().reason, eko::Reason::LimitExhausted);
    }

    void awaitedSettlesWhileWatching()
    {
        sandbox::FaultRule rule;
        rule.callName = QLatin1String(sandbox::CallName::InitiateTransaction);
        rule.fault = sandbox::Fault::Awaited;
        rule.settleMs = 1200;
        f.server->addFault(rule);
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(120)));
        QSignalSpy updates(s.get(), &TransferSession::transferUpdated);
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(s->transfer()->state, TransferState::Pending);
        QVERIFY(s->isPolling());
        // The reconciler is the one that asks, on the session's schedule.
        QVERIFY(f.reconciler->isWatching(s->transfer()->clientRefId));
        QVERIFY(s->nextStatusCheckAt().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(s->transfer()->state, TransferState::Success, 15000);
        QVERIFY(!s->transfer()->bankRefNum.isEmpty());
        QCOMPARE(f.server->initiateCount(s->transfer()->clientRefId), 1);
        QTRY_VERIFY(!s->isPolling());
        QVERIFY(!f.reconciler->isWatching(s->transfer()->clientRefId)); // the watch ends with the row
        const auto events = f.journal->events(s->transfer()->clientRefId);
        QVERIFY(events.ok());
        QVERIFY(events.value().size() >= 3); // submit, initiate answer, inquiries
        QCOMPARE(events.value().last().source, journal::EventSource::Inquiry);
        QCOMPARE(events.value().last().fields.verdict, std::optional(journal::InquiryVerdict::Decisive));
    }

    void doubleConfirmSendsOnce()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(140)));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::AlreadySent); // double-click
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::AlreadySent); // held Enter
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::AlreadySent);
        QVERIFY(!s->goBack());
        QCOMPARE(initiates(), 1);
        const auto all = f.journal->count(journal::SearchQuery{});
        QVERIFY(all.ok());
        QCOMPARE(all.value(), qint64(1));
    }

    // The PC's clock is set back 20 minutes between the OTP and Confirm, so
    // Eko's authentication 403 refuses the first Initiate; the client
    // re-signs with the Date header's time and sends once more with the same
    // ref. The row's trail shows both attempts, the 403 first.
    void resignedInitiateShowsBothAttempts()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(145)));
        f.client->setLocalClockForTesting(
            [] { return QDateTime::currentMSecsSinceEpoch() - 20 * 60 * 1000; });
        const auto restore = qScopeGuard([this] {
            f.client->setLocalClockForTesting({});
            f.client->setClockOffsetMs(0);
        });
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        const journal::Transfer t = *s->transfer();
        QCOMPARE(t.state, TransferState::Success);
        QCOMPARE(f.server->initiateCount(t.clientRefId), 2); // the refused one and the re-signed one
        const auto events = f.journal->events(t.clientRefId);
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 3);
        const journal::TransferEvent& refused = events.value().at(1);
        QCOMPARE(refused.source, journal::EventSource::InitiateResponse);
        QCOMPARE(refused.toState, TransferState::Submitting);
        QCOMPARE(refused.fields.httpStatus, std::optional(403));
        QVERIFY(refused.fields.note.value_or(QString()).contains(QLatin1String("re-signed")));
        QCOMPARE(events.value().at(2).toState, TransferState::Success);
        QCOMPARE(events.value().at(2).fields.httpStatus, std::optional(200));
    }

    void journalWriteFailureSendsNothing()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(160)));
        f.journal->close();
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::JournalFailed);
        QCOMPARE(s->problem().local, LocalProblem::JournalUnavailable);
        QCOMPARE(s->problem().journalError, journal::JournalError::NotOpen);
        QCOMPARE(s->state(), State::Confirm);
        QTest::qWait(300);
        QCOMPARE(initiates(), 0);
        QVERIFY(f.journal->open(f.dir->path()).ok());
        // With the journal back, the same confirmation goes through once.
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(*s, State::Finished));
        QCOMPARE(initiates(), 1);
    }

    // The journal file turns read-only under the app (a full or remounted
    // disk): SQLite's query_only makes every write fail as it would.
    void readOnlyJournalSendsNothing()
    {
        auto s = f.session();
        QVERIFY(verifySender(f, *s, kRamesh));
        QVERIFY(reachConfirm(f, *s, kKrishna, Money::fromRupees(170)));
        bool found = false;
        for (const QString& name : QSqlDatabase::connectionNames()) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen() && db.databaseName() == f.journal->filePath()) {
                QSqlQuery pragma(db);
                QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = 1")));
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(s->confirmAndSend(), TransferSession::SendResult::JournalFailed);
        QCOMPARE(s->problem().source, TransferProblem::Source::Journal);
        QVERIFY(s->problem().journalError != journal::JournalError::None);
        QCOMPARE(s->state(), State::Confirm);
        QTest::qWait(300);
        QCOMPARE(initiates(), 0);
        const auto all = f.journal->count(journal::SearchQuery{});
        QVERIFY(all.ok());
        QCOMPARE(all.value(), qint64(0));
    }

    void newLevinRecipientIsRegisteredAtOnce()
    {
        auto s = f.session(eko::Rail::Levin);
        QVERIFY(verifySender(f, *s, kSunita));
        QVERIFY(s->beginAddRecipient());
        NewRecipient r;
        r.name = QStringLiteral("Imran Khan");
        r.mobile = QStringLiteral("9876500077");
        r.account = QStringLiteral("555566667777");
        r.accountRepeated = r.account;
        r.ifsc = QStringLiteral("HDFC0000123");
        QVERIFY(s->addRecipient(r));
        QVERIFY(waitForState(*s, State::Amount));
        QVERIFY(settle(*s));
        QCOMPARE(s->chosenRecipient()->name, QStringLiteral("Imran Khan"));
        QVERIFY(!s->chosenRecipient()->beneficiaryId.isEmpty());
    }

    void wrongSenderOtpCanBeRetyped()
    {
        auto s = f.session();
        QVERIFY(s->lookUpSender(kRamesh));
        QVERIFY(settle(*s));
        const QString otp = f.otp(kRamesh, "sender");
        QVERIFY(s->verifySenderOtp(wrongOtp(otp)));
        QVERIFY(settle(*s));
        QCOMPARE(s->state(), State::SenderOtp);
        QCOMPARE(s->problem().source, TransferProblem::Source::Eko);
        QVERIFY(s->verifySenderOtp(otp));
        QVERIFY(waitForState(*s, State::Recipients));
    }

    void cancelAReadAndGoBack()
    {
        sandbox::FaultRule slow;
        slow.callName = QLatin1String(sandbox::CallName::GetRecipients);
        slow.fault = sandbox::Fault::Delay;
        slow.delayMs = 2000;
        f.server->addFault(slow);
        auto s = f.session();
        QVERIFY(s->lookUpSender(kRamesh));
        QVERIFY(settle(*s));
        QVERIFY(s->verifySenderOtp(f.otp(kRamesh, "sender")));
        QTRY_COMPARE(s->activity(), TransferSession::Activity::LoadingRecipients);
        QVERIFY(s->canCancel());
        QVERIFY(!s->refreshRecipients()); // busy: a second Enter does nothing
        QCOMPARE(s->problem().local, LocalProblem::NotNow);
        QVERIFY(s->cancel());
        QVERIFY(!s->isBusy());
        QCOMPARE(s->state(), State::Recipients);
        QVERIFY(s->goBack());
        QCOMPARE(s->state(), State::EnterSender);
    }

    void otpCooldownIsKept()
    {
        SessionOptions options;
        options.otpCooldown = std::chrono::seconds(60);
        QDateTime clock = QDateTime::currentDateTimeUtc();
        options.clock = [&clock] {
            return clock;
        };
        TransferSession s(f.client.get(), f.journal.get(), f.reconciler.get(), options);
        QSignalSpy cooldown(&s, &TransferSession::otpCooldownChanged);
        QVERIFY(verifySender(f, s, kRamesh));
        QVERIFY(s.chooseRecipient(kKrishna));
        QCOMPARE(s.setAmount(Money::fromRupees(100), eko::Channel::Imps), AmountCheck::Ok);
        QVERIFY(s.requestTransactionOtp());
        QVERIFY(settle(s));
        QCOMPARE(s.state(), State::TransactionOtp);
        QCOMPARE(s.otpResendAllowedAt(), clock.addSecs(60));
        QVERIFY(!s.resendTransactionOtp());
        QCOMPARE(s.problem().local, LocalProblem::OtpCooldown);
        clock = clock.addSecs(61);
        QVERIFY(s.resendTransactionOtp());
        QVERIFY(settle(s));
        QCOMPARE(s.state(), State::TransactionOtp);
        QVERIFY(s.problem().isNone());
        QVERIFY(cooldown.count() >= 2);
        // The resent OTP works; the amount is the one the OTP was sent for.
        QVERIFY(s.setTransactionOtp(f.otp(kRamesh, "transaction")));
        QCOMPARE(s.confirmAndSend(), TransferSession::SendResult::Sent);
        QVERIFY(waitForState(s, State::Finished));
        QCOMPARE(s.transfer()->state, TransferState::Success);
        QCOMPARE(s.transfer()->amount, Money::fromRupees(100));
    }
};

COUNTERDESK_TEST_GUILESS_MAIN(TestTransferSession)
#include "tst_transfersession.moc"
