#include "EventRow.h"

#include "journal/SqlValues.h"

namespace counterdesk::journal {

QString EventRow::columns(int schemaVersion)
{
    const QString v2 = QStringLiteral(
        "e.id, e.transfer_id, e.at, e.source, e.from_state, e.to_state, e.tid, e.bank_ref_num, "
        "e.fee_paise, e.balance_after_paise, e.channel_desc, e.tx_status, e.txstatus_desc, "
        "e.http_status, e.eko_status, e.response_status_id, e.response_type_id, e.eko_message, e.note");
    return schemaVersion >= verdictSince ? v2 + QStringLiteral(", e.verdict") : v2;
}

TransferEvent EventRow::read(const QSqlQuery& q, int schemaVersion)
{
    TransferEvent e;
    int i = 0;
    auto next = [&q, &i]() {
        return q.value(i++);
    };
    e.id = next().toLongLong();
    e.transferId = TransferId{next().toLongLong()};
    e.at = SqlValues::time(next());
    e.source = sourceFromName(next().toString()).value_or(EventSource::User);
    const QVariant from = next();
    if (!from.isNull())
        e.fromState = stateFromName(from.toString()).value_or(TransferState::Unknown);
    e.toState = stateFromName(next().toString()).value_or(TransferState::Unknown);
    OutcomeFields& f = e.fields;
    f.tid = SqlValues::text(next());
    f.bankRefNum = SqlValues::text(next());
    f.fee = SqlValues::money(next());
    f.balanceAfter = SqlValues::money(next());
    f.channelDesc = SqlValues::text(next());
    f.txStatus = SqlValues::text(next());
    f.txStatusDesc = SqlValues::text(next());
    f.httpStatus = SqlValues::integer(next());
    f.ekoStatus = SqlValues::integer(next());
    f.responseStatusId = SqlValues::integer(next());
    f.responseTypeId = SqlValues::integer(next());
    f.ekoMessage = SqlValues::text(next());
    f.note = SqlValues::text(next());
    if (schemaVersion < verdictSince)
        return e;
    // The CHECK constraint admits only known names.
    if (const std::optional<QString> verdict = SqlValues::text(next()))
        f.verdict = verdictFromName(*verdict);
    return e;
}

} // namespace counterdesk::journal
