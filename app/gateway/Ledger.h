// Ledger: counterdesk-gateway's PostgreSQL ledger (docs/gateway.md "Ledger").
//
// The central write-ahead log of every counter's money calls: a transfer row
// (client_ref_id unique across all counters) is committed before its Initiate
// is forwarded, and only that commit issues the MoneyCallTicket the client
// needs to send it (DESIGN.md "Journal first, by construction"). A second
// Initiate with a known reference finds the row and is never forwarded.
//
// Everything lives here and nowhere else (several gateway processes serve one
// database): counters, transfers, events (every request and answer, redacted
// by security::LogRedactor), and the signatures used within the skew window.
// Nothing is deleted but used signatures past that window.
//
// Calls are synchronous on the caller's thread; each Ledger owns one
// connection (QPSQL, `database` from the configuration as libpq's conninfo),
// used on the thread that made it. Each of the gateway's LedgerThreads has
// one (admissions; money calls and events; the operator's pages); the
// commands (counter add, ledger export...) open their own.
// The statements a request runs are prepared once per connection and kept
// (Ledger::statement): each later use is one round trip, and PostgreSQL keeps
// its plan. A request that moves no money costs one round trip of its own,
// its admission: a counter's enrolment is read once (enrolledCounter) and its
// answer's event goes with the next batch (pendingEvent).
#pragma once

#include "domain/MoneyCallTicket.h"
#include "domain/Rail.h"
#include "journal/TransferState.h"
#include "security/PinHash.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace counterdesk::gateway {

struct CounterRow
{
    QString id;
    QString name;
    QString salt;
    QString secretHash;
    QString userCode;
    QDateTime createdAt;
    QDateTime revokedAt; // null while active
    QDateTime lastSeenAt;
    bool isRevoked() const { return revokedAt.isValid(); }
};

struct LedgerTransfer
{
    qint64 id = 0;
    QString clientRefId;
    QString counterId;
    Rail rail = Rail::DigiKhata;
    qint64 amountPaise = 0;
    journal::TransferState state = journal::TransferState::Submitting;
    QDateTime createdAt;
    QDateTime updatedAt;
    int inquiries = 0;
    QString tid;
    QString utr;
    std::optional<int> txStatus;
    int answerHttp = 0;
    QByteArray answer;       // Eko's last answer about it, verbatim
    int notFoundAnswers = 0; // inquiries Eko answered "not found" (transfer::NeverCreated)
};

// An Initiate as Ledger::admitInitiate records it. call: its name, for the `forward` event.
struct NewInitiate
{
    // Initiates in flight a counter may have: SUBMITTING rows younger than graceSeconds.
    struct InFlightLimit
    {
        int concurrent = 0;
        qint64 graceSeconds = 0;
    };
    QString clientRefId;
    Rail rail = Rail::DigiKhata;
    qint64 amountPaise = 0;
    InFlightLimit limit;
    QString call;
};

// What Ledger::admitInitiate did with the row, once the request was admitted.
struct SubmitRecord
{
    // Limited: the counter had its concurrent Initiates in flight already; nothing written.
    enum class Status { Recorded, Known, Limited, Error };
    Status status = Status::Error;
    std::optional<MoneyCallTicket> ticket; // Recorded: spend it on the forward
    LedgerTransfer transfer;               // Recorded: the new row; Known: the existing one
};

struct RefundRecord
{
    enum class Status { Recorded, NotRefundable, Error };
    Status status = Status::Error;
    std::optional<MoneyCallTicket> ticket;
    LedgerTransfer transfer;
};

struct LedgerAnswer
{
    journal::TransferState state = journal::TransferState::Unknown;
    QString tid;
    QString utr;
    std::optional<int> txStatus;
    int httpStatus = 0;
    QByteArray body;       // empty: keep the stored answer
    bool inquiry = false;  // counts an inquiry (the back-off follows it)
    bool notFound = false; // ... that Eko answered "not found"
};

