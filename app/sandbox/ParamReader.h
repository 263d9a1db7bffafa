// ParamReader: reads a call's parameters and checks their JSON types the
// way Eko's validator does, collecting {field: message} for invalid_params.
//
// Types matter because the client must send what the spec says (amount and
// recipient_id as JSON integers, mobiles and ids as strings): a client that
// sends "110" instead of 110 must find out here, not on production.
// GET parameters come from the query string, where everything is text, so
// there only presence and format are checked.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace counterdesk::sandbox {

class ParamReader
{
public:
    enum Need { Optional, Required };

    ParamReader(QJsonObject params, bool fromQuery);

    bool has(const QString& name) const;
    QString string(const QString& name, Need need);
    // A string of digits that is a 10-digit Indian mobile (starts 6-9).
    QString mobile(const QString& name, Need need);
    std::optional<qint64> integer(const QString& name, Need need);
    // A string or an integer (Eko's own samples disagree, e.g. service_code).
    QString stringOrInteger(const QString& name, Need need);
    // A string, or JSON null (beneficiary_id may be null).
    QString nullableString(const QString& name, Need need);
    QStringList stringArray(const QString& name, Need need);

    void addError(const QString& name, const QString& message);
    bool ok() const { return m_errors.isEmpty(); }
    const QJsonObject& errors() const { return m_errors; }

private:
    bool missing(const QString& name, Need need);

    QJsonObject m_params;
    bool m_fromQuery;
    QJsonObject m_errors;
};

} // namespace counterdesk::sandbox
