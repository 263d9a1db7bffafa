// Transfer: the current state of one transfer (the projection of its events).
#pragma once

#include "domain/ProfileKind.h"
#include "domain/Rail.h"
#include "journal/TransferId.h"
#include "journal/TransferState.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace counterdesk::journal {

using counterdesk::Rail; // domain/Rail.h: the app's one Rail; stored as railStoredName()

struct Transfer
{
    TransferId id;
    QString clientRefId;
    Rail rail = Rail::DigiKhata;
    QString profile;
    // What the profile talked to; empty for rows written before v3 whose
    // profile was not the built-in "Training" (Schema::upgradeToV3).
    std::optional<ProfileKind> profileKind;
    QString senderMobile;
    QString senderName;
    QString recipientId;
    QString recipientName;
    QString recipientBank;
    QString recipientAccountMasked; // masked by the journal before it reached the disk
    QString recipientIfsc;
    Money amount;
    QString channel;
    QString otpRefId;
    QDateTime createdAt; // UTC

    TransferState state = TransferState::Submitting;
    QDateTime updatedAt; // UTC, time of the last event
    QString tid;
    QString bankRefNum;
    std::optional<Money> fee;
    std::optional<Money> balanceAfter;
    QString channelDesc;
    QString txStatus;
    QString txStatusDesc;

    // Reconciler back-off; survives restarts. nextCheckAt is null when the
    // transfer needs no inquiry (final or REFUND_PENDING).
    int checkAttempts = 0;
    QDateTime nextCheckAt;
    qint64 lastEventId = 0;

    bool operator==(const Transfer&) const = default;
};

} // namespace counterdesk::journal
