#include "cli/CheckConnectionCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "domain/ClientRefId.h"
#include "eko/EkoClient.h"
#include "eko/PendingCall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace counterdesk::cli {
namespace {

bool isNetworkTrouble(eko::Reason reason)
{
    switch (reason) {
    case eko::Reason::Timeout:
    case eko::Reason::ConnectionFailed:
    case eko::Reason::ConnectionClosed:
    case eko::Reason::TlsError:
    case eko::Reason::HttpServerError:
    case eko::Reason::HttpTooManyRequests:
    case eko::Reason::HttpUnexpected:
    case eko::Reason::UnparseableResponse:
    case eko::Reason::Aborted:
        return true;
    default:
        return false;
    }
}

// REFERENCE.md §2.1's ranked causes of a 403, in plain words, with the clock
// moved to the front when the Date header showed this PC is off.
QStringList forbiddenCauses(const profile::ConnectionProfile& p, qint64 offsetMs, bool skewLarge)
{
    QStringList causes;
    const QString clock =
        QCoreApplication::translate(
            "CheckConnectionCommand",
            "This PC's clock: the server's Date header says it is %1 seconds %2. Eko refuses a "
            "signature made with the wrong time; set the clock to update automatically.")
            .arg(qAbs(offsetMs) / 1000)
            .arg(offsetMs > 0 ? QCoreApplication::translate("CheckConnectionCommand", "slow")
                              : QCoreApplication::translate("CheckConnectionCommand", "fast"));
    if (skewLarge)
        causes << clock;
    causes << QCoreApplication::translate(
        "CheckConnectionCommand",
        "IP allow-list: Eko answers only allow-listed (static, Indian) server IPs. A counter PC's "
        "changing IP cannot be allow-listed; production needs a partner server (REFERENCE.md §2.4).");
    causes << QCoreApplication::translate(
        "CheckConnectionCommand",
        "Key: the developer key or access key is wrong, inactive, or not issued for this environment.");
    causes << (p.kind == profile::ProfileKind::Uat
                   ? QCoreApplication::translate(
                         "CheckConnectionCommand",
                         "Environment mix-up: this profile is UAT (%1); production keys do not work there.")
                         .arg(p.baseUrl.host())
                   : QCoreApplication::translate(
                         "CheckConnectionCommand",
                         "Environment mix-up: UAT keys do not work against production (%1), nor the reverse.")
                         .arg(p.baseUrl.host()));
    causes << QCoreApplication::translate(
        "CheckConnectionCommand",
        "A proxy in between may drop the developer_key header (underscores in header names).");
    if (!skewLarge)
        causes << QCoreApplication::translate(
                      "CheckConnectionCommand",
                      "Clock: off by %1 ms as far as the server's Date header shows, which looks fine.")
                      .arg(offsetMs);
    return causes;
}

} // namespace

int CheckConnectionCommand::run(CliContext& context)
{
    if (const int code = context.connect(); code != ExitOk)
        return code;
    const profile::ConnectionProfile& p = context.profile();
    const QUrl base = context.client()->config().endpoints.baseUrl();
    // A ref nobody used: the answer is "not found", which proves the
    // signature was accepted without moving money or sending an SMS.
    const QString probeRef = QStringLiteral("cdcheck") + ClientRefId::generate().right(12);
    const eko::Result result = context.wait(context.client()->transactionInquiry(
        eko::TransactionInquiryRequest::byClientRefId(p.rail, probeRef)));
    const qint64 offsetMs = context.client()->clockOffsetMs();
    const bool skewLarge = context.client()->clockSkewIsLarge();

    const bool forbidden = result.reason == eko::Reason::HttpForbidden;
    const bool network = result.httpStatus == 0 || isNetworkTrouble(result.reason);
    const bool accepted = !forbidden && !network && result.httpStatus > 0 && result.httpStatus < 400;
    QStringList advice;
    if (forbidden)
        advice = forbiddenCauses(p, offsetMs, skewLarge);
    else if (network)
        advice << CliText::reason(result.reason);
    else if (skewLarge)
        advice << QCoreApplication::translate(
                      "CheckConnectionCommand",
                      "The signature was accepted, but this PC's clock is %1 seconds off; fix it before Eko "
                      "starts "
                      "refusing.")
                      .arg(qAbs(offsetMs) / 1000);

    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("profile"), p.name},
            {QStringLiteral("base_url"), base.toString()},
            {QStringLiteral("http_status"), result.httpStatus},
            {QStringLiteral("reachable"), !network},
            {QStringLiteral("signature_accepted"), accepted},
            {QStringLiteral("clock_offset_ms"), offsetMs},
            {QStringLiteral("clock_skew_large"), skewLarge},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("advice"), QJsonArray::fromStringList(advice)},
        });
    } else {
        context.out() << QCoreApplication::translate("CheckConnectionCommand", "Profile %1, %2")
                             .arg(p.name, base.toString())
                      << '\n';
        if (accepted)
            context.out() << QCoreApplication::translate(
                                 "CheckConnectionCommand",
                                 "OK: the server answered (HTTP %1) and accepted the signature.")
                                 .arg(result.httpStatus)
                          << '\n';
        else if (forbidden)
            context.out() << QCoreApplication::translate(
                                 "CheckConnectionCommand",
                                 "Refused: HTTP 403 Forbidden. Most likely causes, first to last:")
                          << '\n';
        else
            context.out() << QCoreApplication::translate("CheckConnectionCommand", "Not reachable:") << '\n';
        context.out() << QCoreApplication::translate("CheckConnectionCommand",
                                                     "Clock offset seen in the Date header: %1 ms")
                             .arg(offsetMs)
                      << '\n';
        for (qsizetype i = 0; i < advice.size(); ++i)
            context.out() << "  " << (i + 1) << ". " << advice.at(i) << '\n';
        context.out().flush();
    }
    if (accepted)
        return ExitOk;
    return forbidden ? ExitRefused : ExitUnknownOutcome;
}

} // namespace counterdesk::cli
