// SessionOptions: what a TransferSession is set up with.
#pragma once

#include "domain/ProfileKind.h"
#include "eko/EkoTypes.h"
#include "money/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <functional>

namespace counterdesk::transfer {

struct SessionOptions
{
    eko::Rail rail = eko::Rail::DigiKhata;
    QString profileName = QStringLiteral("Training"); // stored on the journal row
    // Stored on the journal row too: receipts and history know a training
    // transfer by this, never by the name.
    ProfileKind profileKind = ProfileKind::Training;
    Money perTransactionLimit = Money::fromRupees(50000); // REFERENCE.md §4; zero = none
    // "Now" in UTC for OTP cool-downs and the journal; empty = system clock.
    // Tests pin it.
    std::function<QDateTime()> clock;
    // Eko: "please wait for minimum 1 minutes before requesting new OTP".
    std::chrono::milliseconds otpCooldown{60000};
    // On-screen status polling of a PENDING/UNKNOWN result, while the agent
    // watches (Reconciler::watch); the last delay repeats. After the session
    // ends the reconciler asks on the journal's slower schedule.
    QList<std::chrono::milliseconds> pollSchedule{std::chrono::seconds(2), std::chrono::seconds(5),
                                                  std::chrono::seconds(10), std::chrono::seconds(30),
                                                  std::chrono::seconds(60)};
    // Sent as latlong on Initiate when not empty ("28.63,77.22").
    QString latlong;
};

} // namespace counterdesk::transfer
