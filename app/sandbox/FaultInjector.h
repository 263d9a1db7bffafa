// FaultInjector: decides which injected fault, if any, hits a call.
//
// Faults come in two kinds that can combine on one call: a transport fault
// (delay, drop, time-out, an error answer, truncated JSON) changes how the
// answer travels; an outcome fault (awaited, refund pending) changes what an
// Initiate Transaction does. Rules are matched in the order added; a rule
// with `times` stops after that many hits.
//
// Error answers are named KIND (sent instead of applying the call: Eko did
// not act) and commit_then_KIND (the call is applied, then KIND is sent):
// a client must not tell the two apart from the answer, only by inquiry.
#pragma once

#include "SandboxTypes.h"
#include "http/HttpReply.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace counterdesk::sandbox {

class FaultInjector
{
public:
    struct Decision
    {
        std::optional<FaultRule> transport;
        std::optional<FaultRule> outcome;
    };

    void add(const FaultRule& rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    const QList<FaultRule>& rules() const { return m_rules; }

    // Picks (and counts down) the faults for one arriving call.
    Decision take(const QString& callName);

    static bool isOutcomeFault(Fault fault);
    // The error answer a fault sends in place of the call's own answer
    // (HTTP 500/408/429/502, a proxy's 403/404), or nothing for the others.
    static std::optional<http::HttpReply> errorAnswer(Fault fault);
    // True for the commit_then_* error answers: the call is applied, then
    // the error answer is sent instead of the call's own.
    static bool appliesCallFirst(Fault fault);
    // What the 429 faults put in Retry-After.
    static constexpr int kRetryAfterSeconds = 2;
    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString& name);

    // Command-line form: CALL:KIND[=MS][/TIMES], e.g.
    // "initiate_transaction:drop/1", "*:delay=2000", "initiate_transaction:awaited=30000",
    // "initiate_transaction:commit_then_http502/1".
    static std::optional<FaultRule> parseSpec(const QString& spec, QString* error);
    // Control-endpoint form: {"call", "fault", "delay_ms", "settle_ms", "times"}.
    static std::optional<FaultRule> fromJson(const QJsonObject& json, QString* error);
    static QJsonObject toJson(const FaultRule& rule);

private:
    QList<FaultRule> m_rules;
};

} // namespace counterdesk::sandbox
