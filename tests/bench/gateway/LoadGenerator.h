// LoadGenerator: an open-loop load of many counters' requests at a fixed rate
// (issue 11's gateway load benchmark).
//
// Open loop: request k leaves at start + k / rate whatever the earlier ones
// are doing, as independent shops do, so a slow server shows as latency and
// not as a politely lower rate. How late each request left its schedule is
// kept too (the generator's own delay on a busy machine).
//
// Every request is built and signed by the desktop app's own client code
// (eko::RequestBuilder, RequestAuthenticator): with a counter's id and secret
// for a gateway, with the partner's Eko keys straight to the sandbox, so the
// two runs differ only in who is between the counter and Eko.
//
// The mix, per simulated counter (round robin over the counters), of 20 slots:
// 9 Get Sender, 6 Get Recipients, 4 transaction inquiries (the counter's last
// transfer, or a reference nobody used), 1 transfer = Send Transaction OTP
// then, once the sandbox's OTP is read back (control endpoint, not timed),
// Initiate with a fresh client_ref_id. So 21 requests per 20 slots; about 5 %
// of the requests are Initiates. All on DigiKhata sender 9000000001, Rs 10.
// Every tenth Initiate is sent again, same client_ref_id, once answered.
#pragma once

#include "eko/EkoTypes.h"
#include "eko/EndpointTable.h"
#include "eko/RequestBuilder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

namespace counterdesk::bench {

struct LoadTarget
{
    QUrl apiBase;                     // http://127.0.0.1:PORT/ekoapi/v3 (gateway or sandbox)
    QList<eko::Credentials> counters; // how each simulated counter signs
    QUrl sandboxControl;              // http://127.0.0.1:PORT/sandbox/control/ (OTP read-back)
    // QNetworkAccessManagers the requests are spread over, round robin; each
    // opens at most kConnectionsPerNetwork to one host. 16 (96 connections)
    // keep requests from queueing inside the generator; a sixth of the
    // counters gives each counter about one connection, as separate shops hold.
    static constexpr int kConnectionsPerNetwork = 6; // Qt's limit per host for HTTP/1.1
    int networks = 16;
};

struct LoadPlan
{
    int requestsPerSecond = 500;
    int seconds = 60;
    quint32 seed = 11; // the mix is the same in every run with the same seed
    QString refPrefix; // starts every client_ref_id of this run
};

struct LoadSample
{
    eko::Call call = eko::Call::GetSender;
    qint64 latencyNs = 0;
    qint64 sentNs = 0;  // when it left, from the run's start
    int httpStatus = 0; // 0: no HTTP answer
    bool error = false; // no answer, or not the 200 every call of the mix gets from Eko
};

struct LoadRun
{
    std::vector<LoadSample> samples;
    std::vector<qint64> lagNs; // per request: left this much after its scheduled instant
    QStringList initiatedRefs;
    int unanswered = 0;             // still open when the run gave up waiting
    int initiatesSucceeded = 0;     // Eko said SUCCESS
    int initiatesRepeated = 0;      // sent again with the same client_ref_id
    QDateTime startedAtUtc;         // when the first request was due
    double wallSeconds = 0;         // first request to the last answer
    double generatorCpuSeconds = 0; // this process's user + system time meanwhile
};

class LoadGenerator : public QObject
{
    Q_OBJECT
public:
    explicit LoadGenerator(const LoadTarget& target);
    ~LoadGenerator() override;
    // Runs the plan in a local event loop; returns when every request was
    // answered, or 180 s after the last one left. The connections stay open
    // for the next run, as a warm-up's should: a run after it starts with
    // them, as counters that have been working do.
    LoadRun run(const LoadPlan& plan);

private:
    enum class Kind { GetSender, GetRecipients, Inquiry, Transfer };
    using Then = std::function<void(const eko::Result&)>;

    void tick();
    void fire(qint64 slot, Kind kind, qint64 nowNs);
    void send(int counter, const eko::WireRequest& wire, const Then& then);
    void readOtpThenInitiate(int counter, const QString& otpRefId);
    void initiate(int counter, const QString& otp, const QString& otpRefId);
    void finishOne();

    LoadTarget m_target;
    LoadPlan m_plan; // the run's
    eko::EndpointTable m_table;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    QNetworkAccessManager m_control;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    std::vector<Kind> m_kinds; // one per slot, drawn once from the seed
    qint64 m_nextSlot = 0;
    double m_slotIntervalNs = 0;
    qint64 m_sent = 0;
    int m_open = 0;
    int m_refSequence = 0;
    QHash<int, QString> m_lastRef; // counter -> its last client_ref_id
    LoadRun m_run;
    std::function<void()> m_allDone;
};

} // namespace counterdesk::bench
