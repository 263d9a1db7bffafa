#include "TransferState.h"

#include <QStringList>

namespace counterdesk::journal {

QString stateName(TransferState state)
{
    switch (state) {
    case TransferState::Submitting:
        return QStringLiteral("SUBMITTING");
    case TransferState::Success:
        return QStringLiteral("SUCCESS");
    case TransferState::Failed:
        return QStringLiteral("FAILED");
    case TransferState::Pending:
        return QStringLiteral("PENDING");
    case TransferState::Unknown:
        return QStringLiteral("UNKNOWN");
    case TransferState::RefundPending:
        return QStringLiteral("REFUND_PENDING");
    case TransferState::Refunded:
        return QStringLiteral("REFUNDED");
    case TransferState::Refunding:
        return QStringLiteral("REFUNDING");
    }
    return QStringLiteral("UNKNOWN");
}

QList<TransferState> allTransferStates()
{
    return {TransferState::Submitting, TransferState::Success, TransferState::Failed,
            TransferState::Pending,    TransferState::Unknown, TransferState::RefundPending,
            TransferState::Refunding,  TransferState::Refunded};
}

std::optional<TransferState> stateFromName(QStringView name)
{
    for (TransferState s : allTransferStates()) {
        if (name == stateName(s))
            return s;
    }
    return std::nullopt;
}

bool isFinal(TransferState state)
{
    return state == TransferState::Success || state == TransferState::Failed ||
           state == TransferState::Refunded;
}

QList<TransferState> openStates()
{
    return {TransferState::Submitting, TransferState::Unknown, TransferState::Pending,
            TransferState::Refunding};
}

bool isOpen(TransferState state)
{
    return openStates().contains(state);
}

QString openStatesSql()
{
    QStringList quoted;
    for (const TransferState s : openStates())
        quoted << u'\'' + stateName(s) + u'\'';
    return quoted.join(u',');
}

} // namespace counterdesk::journal
