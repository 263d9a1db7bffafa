#include "TransferRow.h"

#include "journal/SqlValues.h"

#include <QSqlRecord>

namespace counterdesk::journal {

QString TransferRow::columns()
{
    return QStringLiteral(
        "t.id, t.client_ref_id, t.rail, t.profile, t.profile_kind, t.sender_mobile, t.sender_name, "
        "t.recipient_id, "
        "t.recipient_name, t.recipient_bank, t.recipient_account, t.recipient_ifsc, t.amount_paise, "
        "t.channel, t.otp_ref_id, t.created_at, t.state, t.updated_at, t.tid, t.bank_ref_num, "
        "t.fee_paise, t.balance_after_paise, t.channel_desc, t.tx_status, t.txstatus_desc, "
        "t.check_attempts, t.next_check_at, t.last_event_id");
}

Transfer TransferRow::read(const QSqlQuery& q)
{
    Transfer t;
    int i = 0;
    auto next = [&q, &i]() {
        return q.value(i++);
    };
    t.id = TransferId{next().toLongLong()};
    t.clientRefId = next().toString();
    t.rail = railFromStoredName(next().toString()).value_or(Rail::DigiKhata);
    t.profile = next().toString();
    if (const QVariant kind = next(); !kind.isNull())
        t.profileKind = profileKindFromName(kind.toString());
    t.senderMobile = next().toString();
    t.senderName = next().toString();
    t.recipientId = next().toString();
    t.recipientName = next().toString();
    t.recipientBank = next().toString();
    t.recipientAccountMasked = next().toString();
    t.recipientIfsc = next().toString();
    t.amount = Money::fromPaise(next().toLongLong());
    t.channel = next().toString();
    t.otpRefId = next().toString();
    t.createdAt = SqlValues::time(next());
    // The CHECK constraint admits only known names; UNKNOWN is the safe
    // reading should a future version add one.
    t.state = stateFromName(next().toString()).value_or(TransferState::Unknown);
    t.updatedAt = SqlValues::time(next());
    t.tid = next().toString();
    t.bankRefNum = next().toString();
    t.fee = SqlValues::money(next());
    t.balanceAfter = SqlValues::money(next());
    t.channelDesc = next().toString();
    t.txStatus = next().toString();
    t.txStatusDesc = next().toString();
    t.checkAttempts = next().toInt();
    t.nextCheckAt = SqlValues::time(next());
    t.lastEventId = next().toLongLong();
    return t;
}

} // namespace counterdesk::journal
