// Sample transfers and a pdftotext runner shared by the receipt tests.
#pragma once

#include "journal/Transfer.h"
#include "money/Money.h"
#include "receipt/ReceiptLayout.h"

#include <QDateTime>
#include <QMetaType>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTimeZone>

// The layout is a column of the tests' data tables. Declared here, once: the
// tests of this folder are compiled in one batch (tests/runner), where a
// second declaration would be a redefinition.
Q_DECLARE_METATYPE(counterdesk::ReceiptLayout)

namespace receipttest {

using counterdesk::Money;
using counterdesk::journal::Rail;
using counterdesk::journal::Transfer;
using counterdesk::journal::TransferState;

inline Transfer sampleTransfer(TransferState state)
{
    Transfer t;
    t.clientRefId = QStringLiteral("CD7Q2X9K4M1P8R3T");
    t.rail = Rail::DigiKhata;
    t.profile = QStringLiteral("Production");
    t.profileKind = counterdesk::ProfileKind::Production;
    t.senderMobile = QStringLiteral("9876543210");
    t.senderName = QStringLiteral("Ramesh Kumar");
    t.recipientName = QStringLiteral("Sunita Devi");
    t.recipientBank = QStringLiteral("State Bank of India");
    t.recipientAccountMasked = QStringLiteral("XXXXXXXX6789");
    t.recipientIfsc = QStringLiteral("SBIN0001234");
    t.amount = Money::fromRupees(25000);
    t.channel = QStringLiteral("2");
    // 14:05:12 UTC is 19:35:12 in India.
    t.createdAt = QDateTime(QDate(2026, 11, 23), QTime(14, 5, 12), QTimeZone::utc());
    t.updatedAt = t.createdAt.addSecs(20);
    t.state = state;
    t.tid = QStringLiteral("2880123456");
    t.fee = Money::fromRupees(250);
    t.channelDesc = QStringLiteral("IMPS");
    if (state == TransferState::Success || state == TransferState::Refunded)
        t.bankRefNum = QStringLiteral("432112345678");
    t.balanceAfter = Money::fromPaise(123450);
    if (state == TransferState::Refunded) {
        t.rail = Rail::Levin;
        t.balanceAfter = Money::fromRupees(26484);
    }
    return t;
}

inline QString pdftotext()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

// pdftotext is a listed dependency (poppler-utils in scripts/debian-packages.txt):
// without it the PDF checks would pass unread, so its absence is a failure.
inline constexpr char pdftotextMissing[] =
    "pdftotext is not installed: install poppler-utils (scripts/debian-packages.txt)";

// Text of a PDF as pdftotext -layout reads it; empty on failure.
inline QString pdfText(const QString& pdfPath)
{
    QProcess process;
    process.start(pdftotext(), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// All whitespace removed: a value wrapped over several lines (or padded by
// -layout) still reads as one string.
inline QString squeezed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace receipttest
