// Shared test data for the journal tests: plausible transfers and a clock
// the tests move by hand.
#pragma once

#include "journal/NewTransfer.h"

#include <QDateTime>
#include <QTimeZone>

namespace counterdesk::journal::test {

inline NewTransfer newTransfer(const QString& ref, const QString& mobile = QStringLiteral("9876543210"),
                               qint64 rupees = 1500)
{
    NewTransfer t;
    t.clientRefId = ref;
    t.rail = Rail::DigiKhata;
    t.profile = QStringLiteral("Training");
    t.profileKind = ProfileKind::Training;
    t.senderMobile = mobile;
    t.senderName = QStringLiteral("Ramesh Kumar");
    t.recipientId = QStringLiteral("10019064");
    t.recipientName = QStringLiteral("Sita Devi");
    t.recipientBank = QStringLiteral("State Bank of India");
    t.recipientAccount = QStringLiteral("XXXXXXXX4321");
    t.recipientIfsc = QStringLiteral("SBIN0001234");
    t.amount = Money::fromRupees(rupees);
    t.channel = QStringLiteral("2");
    t.otpRefId = QStringLiteral("d3e6a8f2-0b1c-4a5e-9f7d-123456789abc");
    return t;
}

// A clock that stands still until a test moves it.
struct ManualClock
{
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());
    void advanceSecs(qint64 s) { now = now.addSecs(s); }
};

} // namespace counterdesk::journal::test