// What Ledger::admitRequest decided about an authenticated request.
enum class Admission {
    Admitted, // recorded as a "request" event: go on
    Limited,  // over requests_per_minute: recorded as "limited", answer 429
    Replayed, // its signature was used before: nothing recorded
    Revoked,  // the counter was revoked (since its enrolment was read): nothing recorded
    Error     // the database did not answer
};

// What Ledger::admitInitiate decided: the admission, and the row once admitted.
struct AdmittedInitiate
{
    Admission admission = Admission::Error;
    SubmitRecord record;
};

// One counter's transfers in one state, created within a day (StatusPage).
struct DayTotal
{
    QString counterId;
    journal::TransferState state = journal::TransferState::Unknown;
    qint64 count = 0;
    qint64 amountPaise = 0;
};

class Ledger
{
public:
    // Opens (and creates or migrates the schema). error() says why not.
    Ledger(const QString& conninfo, const QString& connectionName);
    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; } // one line
    bool ping();

    // Counters. addCounter returns the new row (id, salt) or nullopt (name taken: error()).
    std::optional<CounterRow> addCounter(const QString& name, const QString& userCode, const QString& salt,
                                         const QString& secretHash, const QString& id);
    enum class Revocation { Revoked, NoActiveCounter, Error /* error() */ };
    Revocation revokeCounter(const QString& name);
    std::optional<QList<CounterRow>> counters(); // nullopt: not read (error())
    // The counter a request names. Its enrolment (id, salt, secret hash, user
    // code) never changes, so an active counter's is kept in memory once read;
    // revocation, the one thing that does change, is checked again by
    // admitRequest in the same statement that admits the request. A revoked
    // counter read from the database comes back as it is (isRevoked()).
    // nullopt: unknown, or *failed when the database did not answer (error()).
    std::optional<CounterRow> enrolledCounter(const QString& id, bool* failed);

    // One statement for a request whose counter and signature checked out:
    // refuses it if the counter is revoked by now, spends the signature (a
    // replay is refused), counts the counter's
    // requests of the last minute against perMinute, notes the counter seen
    // and records the request (detail redacted here) or its refusal as an event.
    Admission admitRequest(const QString& counterId, const QByteArray& signature, int perMinute,
                           const QString& path, const QString& detail);
    // Used signatures older than twice the skew window can stop no replay
    // (such a timestamp is refused as stale): deleted, on a timer.
    bool pruneSignatures(int skewSeconds); // false: not done (error())
    // An Initiate's admission (as admitRequest) and, once admitted, its row
    // (SUBMITTING) and `forward` event, in one statement: all or nothing.
    // record.status is Limited, with only the admission written, when the
    // counter has `limit.concurrent` Initiates in flight: SUBMITTING rows
    // younger than `limit.graceSeconds`, so that a row a crash left behind
    // (the poller settles it) does not hold the counter back for ever. A
    // reference the ledger knows, whatever the count: Known, its row, and a
    // `duplicate_initiate` event. record is meaningful only when admission is Admitted.
    AdmittedInitiate admitInitiate(const QString& counterId, const QByteArray& signature, int perMinute,
                                   const QString& path, const QString& detail, const NewInitiate& initiate);
    // A refund of `known` (the counter's own transfer, as its request's
    // admission read it), REFUND_PENDING -> REFUNDING, with its `forward`
    // event (call: the refund call's name), in one statement.
    RefundRecord recordRefunding(const LedgerTransfer& known, const QString& call);
    // False: not written (error()).
    bool recordAnswer(qint64 transferId, const LedgerAnswer& answer);
    // recordAnswer and the row's event of that `kind` (Eko's `answer` to a
    // money call, or the reconciler's `concluded`; detail redacted here), in
    // one statement: both or neither, and a money call's answer is one round
    // trip away from its counter. False: neither written (error()).
    bool recordAnswerAndEvent(const LedgerTransfer& row, const LedgerAnswer& answer, const QString& kind,
                              const QString& call, int httpStatus, const QString& detail);
    // nullopt: no such row, or the read failed (then *failed is set when
    // given, and error() says why): "not found" only when it is so.
    std::optional<LedgerTransfer> transferByRef(const QString& clientRefId, bool* failed = nullptr);
    std::optional<LedgerTransfer> transferByTid(const QString& tid, bool* failed = nullptr);
    // Every open row, the least recently changed first (the reconciler picks
    // those due by journal::Backoff).
    std::optional<QList<LedgerTransfer>> openTransfers();  // nullopt: not read (error())
    std::optional<QMap<QString, int>> openCountsByState(); // nullopt: not read (error())
    // Transfers created in [fromUtc, toUtc) (either may be invalid: open-ended), of one
    // counter by name when given, oldest first; with each row's counter name. nullopt: error().
    std::optional<QList<QPair<LedgerTransfer, QString>>>
    transfersCreated(const QDateTime& fromUtc, const QDateTime& toUtc, const QString& counterName);

    // The status page (LedgerStatus.cpp). nullopt: error().
    std::optional<QList<DayTotal>> dayTotals(const QDateTime& fromUtc, const QDateTime& toUtc);
    // Transfers not final yet (the open states and REFUND_PENDING), oldest
    // first, at most `limit`, with each row's counter name.
    std::optional<QList<QPair<LedgerTransfer, QString>>> unfinishedTransfers(int limit);

    // The status page's admins (LedgerAdmins.cpp): only PinHash's salted hash is stored.
    bool setAdminPassword(const QString& name, const security::PinHash& hash);
    bool removeAdmin(const QString& name); // false: no such admin (or error())
    // nullopt: no such admin, or *failed when the database did not answer (error()).
    std::optional<security::PinHash> adminPassword(const QString& name, bool* failed);

    // kind: "request", "answer", "refused", "forward", ...; detail is redacted here.
    // A money call's "forward" is written with its row, before the call
    // leaves: it records the decision to send it. Whether Eko got it is told
    // by the "answer" event, or after a crash by the reconciler's "inquiry".
    // False: not written (error()).
    bool addEvent(const QString& counterId, qint64 transferId, const QString& kind, const QString& call,
                  int httpStatus, const QString& detail);
    // The same for an event that may wait a few milliseconds (the answer to
    // a call that moves no money): its time taken and its detail redacted
    // now, on the caller's thread; writeEvents writes many in one statement.
    static QJsonObject pendingEvent(const QString& counterId, const QString& kind, const QString& call,
                                    int httpStatus, const QString& detail);
    // All or none (error() says why not); the caller keeps them to try again.
    bool writeEvents(const QList<QJsonObject>& events);
    // An event's detail as stored: redacted, and never NULL. The column is
    // NOT NULL and Qt binds a null QString (an empty detail, an empty answer)
    // as SQL NULL, which would refuse the event and any statement it is part of.
    static QString storedDetail(const QString& detail);

private:
    struct Statements;

    std::optional<LedgerTransfer> transferWhere(const QString& column, const QString& value, bool* failed);
    // The row of an Initiate whose reference is known, with its
    // `duplicate_initiate` event; nullopt: unknown, or *failed (error()).
    std::optional<LedgerTransfer> knownInitiate(const QString& counterId, const NewInitiate& initiate,
                                                bool* failed);
    // sql prepared on this connection on first use and kept; nullptr (error()
    // set) when it cannot be prepared. Bind every value again before exec().
    QSqlQuery* statement(const QString& sql);
    void forgetStatements();                              // before the connection closes: they die with it
    static QString databaseError(const QSqlError& error); // for error(): "database: " and the server's words

    QString m_connectionName;
    QString m_error;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, CounterRow> m_enrolled; // active counters' enrolments, by id
};

} // namespace counterdesk::gateway
