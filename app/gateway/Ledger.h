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
// connection (QPSQL, `database` from the configuration as libpq's conninfo).
#pragma once

#include "domain/MoneyCallTicket.h"
#include "domain/Rail.h"
#include "journal/TransferState.h"
#include "security/PinHash.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

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

// What Ledger::recordSubmitting did.
struct SubmitRecord
{
    enum class Status { Recorded, Known, Error };
    Status status = Status::Error;
    std::optional<MoneyCallTicket> ticket; // Recorded: spend it on the forward
    LedgerTransfer transfer;               // Recorded: the new row; Known: the existing one
};

struct RefundRecord
{
    enum class Status { Recorded, NotRefundable, NotFound, Error };
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
    bool revokeCounter(const QString& name); // false: no such active counter
    QList<CounterRow> counters();
    std::optional<CounterRow> counterById(const QString& id);
    void touchCounter(const QString& id);

    // True the first time this signature is seen; false for a replay (or a database error).
    bool useSignature(const QByteArray& signature, const QString& counterId, int skewSeconds);
    int requestsInLastMinute(const QString& counterId);
    // SUBMITTING rows younger than graceSeconds: a row a crash left behind
    // (the poller settles it) does not hold the counter back for ever.
    int initiatesInFlight(const QString& counterId, qint64 graceSeconds);

    SubmitRecord recordSubmitting(const QString& counterId, const QString& clientRefId, Rail rail,
                                  qint64 amountPaise);
    RefundRecord recordRefunding(const QString& counterId, const QString& tid);
    bool recordAnswer(qint64 transferId, const LedgerAnswer& answer);
    std::optional<LedgerTransfer> transferByRef(const QString& clientRefId);
    std::optional<LedgerTransfer> transferByTid(const QString& tid);
    // Open rows whose next inquiry is due (journal::Backoff), oldest first.
    QList<LedgerTransfer> openTransfers();
    QMap<QString, int> openCountsByState();
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
    // nullopt: no such admin, or a database error (error() set, ping() false).
    std::optional<security::PinHash> adminPassword(const QString& name);

    // kind: "request", "answer", "refused", "forward", ...; detail is redacted here.
    void addEvent(const QString& counterId, qint64 transferId, const QString& kind, const QString& call,
                  int httpStatus, const QString& detail);

private:
    std::optional<LedgerTransfer> transferWhere(const QString& column, const QString& value);

    QString m_connectionName;
    QString m_error;
};

} // namespace counterdesk::gateway
