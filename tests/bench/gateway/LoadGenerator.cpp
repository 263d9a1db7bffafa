#include "LoadGenerator.h"

#include "eko/RequestBuilder.h"
#include "eko/ResponseClassifier.h"
#include "money/Money.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <algorithm>
#include <sys/resource.h>

namespace counterdesk::bench {

namespace {

// The seeded DigiKhata sender with a balance, and its registered recipient
// (resources/sandbox/seed.json); Rs 10 + Rs 4 fee a transfer.
const QString kSender = QStringLiteral("9000000001");
constexpr qint64 kRecipient = 10017680;
constexpr qint64 kRupees = 10;

constexpr int kDrainMs = 180000; // a saturated server may still be working off its backlog

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

LoadGenerator::LoadGenerator(const LoadTarget& target)
    : m_target(target)
    , m_table(eko::EndpointTable::builtIn())
{
    m_table.setBaseUrl(m_target.apiBase);
    for (int i = 0; i < std::max(1, m_target.networks); ++i)
        m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(1);
    connect(&m_ticker, &QTimer::timeout, this, &LoadGenerator::tick);
}

LoadGenerator::~LoadGenerator() = default;

LoadRun LoadGenerator::run(const LoadPlan& plan)
{
    m_plan = plan;
    // 20 slots make 21 requests (a transfer is two): slots come a little
    // slower than the requests-per-second asked for.
    m_slotIntervalNs = 1e9 * 21.0 / (20.0 * m_plan.requestsPerSecond);
    const qint64 slots = qint64(double(m_plan.seconds) * 1e9 / m_slotIntervalNs);
    QRandomGenerator draw(m_plan.seed);
    m_kinds.clear();
    m_kinds.reserve(size_t(slots));
    for (qint64 i = 0; i < slots; ++i) {
        const quint32 d = draw.bounded(20u);
        m_kinds.push_back(d < 9    ? Kind::GetSender
                          : d < 15 ? Kind::GetRecipients
                          : d < 19 ? Kind::Inquiry
                                   : Kind::Transfer);
    }
    m_nextSlot = 0;
    QEventLoop loop;
    QTimer drain;
    drain.setSingleShot(true);
    connect(&drain, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_allDone = [&] {
        if (m_nextSlot == qint64(m_kinds.size()) && !drain.isActive())
            drain.start(kDrainMs);
        if (m_nextSlot == qint64(m_kinds.size()) && m_open == 0)
            loop.quit();
    };
    m_run = {};
    m_run.samples.reserve(m_kinds.size() * 21 / 20 + 16);
    m_run.lagNs.reserve(m_kinds.size());
    const double cpuBefore = processCpuSeconds();
    m_clock.start();
    m_run.startedAtUtc = QDateTime::currentDateTimeUtc();
    m_ticker.start();
    tick();
    loop.exec();
    m_ticker.stop();
    m_run.wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_run.generatorCpuSeconds = processCpuSeconds() - cpuBefore;
    m_run.unanswered = m_open;
    m_allDone = nullptr;
    return m_run;
}

void LoadGenerator::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    while (m_nextSlot < qint64(m_kinds.size()) && qint64(double(m_nextSlot) * m_slotIntervalNs) <= now) {
        fire(m_nextSlot, m_kinds[size_t(m_nextSlot)], now);
        ++m_nextSlot;
    }
    if (m_nextSlot == qint64(m_kinds.size())) {
        m_ticker.stop();
        if (m_allDone)
            m_allDone();
    }
}

void LoadGenerator::fire(qint64 slot, Kind kind, qint64 nowNs)
{
    m_run.lagNs.push_back(nowNs - qint64(double(slot) * m_slotIntervalNs));
    const int counter = int(slot % m_target.counters.size());
    const eko::RequestBuilder builder(m_table, m_target.counters.at(counter));
    switch (kind) {
    case Kind::GetSender:
        send(counter, builder.build(eko::GetSenderRequest{Rail::DigiKhata, kSender}), {});
        return;
    case Kind::GetRecipients:
        send(counter, builder.build(eko::GetRecipientsRequest{Rail::DigiKhata, kSender, {}}), {});
        return;
    case Kind::Inquiry: {
        // Its own last transfer, as a counter asks after one; before any, a
        // reference nobody used (the gateway answers that from its ledger).
        const QString ref = m_lastRef.value(counter, m_plan.refPrefix + QStringLiteral("N%1").arg(counter));
        send(counter, builder.build(eko::TransactionInquiryRequest::byClientRefId(Rail::DigiKhata, ref)), {});
        return;
    }
    case Kind::Transfer: {
        eko::SendTransactionOtpRequest otp;
        otp.rail = Rail::DigiKhata;
        otp.customerId = kSender;
        otp.recipientId = kRecipient;
        otp.amount = Money::fromRupees(kRupees);
        send(counter, builder.build(otp), [this, counter](const eko::Result& r) {
            if (r.outcome == eko::Outcome::Success && !r.otpRefId.isEmpty())
                readOtpThenInitiate(counter, r.otpRefId);
        });
        return;
    }
    }
}

void LoadGenerator::send(int counter, const eko::WireRequest& wire, const Then& then)
{
    const eko::RequestBuilder builder(m_table, m_target.counters.at(counter));
    const QByteArray body = eko::RequestBuilder::serialise(wire);
    const QNetworkRequest request = builder.networkRequest(wire, body, QDateTime::currentMSecsSinceEpoch());
    QNetworkAccessManager* network = m_networks[size_t(m_sent++) % m_networks.size()].get();
    const qint64 sentNs = m_clock.nsecsElapsed();
    QNetworkReply* reply = wire.isGet() ? network->get(request) : network->post(request, body);
    ++m_open;
    const eko::Call call = wire.call;
    const eko::Rail rail = wire.rail;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentNs, call, rail, then] {
        LoadSample sample;
        sample.call = call;
        sample.latencyNs = m_clock.nsecsElapsed() - sentNs;
        sample.sentNs = sentNs;
        sample.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        eko::Result result;
        result.call = call;
        result.rail = rail;
        if (sample.httpStatus > 0)
            eko::ResponseClassifier::classifyAnswer(result, sample.httpStatus, reply->readAll());
        sample.error = sample.httpStatus != 200;
        m_run.samples.push_back(sample);
        reply->deleteLater();
        if (call == eko::Call::InitiateTransaction && result.outcome == eko::Outcome::Success)
            ++m_run.initiatesSucceeded;
        if (then)
            then(result);
        finishOne();
    });
}

