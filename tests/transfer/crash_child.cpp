// transfer_crash_child: a counter that dies at the worst moment.
//
// Runs a TransferSession against a sandbox (base URL on the command line)
// with the journal in a directory, up to confirmAndSend(), prints
// "SUBMITTED <client_ref_id>" as soon as the SUBMITTING row is committed and
// the Initiate is on its way, and then waits to be killed by the test
// (tst_crashsafety). OTPs are read from the sandbox's control endpoint, as
// the customer's phone would show them.
#include "eko/EkoClient.h"
#include "journal/Journal.h"
#include "transfer/Reconciler.h"
#include "transfer/TransferSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <cstdio>

using namespace counterdesk;
using namespace counterdesk::transfer;

namespace {

QNetworkAccessManager* g_network = nullptr;
QUrl g_control;

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 15000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

QString otpFor(const QString& mobile, const QString& purpose)
{
    QUrl url = g_control.resolved(QUrl(QStringLiteral("otp")));
    url.setQuery(QUrlQuery{{QStringLiteral("mobile"), mobile}, {QStringLiteral("purpose"), purpose}});
    QNetworkReply* reply = g_network->get(QNetworkRequest(url));
    waitUntil([reply] { return reply->isFinished(); });
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o.value(QStringLiteral("otp")).toString();
}

int fail(const char* step)
{
    std::fprintf(stdout, "FAILED %s\n", step);
    std::fflush(stdout);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: transfer_crash_child BASE_URL JOURNAL_DIR MOBILE RECIPIENT_ID RUPEES\n");
        return 1;
    }
    const QUrl base(args.at(1));
    const QString mobile = args.at(3);
    const qint64 recipientId = args.at(4).toLongLong();
    const Money amount = Money::fromRupees(args.at(5).toLongLong());
    g_control = QUrl(base.toString(QUrl::RemovePath) + QStringLiteral("/sandbox/control/"));

    QNetworkAccessManager network;
    g_network = &network;
    eko::ClientConfig config;
    config.endpoints.setBaseUrl(base);
    config.credentials = {QStringLiteral("becbbce45f79c6f5109f848acd540567"),
                          QByteArray("d2fe1d99-6298-4af2-8cc5-d97dcf46df30"), QStringLiteral("9962981729"),
                          QStringLiteral("20810200")};
    eko::EkoClient client(&network, config);
    journal::Journal journal;
    if (!journal.open(args.at(2)).ok())
        return fail("journal");

    Reconciler reconciler(&client, &journal);
    TransferSession s(&client, &journal, &reconciler, SessionOptions{});
    auto idle = [&s] {
        return waitUntil([&s] { return !s.isBusy(); });
    };
    if (!s.lookUpSender(mobile) || !idle() || s.state() != TransferSession::State::SenderOtp)
        return fail("get_sender");
    if (!s.verifySenderOtp(otpFor(mobile, QStringLiteral("sender"))) || !idle() ||
        s.state() != TransferSession::State::Recipients)
        return fail("verify_sender_otp");
    if (!s.chooseRecipient(recipientId) || !idle() || s.state() != TransferSession::State::Amount)
        return fail("recipient");
    if (s.setAmount(amount, eko::Channel::Imps) != AmountCheck::Ok || !s.requestTransactionOtp() || !idle() ||
        s.state() != TransferSession::State::TransactionOtp)
        return fail("send_transaction_otp");
    if (!s.setTransactionOtp(otpFor(mobile, QStringLiteral("transaction"))))
        return fail("otp");
    if (s.confirmAndSend() != TransferSession::SendResult::Sent)
        return fail("confirm");
    // The row is durable (recordSubmitting returned) and the POST is queued.
    std::fprintf(stdout, "SUBMITTED %s\n", qPrintable(s.transfer()->clientRefId));
    std::fflush(stdout);
    // Wait to be killed; never exit on our own before the test's deadline.
    QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
