#include "gateway/GatewayServer.h"

#include "eko/ResponseClassifier.h"
#include "gateway/CounterAuth.h"
#include "gateway/ForwardRequest.h"
#include "gateway/GatewayLog.h"
#include "gateway/GatewayReplies.h"
#include "journal/Backoff.h"
#include "transfer/NeverCreated.h"
#include "transfer/TransferOutcome.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpSocket>
#include <cstdlib>
#include <utility>

namespace counterdesk::gateway {

using journal::TransferState;
using transfer::TransferOutcome;

namespace {

const QString kEkoPrefix = QStringLiteral("/ekoapi/v3");
// Queued events wait at most event_batch_ms (20 by default: at 500 requests
// a second one statement writes about ten answers), or until this many are queued.
constexpr qsizetype kEventBatchSize = 200;
constexpr int kEventRetryMs = 1000; // after the database refused a batch

// Tests only (tests/gateway): die like kill -9 at one instant of a money
// call (no destructor, no flush, no answer), to prove the ledger and Eko
// agree after a restart. Unset in production.
void crashPoint(const char* where)
{
    static const QByteArray wanted = qgetenv("COUNTERDESK_GATEWAY_TEST_CRASH_AT");
    if (!wanted.isEmpty() && wanted == where)
        std::_Exit(137);
}

// The desktop app's patience before "not found" means "never created"
// (transfer::ReconcilerOptions). Tests only (tests/gateway) shorten it with
// COUNTERDESK_GATEWAY_TEST_NOT_FOUND="<answers>,<minutes>". Unset in production.
transfer::ReconcilerOptions reconcileOptions()
{
    transfer::ReconcilerOptions options;
    const QList<QByteArray> test = qgetenv("COUNTERDESK_GATEWAY_TEST_NOT_FOUND").split(',');
    if (test.size() == 2) {
        options.notFoundConfirmations = test.at(0).toInt();
        options.notFoundMinimumAge = std::chrono::minutes(test.at(1).toInt());
    }
    return options;
}

eko::ClientConfig clientConfig(const GatewayConfig& config)
{
    eko::ClientConfig c;
    c.endpoints.setBaseUrl(config.ekoBaseUrl);
    c.credentials = config.eko;
    c.timeoutMs = config.limits.ekoTimeoutMs;
    c.trustedCaCertificates = config.ekoTrustedCa;
    return c;
}

// After a statement the database refused: what it said, and a dropped
// connection opened afresh for the next job.
QString statementFailed(Ledger& ledger)
{
    const QString error = ledger.error();
    ledger.ping();
    return error;
}

// What an inquiry's answer does to a row (on the money thread): the event,
// and the row's new state unless it is final already. The error when the
// database refused either (the row then stays as it was, open, for the next
// inquiry), or empty.
QString recordInquiry(Ledger& ledger, const transfer::ReconcilerOptions& options, const LedgerTransfer& row,
                      const eko::Result& r)
{
    if (!ledger.addEvent(row.counterId, row.id, QStringLiteral("inquiry"), eko::callName(r.call),
                         r.httpStatus, QString::fromUtf8(r.body)))
        return statementFailed(ledger);
    // A final row keeps its outcome, whatever a later inquiry says (a
    // REFUND_PENDING row is not final: Eko may yet report it refunded).
    if (journal::isFinal(row.state))
        return {};
    const transfer::InquiryReading reading = TransferOutcome::readInquiry(r);
    LedgerAnswer a;
    a.inquiry = true;
    a.notFound = reading.verdict == transfer::InquiryVerdict::NotFound;
    a.state = TransferOutcome::stateAfterInquiry(row.state, reading);
    a.tid = reading.fields.tid.value_or(QString());
    a.utr = reading.fields.bankRefNum.value_or(QString());
    if (reading.fields.txStatus)
        a.txStatus = reading.fields.txStatus->toInt();
    if (reading.verdict == transfer::InquiryVerdict::Decisive) {
        a.httpStatus = r.httpStatus;
        a.body = r.body;
    }
    // The same rule as the counter's reconciler: Eko never created it.
    const int notFound = row.notFoundAnswers + (a.notFound ? 1 : 0);
    const qint64 ageSecs = row.createdAt.secsTo(QDateTime::currentDateTimeUtc());
    bool written = false;
    if (a.notFound && transfer::NeverCreated::concluded(a.state, ageSecs, notFound, options)) {
        a.state = TransferState::Failed;
        written = ledger.recordAnswerAndEvent(row, a, QStringLiteral("concluded"), {}, 0,
                                              transfer::NeverCreated::note(notFound, ageSecs));
    } else {
        written = ledger.recordAnswer(row.id, a);
    }
    return written ? QString() : statementFailed(ledger);
}

// Every statement the ledger refused or left unanswered, in one place: a
// log line (event: ledger_not_written, ledger_not_read, events_not_written)
// with the database's words, and its count in /metrics by `what`.
void reportLedgerFailure(GatewayMetrics& metrics, const QString& event, const QString& what,
                         const QString& error, QJsonObject fields = {})
{
    metrics.countLedgerFailure(what);
    fields.insert(QStringLiteral("what"), what);
    fields.insert(QStringLiteral("error"), error);
    GatewayLog::write(event, fields);
}

// A money call's answer (or an inquiry's) that the ledger could not keep.
// Whoever asked still hears Eko's answer, which is true whatever the ledger
// could write; the row stays open, so the reconciler's inquiry (or the
// counter's) brings it up to date once the database takes writes again; and
// the operator reads why here.
void logNotWritten(GatewayMetrics& metrics, const QString& what, const LedgerTransfer& row,
                   const QString& error)
{
    if (error.isEmpty())
        return;
    reportLedgerFailure(
        metrics, QStringLiteral("ledger_not_written"), what, error,
        {{QStringLiteral("counter"), row.counterId}, {QStringLiteral("client_ref_id"), row.clientRefId}});
}

// What Eko answered an Initiate, as the ledger keeps it.
LedgerAnswer initiateAnswer(const eko::Result& r)
{
    LedgerAnswer a;
    a.state = TransferOutcome::stateForInitiate(r);
    const journal::OutcomeFields f = TransferOutcome::fieldsForInitiate(r);
    a.tid = f.tid.value_or(QString());
    a.utr = f.bankRefNum.value_or(QString());
    if (f.txStatus)
        a.txStatus = f.txStatus->toInt();
    if (r.httpStatus > 0 && !eko::ResponseClassifier::isIndeterminate(r)) {
        a.httpStatus = r.httpStatus;
        a.body = r.body;
    }
    return a;
}

// What Eko answered a refund: a decisive refusal gives the refund back;
// anything else stays REFUNDING until an inquiry (the follow-up, the
// reconciler) says more.
LedgerAnswer refundAnswer(const eko::Result& r)
{
    LedgerAnswer a;
    a.state = r.outcome == eko::Outcome::Failed ? TransferState::RefundPending : TransferState::Refunding;
    if (r.outcome == eko::Outcome::Success || r.outcome == eko::Outcome::Refunded)
        a.state = TransferState::Refunded;
    return a;
}

// The transfer an inquiry or a refund is about (read on the admission
// thread, with the request's admission): by client_ref_id or by TID.
// *failed: the read failed (never answered as "not found").
std::optional<LedgerTransfer> transferAskedAbout(Ledger& ledger, const ForwardRead& read, bool* failed)
{
    switch (read.wire.call) {
    case eko::Call::TransactionInquiry: {
        const QString reference = read.match.tokens.value(QStringLiteral("transaction_reference"));
        const QString refPrefix = QStringLiteral("client_ref_id:");
        return reference.startsWith(refPrefix) ? ledger.transferByRef(reference.mid(refPrefix.size()), failed)
                                               : ledger.transferByTid(reference, failed);
    }
    case eko::Call::Refund:
    case eko::Call::RefundOtp:
        return ledger.transferByTid(read.match.tokens.value(QStringLiteral("tid")), failed);
    default:
        return std::nullopt;
    }
}

} // namespace

GatewayServer::GatewayServer(const GatewayConfig& config, http::HttpClient* network, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_client(network, clientConfig(config))
    , m_endpoints(std::make_shared<const eko::EndpointTable>(clientConfig(config).endpoints))
    , m_reconcile(reconcileOptions())
    , m_admission(config.database, QStringLiteral("gateway-admission"))
    , m_money(config.database, QStringLiteral("gateway-money"))
    , m_events(config.database, QStringLiteral("gateway-events"))
    , m_operator(config.database, QStringLiteral("gateway-operator"))
    , m_listener([this](const http::HttpRequest& r, QTcpSocket* s) { handle(r, s); },
                 [](const http::HttpReply& refusal, QTcpSocket* s) {
                     http::HttpReply reply = refusal;
                     reply.server = "counterdesk-gateway";
                     s->write(reply.serialize(QDateTime::currentDateTimeUtc(), false));
                 })
    , m_statusPage(std::make_shared<StatusPage>())
{
    connect(&m_reconcileTimer, &QTimer::timeout, this, &GatewayServer::reconcileDue);
    connect(&m_pruneTimer, &QTimer::timeout, this, &GatewayServer::pruneSignatures);
    m_eventFlush.setSingleShot(true);
    connect(&m_eventFlush, &QTimer::timeout, this, &GatewayServer::writeEvents);
    if (m_config.usesTls())
        m_metrics.setCertificateExpiry(m_config.tls->localCertificate().expiryDate());
}

GatewayServer::~GatewayServer()
{
    m_stopping = true;
    writeEventsNow();
}

bool GatewayServer::shutDown()
{
    m_stopping = true;
    m_listener.close();
    m_reconcileTimer.stop();
    m_eventFlush.stop();
    return writeEventsNow();
}

void GatewayServer::queueAnswerEvent(const QString& counterId, const eko::Result& r)
{
    m_pendingEvents.append(Ledger::pendingEvent(counterId, QStringLiteral("answer"), eko::callName(r.call),
                                                r.httpStatus, QString::fromUtf8(r.body)));
    if (m_pendingEvents.size() >= kEventBatchSize || m_config.limits.eventBatchMs == 0)
        writeEvents();
    else if (!m_eventFlush.isActive())
        m_eventFlush.start(m_config.limits.eventBatchMs);
}

void GatewayServer::writeEvents()
{
    m_eventFlush.stop();
    if (m_pendingEvents.isEmpty())
        return;
    const QList<QJsonObject> batch = std::exchange(m_pendingEvents, {});
    m_eventsWriting += batch.size();
    m_events.run(
        [batch](Ledger& ledger) { return ledger.writeEvents(batch) ? QString() : statementFailed(ledger); },
        [this, batch](const QString& error) {
            m_eventsWriting -= batch.size();
            if (error.isEmpty())
                return;
            // Kept in memory and tried again; the next request's admission
            // will tell a counter if the database is really gone. (Each event
            // keeps the time it was queued.)
            m_pendingEvents = batch + m_pendingEvents;
            reportLedgerFailure(m_metrics, QStringLiteral("events_not_written"), QStringLiteral("events"),
                                error, {{QStringLiteral("queued"), double(m_pendingEvents.size())}});
            m_eventFlush.start(kEventRetryMs);
        });
}

bool GatewayServer::writeEventsNow()
{
    // Every job given so far runs first (a money call's answer included), and
    // their answers come back now: a batch the database refused meanwhile is
    // pending again and goes with the last one.
    m_money.finishJobs();
    m_events.finishJobs();
    const QList<QJsonObject> batch = std::exchange(m_pendingEvents, {});
    bool written = false;
    m_events.runAndWait([&batch, &written](Ledger& ledger) { written = ledger.writeEvents(batch); });
    if (!written)
        m_pendingEvents = batch;
    return written;
}

quint16 GatewayServer::listen(quint16 portOverride, bool overridePort)
{
    const quint16 port = m_listener.listen(m_config.listenAddress,
                                           overridePort ? portOverride : m_config.listenPort, m_config.tls);
    if (port == 0)
        m_error = m_listener.errorString();
    return port;
}

void GatewayServer::startReconciling(int intervalMs)
{
    m_reconcileTimer.start(intervalMs);
    QTimer::singleShot(0, this, &GatewayServer::reconcileDue);
}

void GatewayServer::startPruning()
{
    // Once a minute, not per request: the replay guard only has to forget
    // signatures a stale timestamp would refuse anyway. Once at the start
    // too, so a gateway that was down does not wait a minute to catch up.
    m_pruneTimer.start(std::chrono::minutes(1));
    QTimer::singleShot(0, this, &GatewayServer::pruneSignatures);
}

void GatewayServer::pruneSignatures()
{
    m_events.run([skew = m_config.limits.maxClockSkewSeconds](
                     Ledger& l) { return l.pruneSignatures(skew) ? QString() : statementFailed(l); },
                 [this](const QString& error) {
                     if (error.isEmpty())
                         return;
                     // The replay guard keeps its old signatures a minute longer: nothing is
                     // let through, the table only grows until the next prune succeeds.
                     reportLedgerFailure(m_metrics, QStringLiteral("ledger_not_written"),
                                         QStringLiteral("prune"), error);
                 });
}

void GatewayServer::handle(const http::HttpRequest& request, QTcpSocket* socket)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString path = request.url.path(QUrl::FullyDecoded);
    const bool keepAlive = request.keepAlive;
    auto call = std::make_shared<QString>(QStringLiteral("none"));
    auto counterId = std::make_shared<QString>();
    Reply reply = [this, socket = QPointer<QTcpSocket>(socket), keepAlive, elapsed, call,
                   counterId](const http::HttpReply& answer) {
        m_metrics.countRequest(*call, answer.status, elapsed.elapsed());
        GatewayLog::write(QStringLiteral("answer"), {{QStringLiteral("counter"), *counterId},
                                                     {QStringLiteral("call"), *call},
                                                     {QStringLiteral("http"), answer.status},
                                                     {QStringLiteral("ms"), elapsed.elapsed()}});
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(answer.serialize(QDateTime::currentDateTimeUtc(), keepAlive));
        if (!keepAlive)
            socket->disconnectFromHost();
    };

    if (request.method == http::HttpMethod::Get && path == QLatin1String("/healthz")) {
        *call = QStringLiteral("healthz");
        m_operator.run([](Ledger& ledger) { return ledger.ping(); },
                       [reply](bool up) {
                           reply(GatewayReplies::text(up ? 200 : 503, "text/plain; charset=utf-8",
                                                      up ? "ok\n" : "database unreachable\n"));
                       });
        return;
    }
    if (request.method == http::HttpMethod::Get && path == QLatin1String("/metrics")) {
        *call = QStringLiteral("metrics");
        m_operator.run(
            [](Ledger& ledger) -> std::optional<QMap<QString, int>> {
                if (!ledger.ping())
                    return std::nullopt;
                return ledger.openCountsByState();
            },
            [this, reply](const std::optional<QMap<QString, int>>& open) {
                reply(GatewayReplies::text(200, "text/plain; version=0.0.4",
                                           m_metrics.render(open.value_or(QMap<QString, int>()),
                                                            open.has_value(),
                                                            m_pendingEvents.size() + m_eventsWriting)));
            });
        return;
    }
    if (request.method == http::HttpMethod::Get && path == QLatin1String("/")) {
        *call = QStringLiteral("status_page");
        // The page and its admin's password check (PBKDF2) run on the operator's thread, never here.
        m_operator.run(
            [page = m_statusPage, request](Ledger& ledger) { return page->answer(request, ledger); }, reply);
        return;
    }
    if (!path.startsWith(kEkoPrefix + u'/')) {
        reply(GatewayReplies::unknownPath(path));
        return;
    }
    // Authentication before anything else is done for the request, then its
    // admission: both on the admission thread (the signature's HMAC, a
    // counter's first enrolment read, the admission's statement).
    const QString detail = QString::fromLatin1(CounterAuth::methodName(request.method)) + u' ' + path + u' ' +
                           QString::fromUtf8(request.body); // redacted by the ledger
    const NewInitiate::InFlightLimit inFlight{
        m_config.limits.concurrentInitiates,
        journal::Backoff::submittingGrace(std::chrono::milliseconds(m_config.limits.ekoTimeoutMs)).count()};
    m_admission.run(
        [request, path, detail, endpoints = m_endpoints, initiatorId = m_config.eko.initiatorId, inFlight,
         counterKey = m_config.counterKey, skew = m_config.limits.maxClockSkewSeconds,
         perMinute = m_config.limits.requestsPerMinute](Ledger& ledger) {
            AdmittedRequest a;
            a.auth =
                CounterAuth::check(request, ledger, counterKey, skew, QDateTime::currentMSecsSinceEpoch());
            if (!a.auth.ok())
                return a;
            const CounterRow& counter = *a.auth.counter;
            // Read here, so that an Initiate's row is written with its admission.
            a.read = ForwardRequest::read(request, path.mid(kEkoPrefix.size()), *endpoints, initiatorId,
                                          counter.userCode);
            if (a.read.found && a.read.error.isEmpty() &&
                a.read.wire.call == eko::Call::InitiateTransaction) {
                const NewInitiate initiate{a.read.wire.clientRefId, a.read.wire.rail,
                                           a.read.amountPaise.value_or(0), inFlight,
                                           eko::callName(a.read.wire.call)};
                AdmittedInitiate admitted =
                    ledger.admitInitiate(counter.id, a.auth.signature, perMinute, path, detail, initiate);
                a.admission = admitted.admission;
                if (a.admission == Admission::Admitted)
                    a.initiate = std::move(admitted.record);
            } else {
                a.admission = ledger.admitRequest(counter.id, a.auth.signature, perMinute, path, detail);
                bool failed = false;
                if (a.admission == Admission::Admitted && a.read.found && a.read.error.isEmpty())
                    a.transfer = transferAskedAbout(ledger, a.read, &failed);
                if (failed)
                    a.admission = Admission::Error; // "ledger unavailable", not "not found"
            }
            if (a.admission == Admission::Error ||
                (a.initiate && a.initiate->status == SubmitRecord::Status::Error))
                ledger.ping(); // a dropped connection is opened afresh for the next request
            return a;
        },
        [this, path, reply, call, counterId](AdmittedRequest a) {
            if (!a.auth.ok()) {
                refuse(a.auth.refusal, reply, *call);
                return;
            }
            *counterId = a.auth.counter->id;
            serveAdmitted(*a.auth.counter, path, a, reply, *call);
        });
}

void GatewayServer::refuse(AuthRefusal refusal, const Reply& reply, QString& call)
{
    call = QStringLiteral("refused");
    GatewayLog::write(QStringLiteral("refused"), {{QStringLiteral("cause"), authRefusalName(refusal)}});
    reply(refusal == AuthRefusal::DatabaseDown ? GatewayReplies::ledgerUnavailable()
                                               : GatewayReplies::authRefused(refusal));
}

void GatewayServer::serveAdmitted(const CounterRow& counter, const QString& path, AdmittedRequest& admitted,
                                  Reply reply, QString& call)
{
    const Admission admission = admitted.admission;
    if (admission == Admission::Revoked || admission == Admission::Replayed) {
        refuse(admission == Admission::Revoked ? AuthRefusal::RevokedCounter : AuthRefusal::Replayed, reply,
               call);
        return;
    }
    if (admission == Admission::Error) {
        refuse(AuthRefusal::DatabaseDown, reply, call);
        return;
    }
    if (admission == Admission::Limited) {
        call = QStringLiteral("limited");
        reply(GatewayReplies::tooManyRequests(60, QStringLiteral("requests_per_minute")));
        return;
    }
    const ForwardRead& read = admitted.read;
    if (!read.found) {
        reply(GatewayReplies::unknownPath(path));
        return;
    }
    call = eko::callName(read.wire.call);
    if (!read.error.isEmpty()) {
        reply(GatewayReplies::badRequest(read.error));
        return;
    }
    switch (read.wire.call) {
    case eko::Call::InitiateTransaction:
        initiate(counter, read.wire, std::move(*admitted.initiate), reply);
        return;
    case eko::Call::TransactionInquiry:
        inquire(counter, read.wire, admitted.transfer, reply);
        return;
    case eko::Call::Refund:
    case eko::Call::RefundOtp:
        // Only its own transfers: another counter's reads as unknown.
        if (!admitted.transfer || admitted.transfer->counterId != counter.id)
            reply(GatewayReplies::notFound());
        else if (read.wire.call == eko::Call::RefundOtp)
            forward(counter, read.wire, reply);
        else
            refund(*admitted.transfer, read.wire, reply);
        return;
    default:
        forward(counter, read.wire, reply);
        return;
    }
}

http::HttpReply GatewayServer::answerFor(const eko::Result& r)
{
    if (eko::ResponseClassifier::isIndeterminate(r) || r.httpStatus == 0)
        m_metrics.countEkoError(eko::callName(r.call), r.httpStatus > 0 ? QString::number(r.httpStatus)
                                                                        : QStringLiteral("no_answer"));
    if (r.httpStatus == 0)
        return GatewayReplies::noAnswer(r.detail);
    // Eko's answer as it came, whatever it means: the counter classifies it.
    return GatewayReplies::passOn(r.httpStatus, r.body);
}

void GatewayServer::forward(const CounterRow& counter, const eko::WireRequest& wire, Reply reply)
{
    eko::PendingCall* pending = m_client.forward(wire);
    const QString counterId = counter.id;
    connect(pending, &eko::PendingCall::finished, this, [this, counterId, reply](const eko::Result& r) {
        // A call that moves no money is answered first and its event goes
        // with the next batch: the counter waits for no round trip that
        // decides nothing.
        reply(answerFor(r));
        queueAnswerEvent(counterId, r);
    });
}

void GatewayServer::initiate(const CounterRow& counter, const eko::WireRequest& wire, SubmitRecord r,
                             Reply reply)
{
    if (r.status == SubmitRecord::Status::Limited) {
        reply(GatewayReplies::tooManyRequests(5, QStringLiteral("concurrent_initiates")));
        return;
    }
    if (r.status == SubmitRecord::Status::Error) {
        reply(GatewayReplies::ledgerUnavailable());
        return;
    }
    const LedgerTransfer row = r.transfer;
    if (r.status == SubmitRecord::Status::Known) {
        // Never forwarded again: the stored outcome, or "in progress".
        if (row.counterId != counter.id)
            reply(GatewayReplies::notFound());
        else if (journal::isFinal(row.state) && !row.answer.isEmpty())
            reply(GatewayReplies::passOn(row.answerHttp, row.answer));
        else
            reply(GatewayReplies::inProgress(row.clientRefId));
        return;
    }
    crashPoint("after_ledger");
    if (m_stopping)
        return; // see m_stopping
    eko::PendingCall* pending = m_client.forwardInitiate(std::move(*r.ticket), wire);
    connect(pending, &eko::PendingCall::finished, this, [this, row, reply](const eko::Result& result) {
        crashPoint("after_forward");
        recordMoneyAnswer(row, initiateAnswer(result), result, reply);
    });
}

void GatewayServer::recordMoneyAnswer(const LedgerTransfer& row, const LedgerAnswer& answer,
                                      const eko::Result& result, Reply reply)
{
    // The counter hears Eko's answer once the ledger holds it (or could not:
    // see logNotWritten).
    m_money.run(
        [row, answer, result](Ledger& ledger) {
            return ledger.recordAnswerAndEvent(row, answer, QStringLiteral("answer"),
                                               eko::callName(result.call), result.httpStatus,
                                               QString::fromUtf8(result.body))
                       ? QString()
                       : statementFailed(ledger);
        },
        [this, row, reply, result](const QString& error) {
            logNotWritten(m_metrics, QStringLiteral("answer"), row, error);
            reply(answerFor(result));
        });
}

void GatewayServer::inquire(const CounterRow& counter, const eko::WireRequest& wire,
                            const std::optional<LedgerTransfer>& row, Reply reply)
{
    // Only its own transfers: another counter's reference reads as unknown.
    if (!row || row->counterId != counter.id) {
        reply(GatewayReplies::notFound());
        return;
    }
    if (journal::isFinal(row->state) && !row->answer.isEmpty()) {
        reply(GatewayReplies::passOn(row->answerHttp, row->answer));
        return;
    }
    eko::WireRequest railed = wire;
    railed.rail = row->rail;
    eko::PendingCall* pending = m_client.forward(railed);
    connect(pending, &eko::PendingCall::finished, this, [this, asked = *row, reply](const eko::Result& r) {
        m_money.run([asked, r, options = m_reconcile](
                        Ledger& ledger) { return recordInquiry(ledger, options, asked, r); },
                    [this, asked, reply, r](const QString& error) {
                        logNotWritten(m_metrics, QStringLiteral("inquiry"), asked, error);
                        reply(answerFor(r));
                    });
    });
}

void GatewayServer::refund(const LedgerTransfer& transfer, const eko::WireRequest& wire, Reply reply)
{
    auto record = [transfer, call = eko::callName(wire.call)](Ledger& ledger) {
        RefundRecord r = ledger.recordRefunding(transfer, call);
        if (r.status == RefundRecord::Status::Error)
            ledger.ping();
        return r;
    };
    const QString tid = transfer.tid;
    m_money.run(record, [this, wire, tid, reply](RefundRecord r) {
        if (r.status != RefundRecord::Status::Recorded) {
            reply(r.status == RefundRecord::Status::Error ? GatewayReplies::ledgerUnavailable()
                                                          : GatewayReplies::refundRefused(tid));
            return;
        }
        if (m_stopping)
            return; // see m_stopping
        eko::WireRequest railed = wire;
        railed.rail = r.transfer.rail;
        const LedgerTransfer row = r.transfer;
        eko::PendingCall* pending = m_client.forwardRefund(std::move(*r.ticket), railed, tid);
        connect(pending, &eko::PendingCall::finished, this, [this, row, reply](const eko::Result& result) {
            recordMoneyAnswer(row, refundAnswer(result), result, reply);
        });
    });
}

void GatewayServer::reconcileDue()
{
    m_money.run(
        [](Ledger& ledger) -> std::pair<std::optional<QList<LedgerTransfer>>, QString> {
            std::optional<QList<LedgerTransfer>> rows = ledger.openTransfers();
            return {rows, rows ? QString() : statementFailed(ledger)};
        },
        [this](const std::pair<std::optional<QList<LedgerTransfer>>, QString>& open) {
            if (open.first) {
                inquireOpen(*open.first);
                return;
            }
            // Said, not skipped in silence; the next round (m_reconcileTimer) reads again.
            reportLedgerFailure(m_metrics, QStringLiteral("ledger_not_read"),
                                QStringLiteral("open_transfers"), open.second);
        });
}

void GatewayServer::inquireOpen(const QList<LedgerTransfer>& rows)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto grace =
        journal::Backoff::submittingGrace(std::chrono::milliseconds(m_config.limits.ekoTimeoutMs));
    for (const LedgerTransfer& row : rows) {
        if (m_inquiring.contains(row.id))
            continue;
        // A SUBMITTING row's own POST may still be on the wire: not before the grace.
        const QDateTime due = row.state == TransferState::Submitting && row.inquiries == 0
                                  ? row.createdAt.addSecs(grace.count())
                                  : journal::Backoff::nextCheck(row.updatedAt, row.inquiries);
        if (due > now)
            continue;
        m_inquiring.insert(row.id);
        const eko::TransactionInquiryRequest request =
            row.state == TransferState::Refunding && !row.tid.isEmpty()
                ? eko::TransactionInquiryRequest::byTid(row.rail, row.tid)
                : eko::TransactionInquiryRequest::byClientRefId(row.rail, row.clientRefId);
        eko::PendingCall* pending = m_client.transactionInquiry(request);
        connect(pending, &eko::PendingCall::finished, this, [this, row](const eko::Result& r) {
            m_money.run(
                [row, r, options = m_reconcile](Ledger& ledger) {
                    // Read again: another process, or a counter's inquiry, may have moved it meanwhile.
                    bool failed = false;
                    const std::optional<LedgerTransfer> current =
                        ledger.transferByRef(row.clientRefId, &failed);
                    if (failed)
                        return statementFailed(ledger); // logged; the row stays open for the next round
                    if (current && journal::isOpen(current->state))
                        return recordInquiry(ledger, options, *current, r);
                    return QString();
                },
                [this, row](const QString& error) {
                    logNotWritten(m_metrics, QStringLiteral("inquiry"), row, error);
                    m_inquiring.remove(row.id);
                });
        });
    }
}

} // namespace counterdesk::gateway