void LoadGenerator::readOtpThenInitiate(int counter, const QString& otpRefId)
{
    // This session's own OTP, by its reference: every counter sends for the
    // same sender, so "the last OTP" would often be another counter's.
    QUrl url = m_target.sandboxControl.resolved(QUrl(QStringLiteral("otp")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ref"), otpRefId);
    url.setQuery(query);
    QNetworkReply* reply = m_control.get(QNetworkRequest(url));
    ++m_open;
    connect(reply, &QNetworkReply::finished, this, [this, reply, counter, otpRefId] {
        const QString otp =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("otp")).toString();
        reply->deleteLater();
        initiate(counter, otp, otpRefId);
        finishOne();
    });
}

void LoadGenerator::initiate(int counter, const QString& otp, const QString& otpRefId)
{
    const eko::RequestBuilder builder(m_table, m_target.counters.at(counter));
    eko::InitiateTransactionRequest r;
    r.rail = Rail::DigiKhata;
    r.clientRefId = m_plan.refPrefix + QString::number(++m_refSequence);
    r.customerId = kSender;
    r.recipientId = kRecipient;
    r.amount = Money::fromRupees(kRupees);
    r.otp = otp;
    r.otpRefId = otpRefId;
    r.latlong = QStringLiteral("28.63,77.22");
    m_lastRef.insert(counter, r.clientRefId);
    m_run.initiatedRefs.append(r.clientRefId);
    const eko::WireRequest wire = builder.build(r, QDateTime::currentMSecsSinceEpoch());
    // Every tenth transfer's counter sends its Initiate again once answered
    // (a faulty counter, a double click): a gateway must answer it from the
    // ledger and never forward it a second time.
    Then retry;
    if (m_refSequence % 10 == 0)
        retry = [this, counter, wire](const eko::Result&) {
            ++m_run.initiatesRepeated;
            send(counter, wire, {});
        };
    send(counter, wire, retry);
}

void LoadGenerator::finishOne()
{
    --m_open;
    if (m_allDone)
        m_allDone();
}

} // namespace counterdesk::bench
