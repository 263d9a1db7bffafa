// Journal: the consent records of Aadhaar e-KYC (schema v6). Append-only, like
// the event log: evidence is never changed or removed.
#include "Journal.h"
#include "journal/JournalStore.h"
#include "journal/SqlErrors.h"
#include "journal/SqlValues.h"

#include <QSqlQuery>

namespace counterdesk::journal {

Result<void> Journal::recordConsent(const ConsentRecord& consent)
{
    if (!m_store)
        return JournalError::NotOpen;
    if (consent.customerMobile.isEmpty() || consent.languageId <= 0 || consent.textSha256.isEmpty() ||
        consent.agent.isEmpty() || !consent.recordedAt.isValid())
        return {JournalError::InvalidInput,
                QStringLiteral("consent without customer, language, text digest, agent or time")};
    QSqlQuery q(m_store->database());
    q.prepare(
        QStringLiteral("INSERT INTO consents (recorded_at, profile, rail, customer_mobile, language_id,"
                       " language, consent_id, text_sha256, agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlValues::time(consent.recordedAt));
    q.addBindValue(consent.profile);
    q.addBindValue(railWireName(consent.rail));
    q.addBindValue(consent.customerMobile);
    q.addBindValue(consent.languageId);
    q.addBindValue(consent.language);
    q.addBindValue(consent.consentId);
    q.addBindValue(consent.textSha256);
    q.addBindValue(consent.agent);
    if (!q.exec())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return {};
}

Result<QList<ConsentRecord>> Journal::consents(const QString& customerMobile) const
{
    if (!m_store)
        return JournalError::NotOpen;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT recorded_at, profile, rail, customer_mobile, language_id, language,"
                             " consent_id, text_sha256, agent FROM consents WHERE customer_mobile = ?"
                             " ORDER BY id"));
    q.addBindValue(customerMobile);
    if (!q.exec())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    QList<ConsentRecord> records;
    while (q.next()) {
        ConsentRecord c;
        c.recordedAt = SqlValues::time(q.value(0));
        c.profile = q.value(1).toString();
        c.rail = railFromWireName(q.value(2).toString()).value_or(Rail::DigiKhata);
        c.customerMobile = q.value(3).toString();
        c.languageId = q.value(4).toInt();
        c.language = q.value(5).toString();
        c.consentId = q.value(6).toInt();
        c.textSha256 = q.value(7).toString();
        c.agent = q.value(8).toString();
        records.append(c);
    }
    return records;
}

} // namespace counterdesk::journal
