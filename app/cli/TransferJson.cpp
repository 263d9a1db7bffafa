#include "cli/TransferJson.h"

#include "cli/ExitCode.h"

#include <QCoreApplication>

namespace counterdesk::cli {
namespace {
QJsonValue moneyOrNull(const std::optional<Money>& m)
{
    return m ? QJsonValue(m->toPlainString()) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject TransferJson::toJson(const journal::Transfer& t)
{
    return QJsonObject{
        {QStringLiteral("client_ref_id"), t.clientRefId},
        {QStringLiteral("state"), journal::stateName(t.state)},
        {QStringLiteral("rail"), railStoredName(t.rail)},
        {QStringLiteral("profile"), t.profile},
        // null for a row from before schema v3 whose kind is not known
        {QStringLiteral("profile_kind"),
         t.profileKind ? QJsonValue(profileKindName(*t.profileKind)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tid"), textOrNull(t.tid)},
        {QStringLiteral("bank_ref_num"), textOrNull(t.bankRefNum)},
        {QStringLiteral("amount"), t.amount.toPlainString()},
        {QStringLiteral("fee"), moneyOrNull(t.fee)},
        {QStringLiteral("balance"), moneyOrNull(t.balanceAfter)},
        {QStringLiteral("channel"), textOrNull(t.channel)},
        {QStringLiteral("channel_desc"), textOrNull(t.channelDesc)},
        {QStringLiteral("sender_mobile"), t.senderMobile},
        {QStringLiteral("sender_name"), textOrNull(t.senderName)},
        {QStringLiteral("recipient_id"), textOrNull(t.recipientId)},
        {QStringLiteral("recipient_name"), textOrNull(t.recipientName)},
        {QStringLiteral("recipient_bank"), textOrNull(t.recipientBank)},
        {QStringLiteral("recipient_account"), textOrNull(t.recipientAccountMasked)},
        {QStringLiteral("tx_status"), textOrNull(t.txStatus)},
        {QStringLiteral("tx_status_desc"), textOrNull(t.txStatusDesc)},
        {QStringLiteral("created_at"), t.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), t.updatedAt.toUTC().toString(Qt::ISODate)},
    };
}

QString TransferJson::toText(const journal::Transfer& t)
{
    return QCoreApplication::translate("TransferJson", "%1  %2  %3  Rs %4  %5  tid %6  UTR %7  %8")
        .arg(t.createdAt.toUTC().toString(Qt::ISODate), t.clientRefId, journal::stateName(t.state),
             t.amount.toPlainString(), railStoredName(t.rail), t.tid.isEmpty() ? QStringLiteral("-") : t.tid,
             t.bankRefNum.isEmpty() ? QStringLiteral("-") : t.bankRefNum, t.recipientName);
}

int TransferJson::exitCodeFor(journal::TransferState state)
{
    switch (state) {
    case journal::TransferState::Success:
        return ExitOk;
    case journal::TransferState::Failed:
    case journal::TransferState::RefundPending:
    case journal::TransferState::Refunded:
        return ExitRefused;
    case journal::TransferState::Submitting:
    case journal::TransferState::Pending:
    case journal::TransferState::Unknown:
    case journal::TransferState::Refunding:
        return ExitUnknownOutcome;
    }
    return ExitUnknownOutcome;
}

} // namespace counterdesk::cli
