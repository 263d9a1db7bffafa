// GatewayServer: counterdesk-gateway's HTTP side. Each request is
// authenticated (CounterAuth), limited, recorded as an event, then either
// answered from the ledger or forwarded to Eko through the desktop app's own
// client (eko::EkoClient: RequestBuilder's signing, its attempts,
// ResponseClassifier) over the gateway's own HTTP/1.1 transport
// (http::HttpClient, on this thread), and Eko's answer goes back to the
// counter verbatim.
//
// Money calls follow the ledger first: Initiate is forwarded only with the
// ticket Ledger::admitInitiate issued for its new row, so a reference the
// ledger knows is never forwarded again, whichever counter or gateway
// process sends it; refund likewise with Ledger::recordRefunding.
#pragma once

#include "eko/EkoClient.h"
#include "gateway/CounterAuth.h"
#include "gateway/ForwardRequest.h"
#include "gateway/GatewayConfig.h"
#include "gateway/GatewayMetrics.h"
#include "gateway/GatewayReplies.h"
#include "gateway/Ledger.h"
#include "gateway/LedgerThread.h"
#include "gateway/StatusPage.h"
#include "http/HttpListener.h"
#include "transfer/ReconcilerOptions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace counterdesk::http {
class HttpClient;
}

namespace counterdesk::gateway {

class GatewayServer : public QObject
{
    Q_OBJECT
public:
    GatewayServer(const GatewayConfig& config, http::HttpClient* network, QObject* parent = nullptr);
    ~GatewayServer() override;

    // The port listened on, or 0 (errorString() says why).
    quint16 listen(quint16 portOverride, bool overridePort);
    QString errorString() const { return m_error; }
    // The gateway asks Eko about its own open transfers (journal::Backoff).
    void startReconciling(int intervalMs);
    // Forgets the used signatures past the skew window now and once a minute.
    void startPruning();
    // Before the process exits (SIGTERM): no new connection, and the events
    // still in memory written. False when the database did not take them.
    bool shutDown();

private:
    using Reply = std::function<void(const http::HttpReply&)>;
    // A request's authentication and admission, decided on the admission
    // thread, with the Eko call its path asks for, and an Initiate's row.
    struct AdmittedRequest
    {
        AuthCheck auth;
        Admission admission = Admission::Error;
        ForwardRead read;                       // once authenticated
        std::optional<SubmitRecord> initiate;   // an admitted Initiate's (Ledger::admitInitiate)
        std::optional<LedgerTransfer> transfer; // what an admitted inquiry or refund is about, if known
    };

    void handle(const http::HttpRequest& request, QTcpSocket* socket);
    // The rest of a request, once its admission is decided; call: its name for the log and /metrics.
    void serveAdmitted(const CounterRow& counter, const QString& path, AdmittedRequest& admitted, Reply reply,
                       QString& call);
    void refuse(AuthRefusal refusal, const Reply& reply, QString& call);
    // An Initiate whose row admission decided: forwarded with its ticket, or answered.
    void initiate(const CounterRow& counter, const eko::WireRequest& wire, SubmitRecord record, Reply reply);
    // row: the transfer asked about, as admission read it (nullopt: unknown).
    void inquire(const CounterRow& counter, const eko::WireRequest& wire,
                 const std::optional<LedgerTransfer>& row, Reply reply);
    // transfer: the counter's own, as admission read it.
    void refund(const LedgerTransfer& transfer, const eko::WireRequest& wire, Reply reply);
    // Eko's answer to a money call (Initiate, refund) into its row with its
    // `answer` event, then to the counter.
    void recordMoneyAnswer(const LedgerTransfer& row, const LedgerAnswer& answer, const eko::Result& result,
                           Reply reply);
    void forward(const CounterRow& counter, const eko::WireRequest& wire, Reply reply);
    void reconcileDue();
    void inquireOpen(const QList<LedgerTransfer>& rows); // those due, of the ledger's open rows
    void pruneSignatures();                              // on m_events; a failure logged and counted
    http::HttpReply answerFor(const eko::Result& result);
    void queueAnswerEvent(const QString& counterId, const eko::Result& result);
    void writeEvents();    // the pending batch, on m_events
    bool writeEventsNow(); // as the process stops: false when the database did not take them

    GatewayConfig m_config;
    eko::EkoClient m_client;
    // The Eko paths, read by the admission thread too: never changed.
    std::shared_ptr<const eko::EndpointTable> m_endpoints;
    transfer::ReconcilerOptions m_reconcile; // when "not found" means FAILED (transfer::NeverCreated)
    LedgerThread m_admission; // each request's authentication, admission, Initiate row, inquiry's read
    LedgerThread m_money;     // money calls' answers, refunds' rows, the reconciler's: in order
    LedgerThread m_events;    // answer events' batches, pruning: never ahead of a money call
    LedgerThread m_operator;  // /healthz, /metrics and the status page: an operator's slow page waits alone
    http::HttpListener m_listener;
    GatewayMetrics m_metrics;
    std::shared_ptr<StatusPage> m_statusPage; // GET /, for the back office's admins: used on m_operator only
    QTimer m_reconcileTimer;
    QTimer m_pruneTimer;                // used signatures past the skew window (Ledger::pruneSignatures)
    QTimer m_eventFlush;                // m_pendingEvents, written a few milliseconds after the first
    QList<QJsonObject> m_pendingEvents; // answer events waiting for their batch (Ledger::pendingEvent)
    qsizetype m_eventsWriting = 0;      // events of batches given to m_events, not yet written
    QSet<qint64> m_inquiring;           // rows with an inquiry in flight from this process
    // Set as the process stops: a money call whose row the last jobs commit
    // is not sent any more, since its answer could no longer be recorded. It
    // is left as a crash between ledger and forward leaves it (the counter
    // hears nothing and inquires; Eko never had it).
    bool m_stopping = false;
    QString m_error;
};

} // namespace counterdesk::gateway
