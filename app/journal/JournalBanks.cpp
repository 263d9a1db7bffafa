// Journal: the cache of Eko's bank answers per IFSC (schema v5). The rule
// when to ask Eko again is transfer::BankLookup's; this file only stores.
#include "Journal.h"
#include "journal/JournalStore.h"
#include "journal/SqlErrors.h"
#include "journal/SqlValues.h"

#include <QSqlQuery>

namespace counterdesk::journal {

Result<std::optional<BankAnswer>> Journal::bankAnswer(const QString& ifsc) const
{
    if (!m_store)
        return JournalError::NotOpen;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT ifsc, bank_id, bank, branch, ifsc_status, available_channels,"
                             " verification_available, fetched_at FROM bank_answers WHERE ifsc = ?"));
    q.addBindValue(ifsc);
    if (!q.exec())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    if (!q.next())
        return std::optional<BankAnswer>();
    BankAnswer a;
    a.ifsc = q.value(0).toString();
    a.bankId = q.value(1).toLongLong();
    a.bank = q.value(2).toString();
    a.branch = q.value(3).toString();
    a.ifscStatus = q.value(4).toString();
    a.availableChannels = q.value(5).toString();
    a.verificationAvailable = q.value(6).toInt() != 0;
    a.fetchedAt = SqlValues::time(q.value(7));
    return std::optional<BankAnswer>(a);
}

Result<void> Journal::rememberBankAnswer(const BankAnswer& answer)
{
    if (!m_store)
        return JournalError::NotOpen;
    if (answer.ifsc.isEmpty() || answer.bankId <= 0 || !answer.fetchedAt.isValid())
        return {JournalError::InvalidInput, QStringLiteral("bank answer without IFSC, bank_id or time")};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO bank_answers (ifsc, bank_id, bank, branch, ifsc_status,"
                             " available_channels, verification_available, fetched_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(answer.ifsc);
    q.addBindValue(answer.bankId);
    q.addBindValue(answer.bank);
    q.addBindValue(answer.branch);
    q.addBindValue(answer.ifscStatus);
    q.addBindValue(answer.availableChannels);
    q.addBindValue(answer.verificationAvailable ? 1 : 0);
    q.addBindValue(SqlValues::time(answer.fetchedAt));
    if (!q.exec())
        return {SqlErrors::classify(q.lastError()), SqlErrors::detail(q.lastError())};
    return {};
}

} // namespace counterdesk::journal
