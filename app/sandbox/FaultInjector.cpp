#include "FaultInjector.h"

#include <array>
#include <utility>

namespace counterdesk::sandbox {

namespace {

const std::array<std::pair<Fault, const char*>, 16> kNames{{
    {Fault::Delay, "delay"},
    {Fault::CommitThenDrop, "drop"},
    {Fault::CommitThenTimeout, "timeout"},
    {Fault::Http500Html, "http500"},
    {Fault::TruncatedJson, "truncated"},
    {Fault::Awaited, "awaited"},
    {Fault::RefundPending, "refund-pending"},
    {Fault::Http408, "http408"},
    {Fault::CommitThenHttp408, "commit_then_http408"},
    {Fault::Http429, "http429"},
    {Fault::CommitThenHttp429, "commit_then_http429"},
    {Fault::Proxy404, "proxy404"},
    {Fault::CommitThenProxy404, "commit_then_proxy404"},
    {Fault::Http502, "http502"},
    {Fault::CommitThenHttp502, "commit_then_http502"},
    {Fault::Proxy403, "proxy403"},
}};

} // namespace

bool FaultInjector::isOutcomeFault(Fault fault)
{
    return fault == Fault::Awaited || fault == Fault::RefundPending;
}

std::optional<http::HttpReply> FaultInjector::errorAnswer(Fault fault)
{
    switch (fault) {
    case Fault::Http500Html:
        return http::HttpReply::html500();
    case Fault::Http408:
    case Fault::CommitThenHttp408:
        return http::HttpReply::requestTimeout408();
    case Fault::Http429:
    case Fault::CommitThenHttp429:
        return http::HttpReply::tooManyRequests429(kRetryAfterSeconds);
    case Fault::Proxy404:
    case Fault::CommitThenProxy404:
        return http::HttpReply::proxyNotFound404();
    case Fault::Http502:
    case Fault::CommitThenHttp502:
        return http::HttpReply::badGateway502();
    case Fault::Proxy403:
        return http::HttpReply::proxyForbidden403();
    case Fault::None:
    case Fault::Delay:
    case Fault::CommitThenDrop:
    case Fault::CommitThenTimeout:
    case Fault::TruncatedJson:
    case Fault::Awaited:
    case Fault::RefundPending:
        break;
    }
    return std::nullopt;
}

bool FaultInjector::appliesCallFirst(Fault fault)
{
    return fault == Fault::CommitThenHttp408 || fault == Fault::CommitThenHttp429 ||
           fault == Fault::CommitThenProxy404 || fault == Fault::CommitThenHttp502;
}

QString FaultInjector::faultName(Fault fault)
{
    for (const auto& [value, name] : kNames) {
        if (value == fault)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

std::optional<Fault> FaultInjector::faultFromName(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    // Aliases so both the flag words and the enum names work.
    if (name == QLatin1String("refund_pending"))
        return Fault::RefundPending;
    if (name == QLatin1String("http_500") || name == QLatin1String("500"))
        return Fault::Http500Html;
    // drop and timeout always apply the call first; the long names say so
    // the way the error-answer faults do.
    if (name == QLatin1String("commit_then_drop"))
        return Fault::CommitThenDrop;
    if (name == QLatin1String("commit_then_timeout"))
        return Fault::CommitThenTimeout;
    return std::nullopt;
}

FaultInjector::Decision FaultInjector::take(const QString& callName)
{
    Decision decision;
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        const bool matches = it->callName == QLatin1String("*") || it->callName == callName;
        // Outcome faults only mean something to Initiate Transaction; a "*"
        // awaited rule must not be used up by a Get Sender.
        const bool outcome = isOutcomeFault(it->fault);
        const bool applicable =
            matches && it->fault != Fault::None &&
            (outcome ? callName == QLatin1String(CallName::InitiateTransaction) && !decision.outcome
                     : !decision.transport);
        if (!applicable) {
            ++it;
            continue;
        }
        (outcome ? decision.outcome : decision.transport) = *it;
        if (it->times > 0 && --it->times == 0)
            it = m_rules.erase(it);
        else
            ++it;
    }
    return decision;
}

std::optional<FaultRule> FaultInjector::parseSpec(const QString& spec, QString* error)
{
    const qsizetype colon = spec.indexOf(u':');
    if (colon <= 0) {
        *error = QStringLiteral("fault \"%1\": expected CALL:KIND[=MS][/TIMES]").arg(spec);
        return std::nullopt;
    }
    FaultRule rule;
    rule.callName = spec.left(colon);
    QString rest = spec.mid(colon + 1);
    bool ok = true;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        rule.times = rest.mid(slash + 1).toInt(&ok);
        rest.truncate(slash);
        if (!ok || rule.times <= 0) {
            *error = QStringLiteral("fault \"%1\": TIMES must be a positive number").arg(spec);
            return std::nullopt;
        }
    }
    int ms = 0;
    if (const qsizetype eq = rest.indexOf(u'='); eq >= 0) {
        ms = rest.mid(eq + 1).toInt(&ok);
        rest.truncate(eq);
        if (!ok || ms < 0) {
            *error = QStringLiteral("fault \"%1\": MS must be a number of milliseconds").arg(spec);
            return std::nullopt;
        }
    }
    const std::optional<Fault> fault = faultFromName(rest);
    if (!fault) {
        *error = QStringLiteral("fault \"%1\": unknown kind \"%2\"").arg(spec, rest);
        return std::nullopt;
    }
    rule.fault = *fault;
    rule.delayMs = *fault == Fault::Delay ? ms : 0;
    rule.settleMs = *fault == Fault::Awaited ? ms : 0;
    return rule;
}

std::optional<FaultRule> FaultInjector::fromJson(const QJsonObject& json, QString* error)
{
    FaultRule rule;
    rule.callName = json.value(QStringLiteral("call")).toString(QStringLiteral("*"));
    const QString name = json.value(QStringLiteral("fault")).toString();
    const std::optional<Fault> fault = faultFromName(name);
    if (!fault) {
        *error = QStringLiteral("unknown fault \"%1\"").arg(name);
        return std::nullopt;
    }
    rule.fault = *fault;
    rule.delayMs = static_cast<int>(json.value(QStringLiteral("delay_ms")).toInteger(0));
    rule.settleMs = static_cast<int>(json.value(QStringLiteral("settle_ms")).toInteger(0));
    rule.times = static_cast<int>(json.value(QStringLiteral("times")).toInteger(-1));
    return rule;
}

QJsonObject FaultInjector::toJson(const FaultRule& rule)
{
    return QJsonObject{{QStringLiteral("call"), rule.callName},
                       {QStringLiteral("fault"), faultName(rule.fault)},
                       {QStringLiteral("delay_ms"), rule.delayMs},
                       {QStringLiteral("settle_ms"), rule.settleMs},
                       {QStringLiteral("times"), rule.times}};
}

} // namespace counterdesk::sandbox
