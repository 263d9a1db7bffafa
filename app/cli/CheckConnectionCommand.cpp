#include "cli/CheckConnectionCommand.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "eko/EkoClient.h"
#include "profile/ConnectionCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace counterdesk::cli {
namespace {

using Status = profile::ConnectionCheckResult::Status;

// REFERENCE.md §2.1's ranked causes of a 403 (ConnectionCheck orders them),
// in plain words.
QStringList forbiddenCauses(const profile::ConnectionCheckResult& result)
{
    const profile::ConnectionProfile& p = result.profile;
    const qint64 offsetMs = result.clockOffsetMs;
    QStringList causes;
    for (const profile::ForbiddenCause cause : profile::ConnectionCheck::forbiddenCauses(result)) {
        switch (cause) {
        case profile::ForbiddenCause::ClockOff:
            causes << QCoreApplication::translate(
                          "CheckConnectionCommand",
                          "This PC's clock: the server's Date header says it is %1 seconds %2. Eko refuses a "
                          "signature made with the wrong time; set the clock to update automatically.")
                          .arg(qAbs(offsetMs) / 1000)
                          .arg(offsetMs > 0 ? QCoreApplication::translate("CheckConnectionCommand", "slow")
                                            : QCoreApplication::translate("CheckConnectionCommand", "fast"));
            break;
        case profile::ForbiddenCause::IpAllowList:
            causes << QCoreApplication::translate(
                "CheckConnectionCommand",
                "IP allow-list: Eko answers only allow-listed (static, Indian) server IPs. A counter PC's "
                "changing IP cannot be allow-listed; production needs a partner server (REFERENCE.md §2.4).");
            break;
        case profile::ForbiddenCause::Keys:
            causes << QCoreApplication::translate("CheckConnectionCommand",
                                                  "Key: the developer key or access key is wrong, inactive, "
                                                  "or not issued for this environment.");
            break;
        case profile::ForbiddenCause::Environment:
            causes << (p.kind == ProfileKind::Uat
                           ? QCoreApplication::translate("CheckConnectionCommand",
                                                         "Environment mix-up: this profile is UAT (%1); "
                                                         "production keys do not work there.")
                                 .arg(p.baseUrl.host())
                           : QCoreApplication::translate("CheckConnectionCommand",
                                                         "Environment mix-up: UAT keys do not work against "
                                                         "production (%1), nor the reverse.")
                                 .arg(p.baseUrl.host()));
            break;
        case profile::ForbiddenCause::ProxyDropsHeader:
            causes << QCoreApplication::translate(
                "CheckConnectionCommand",
                "A proxy in between may drop the developer_key header (underscores in header names).");
            break;
        case profile::ForbiddenCause::GatewayRefusedCounter:
            causes << CliText::gatewayRefusal(result.gatewayRefusal == eko::GatewayRefusal::None
                                                  ? eko::GatewayRefusal::Other
                                                  : result.gatewayRefusal);
            break;
        case profile::ForbiddenCause::ClockLooksFine:
            causes << QCoreApplication::translate(
                          "CheckConnectionCommand",
                          "Clock: off by %1 ms as far as the server's Date header shows, which looks fine.")
                          .arg(offsetMs);
            break;
        }
    }
    return causes;
}

} // namespace

int CheckConnectionCommand::run(CliContext& context)
{
    if (const int code = context.connect(); code != ExitOk)
        return code;
    const profile::ConnectionProfile& p = context.profile();
    const QUrl base = context.client()->config().endpoints.baseUrl();
    profile::ConnectionCheck check;
    std::optional<profile::ConnectionCheckResult> checked;
    QObject::connect(&check, &profile::ConnectionCheck::finished, &check,
                     [&checked](const profile::ConnectionCheckResult& r) { checked = r; });
    check.start(p, context.client());
    context.waitUntil([&checked] { return checked.has_value(); });
    const profile::ConnectionCheckResult result = checked.value_or(profile::ConnectionCheckResult{});
    const qint64 offsetMs = result.clockOffsetMs;
    const bool skewLarge = result.clockSkewLarge;

    const bool forbidden = result.status == Status::Forbidden;
    const bool network = result.status == Status::Unreachable || result.status == Status::NotConfigured;
    const bool accepted = result.status == Status::Accepted;
    QStringList advice;
    if (forbidden)
        advice = forbiddenCauses(result);
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
            {QStringLiteral("message"), result.serverMessage},
            {QStringLiteral("gateway_error"), eko::gatewayRefusalName(result.gatewayRefusal)},
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
