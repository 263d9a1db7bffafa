#include "ConnectionTestText.h"

#include "text/GatewayRefusalText.h"

namespace counterdesk::ui {

using Status = profile::ConnectionCheckResult::Status;

QString ConnectionTestText::describe(const profile::ConnectionCheckResult& result)
{
    QString text = headline(result);
    const QStringList items = advice(result);
    for (qsizetype i = 0; i < items.size(); ++i)
        text += QLatin1Char('\n') % QString::number(i + 1) % QStringLiteral(". ") % items.at(i);
    if (!result.serverMessage.isEmpty())
        text += QLatin1Char('\n') % tr("The server said: %1").arg(result.serverMessage);
    return text;
}

MessageWidget::Type ConnectionTestText::messageType(const profile::ConnectionCheckResult& result)
{
    switch (result.status) {
    case Status::Accepted:
        return result.clockSkewLarge ? MessageWidget::Type::Warning : MessageWidget::Type::Positive;
    case Status::Forbidden:
    case Status::Unreachable:
    case Status::HttpError:
    case Status::NotConfigured:
        return MessageWidget::Type::Error;
    }
    return MessageWidget::Type::Error;
}

QString ConnectionTestText::configError(profile::ClientConfigError error)
{
    switch (error) {
    case profile::ClientConfigError::None:
        return {};
    case profile::ClientConfigError::NoBaseUrl:
        return tr("This profile has no server address. Type the base URL Eko gave you.");
    case profile::ClientConfigError::InsecureUrl:
        return tr("The server address must start with https://. Keys and customer details would cross "
                  "the network readable by anyone in between; only this PC itself (127.0.0.1) may use "
                  "http://.");
    case profile::ClientConfigError::BadEndpointsFile:
        return tr("The endpoint table file cannot be read or is not a valid table.");
    case profile::ClientConfigError::NoCredentials:
        return tr("The developer key and the access key are needed. Type them, then test again.");
    case profile::ClientConfigError::NoCounterId:
        return tr("Type the counter ID the gateway's administrator gave you.");
    case profile::ClientConfigError::NoCounterSecret:
        return tr("The counter secret is needed. Type the secret the gateway's administrator gave you, "
                  "then test again.");
    case profile::ClientConfigError::BadCaFile:
        return tr("The CA certificate file cannot be read or holds no PEM certificate. Choose the file "
                  "your partner gave you, or leave the field empty.");
    }
    return {};
}

QString ConnectionTestText::headline(const profile::ConnectionCheckResult& result)
{
    switch (result.status) {
    case Status::Accepted:
        return tr("Connected: the server answered and accepted the signature.");
    case Status::Forbidden:
        return tr("Refused: the server answered 403 Forbidden. Most likely causes, first to last:");
    case Status::Unreachable:
        return tr("The server could not be reached.");
    case Status::HttpError:
        return tr("The server answered HTTP %1. Check the base URL and the endpoint table.")
            .arg(result.httpStatus);
    case Status::NotConfigured:
        return configError(result.configError);
    }
    return {};
}

QStringList ConnectionTestText::advice(const profile::ConnectionCheckResult& result)
{
    switch (result.status) {
    case Status::Accepted:
        if (result.clockSkewLarge)
            return {tr("But this PC's clock is off. %1").arg(clockText(result.clockOffsetMs))};
        return {};
    case Status::Forbidden:
        return forbiddenCauses(result);
    case Status::Unreachable:
        switch (result.reason) {
        case eko::Reason::Timeout:
            return {tr("No answer in time. Check the internet connection, then try again.")};
        case eko::Reason::TlsError:
            return {tr("The secure connection failed (certificate). Check the PC's date and the address; "
                       "CounterDesk never ignores this.")};
        case eko::Reason::HttpServerError:
        case eko::Reason::HttpTooManyRequests:
            return {tr("The server is busy or failing (HTTP %1). Try again in a few minutes.")
                        .arg(result.httpStatus)};
        default:
            return {tr("Check the internet connection and the base URL.")};
        }
    case Status::HttpError:
    case Status::NotConfigured:
        return {};
    }
    return {};
}

QStringList ConnectionTestText::forbiddenCauses(const profile::ConnectionCheckResult& result)
{
    QStringList causes;
    for (const profile::ForbiddenCause cause : profile::ConnectionCheck::forbiddenCauses(result)) {
        switch (cause) {
        case profile::ForbiddenCause::ClockOff:
            causes << tr("The clock: %1").arg(clockText(result.clockOffsetMs));
            break;
        case profile::ForbiddenCause::IpAllowList:
            causes << tr(
                "The IP allow-list: Eko answers only allow-listed, static server addresses in India. "
                "A counter PC's changing address cannot be allow-listed; production needs a partner "
                "server.");
            break;
        case profile::ForbiddenCause::Keys:
            causes << tr(
                "The keys: the developer key or the access key is wrong, inactive, or not issued for "
                "this environment.");
            break;
        case profile::ForbiddenCause::Environment:
            if (result.profile.kind == ProfileKind::Production)
                causes << tr("The environment: UAT (test) keys do not work against production (%1).")
                              .arg(result.profile.baseUrl.host());
            else
                causes << tr("The environment: production keys do not work against UAT or the sandbox (%1), "
                             "nor the reverse.")
                              .arg(result.profile.isTraining() ? tr("training")
                                                               : result.profile.baseUrl.host());
            break;
        case profile::ForbiddenCause::ProxyDropsHeader:
            causes << tr("A proxy: a proxy server between this PC and Eko may drop the developer key "
                         "(its header name has an underscore).");
            break;
        case profile::ForbiddenCause::GatewayRefusedCounter:
            causes << GatewayRefusalText::describe(result.gatewayRefusal == eko::GatewayRefusal::None
                                                       ? eko::GatewayRefusal::Other
                                                       : result.gatewayRefusal);
            break;
        case profile::ForbiddenCause::ClockLooksFine:
            causes << tr("The clock looks fine: %1").arg(clockText(result.clockOffsetMs));
            break;
        }
    }
    return causes;
}

QString ConnectionTestText::clockText(qint64 offsetMs)
{
    const qint64 seconds = qAbs(offsetMs) / 1000;
    if (seconds == 0)
        return tr("the server's clock and this PC's agree to within a second.");
    // offset = server - PC: a positive offset means this PC is behind.
    return offsetMs > 0 ? tr("this PC's clock is %n second(s) slow compared with the server's Date header. "
                             "Set the clock to update automatically.",
                             nullptr, int(seconds))
                        : tr("this PC's clock is %n second(s) fast compared with the server's Date header. "
                             "Set the clock to update automatically.",
                             nullptr, int(seconds));
}

} // namespace counterdesk::ui
