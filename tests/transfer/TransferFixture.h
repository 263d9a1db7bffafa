// TransferFixture: what every transfer test needs. A sandbox in-process on
// 127.0.0.1 port 0 (real loopback HTTP, public UAT keys), an EkoClient on
// a real QNetworkAccessManager, an open journal in a temporary directory,
// and helpers that drive a TransferSession the way the wizard would, reading
// the "customer's" OTPs back from the sandbox.
#pragma once

#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "sandbox/SandboxServer.h"
#include "transfer/Reconciler.h"
#include "transfer/TransferSession.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

namespace counterdesk::transfer::testing {

using State = TransferSession::State;

// People of the sandbox's seed (resources/sandbox) the transfer tests share.
inline const QString kRamesh = QStringLiteral("9000000001"); // DigiKhata, healthy, Rs 25,000
inline const QString kSunita = QStringLiteral("9000000002"); // Levin, healthy
inline constexpr qint64 kKrishna = 10017680;                 // Ramesh's recipient, registered, IMPS/NEFT

inline bool hasState(const QList<journal::TransferEvent>& events, journal::TransferState state)
{
    return std::any_of(events.cbegin(), events.cend(),
                       [state](const journal::TransferEvent& e) { return e.toState == state; });
}

inline eko::Credentials uatCredentials()
{
    return {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
            QByteArray("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), QStringLiteral("9962981729"),
            QStringLiteral("20810200")};
}

inline eko::ClientConfig clientConfig(const QUrl& baseUrl)
{
    eko::ClientConfig c;
    c.endpoints.setBaseUrl(baseUrl);
    c.credentials = uatCredentials();
    c.timeoutMs = 3000;
    return c;
}

class TransferFixture
{
public:
    // The sandbox's resend cool-down is off so tests may look a sender up
    // twice in a row; the session's own cool-down is tested separately.
    bool start()
    {
        sandbox::SandboxOptions options;
        options.otpResendCooldownMs = 0;
        server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        if (!server->start(options, &error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        nam = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<eko::EkoClient>(nam.get(), clientConfig(server->baseUrl()));
        return freshJournal();
    }

    // An empty journal in a new temporary directory.
    bool freshJournal()
    {
        reconciler.reset(); // it holds the old journal
        journal.reset();
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        journal = std::make_unique<journal::Journal>();
        if (!journal->open(dir->path()).ok())
            return false;
        // Not started: it asks only about what a session watches.
        reconciler = std::make_unique<Reconciler>(client.get(), journal.get());
        return true;
    }

    // The journal rows it writes name `profile` (of `kind`): a client of
    // another profile never asks about them (transfer::ProfileScope).
    std::unique_ptr<TransferSession> session(eko::Rail rail = eko::Rail::DigiKhata,
                                             const QString& profile = QStringLiteral("Training"),
                                             ProfileKind kind = ProfileKind::Training)
    {
        SessionOptions options;
        options.rail = rail;
        options.profileName = profile;
        options.profileKind = kind;
        options.otpCooldown = std::chrono::milliseconds(0);
        options.pollSchedule = {std::chrono::milliseconds(200), std::chrono::milliseconds(400)};
        return std::make_unique<TransferSession>(client.get(), journal.get(), reconciler.get(), options);
    }

    // The next refund is applied but its answer is lost, and every inquiry
    // fails until clearFaults(): nobody can tell whether it went through.
    void loseNextRefundAnswer()
    {
        sandbox::FaultRule drop;
        drop.callName = QLatin1String(sandbox::CallName::Refund);
        drop.fault = sandbox::Fault::CommitThenDrop;
        drop.times = 1;
        server->addFault(drop);
        sandbox::FaultRule down;
        down.callName = QLatin1String(sandbox::CallName::TransactionInquiry);
        down.fault = sandbox::Fault::Http500Html;
        server->addFault(down);
    }

    QString otp(const QString& mobile, const char* purpose) const
    {
        return server->lastOtp(mobile, QLatin1String(purpose));
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<eko::EkoClient> client;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<journal::Journal> journal;
    std::unique_ptr<Reconciler> reconciler;
};

// Waits until no call is in flight (or the timeout), like an agent waiting
// for the spinner to stop.
inline bool settle(TransferSession& s, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return !s.isBusy(); }, timeoutMs);
}

// The sender steps for an existing, fully verified sender.
inline bool verifySender(TransferFixture& f, TransferSession& s, const QString& mobile)
{
    if (!s.lookUpSender(mobile) || !settle(s) || s.state() != State::SenderOtp)
        return false;
    if (!s.verifySenderOtp(f.otp(s.senderMobile(), "sender")) || !settle(s))
        return false;
    return s.state() == State::Recipients && !s.recipients().isEmpty();
}

// From Recipients to Confirm: recipient, amount, transaction OTP typed.
inline bool reachConfirm(TransferFixture& f, TransferSession& s, qint64 recipientId, Money amount,
                         eko::Channel channel = eko::Channel::Imps)
{
    if (!s.chooseRecipient(recipientId) || !settle(s) || s.state() != State::Amount)
        return false;
    if (s.setAmount(amount, channel) != AmountCheck::Ok)
        return false;
    if (!s.requestTransactionOtp() || !settle(s) || s.state() != State::TransactionOtp)
        return false;
    if (!s.setTransactionOtp(f.otp(s.senderMobile(), "transaction")))
        return false;
    return s.state() == State::Confirm;
}

inline bool waitForState(TransferSession& s, State state, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return s.state() == state; }, timeoutMs);
}

} // namespace counterdesk::transfer::testing
