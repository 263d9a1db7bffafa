// FaultInjector: decides which injected fault, if any, hits a call.
//
// Faults come in two kinds that can combine on one call: a transport fault
// (delay, drop, time-out, HTTP 500, truncated JSON) changes how the answer
// travels; an outcome fault (awaited, refund pending) changes what an
// Initiate Transaction does. Rules are matched in the order added; a rule
// with `times` stops after that many hits.
#pragma once

#include "SandboxTypes.h"

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
    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString& name);

    // Command-line form: CALL:KIND[=MS][/TIMES], e.g.
    // "initiate_transaction:drop/1", "*:delay=2000", "initiate_transaction:awaited=30000".
    static std::optional<FaultRule> parseSpec(const QString& spec, QString* error);
    // Control-endpoint form: {"call", "fault", "delay_ms", "settle_ms", "times"}.
    static std::optional<FaultRule> fromJson(const QJsonObject& json, QString* error);
    static QJsonObject toJson(const FaultRule& rule);

private:
    QList<FaultRule> m_rules;
};

} // namespace counterdesk::sandbox
