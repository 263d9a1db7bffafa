// HistoryFixture: a journal in a temporary directory holding a known set of
// transfers, written through the journal's own import API, so the history
// tests can say exactly which rows a search or a total must find.
//
// Five transfers on 20 Nov 2026 (IST) and one the day before:
//   H1 DigiKhata 9876543210 Ramesh Kumar -> Sita Devi      ₹1,500   SUCCESS  fee 15   TID 1234567890
//   H2 Levin     9123456789 Gita Sharma  -> Anil Verma     ₹2,500   FAILED            TID 2234567890
//   H3 DigiKhata 9876543210 Ramesh Kumar -> Mohan Das      ₹700     PENDING           TID 3234567890
//   H4 Levin     9988776655 सीता देवी    -> Rahul, "Raju"  ₹10,000  SUCCESS  fee 50   TID 4234567890
//   H5 DigiKhata 9123456789 Gita Sharma  -> Anil Verma     ₹1,200   REFUND_PENDING    TID 5234567890
//   H6 DigiKhata 9000000009 Mohan Lal    -> Sita Devi      ₹300     SUCCESS  fee 5    TID 6234567890 (19 Nov)
#pragma once

#include "history/IstDay.h"
#include "journal/Journal.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTime>
#include <memory>

namespace counterdesk::history::testing {

inline QDate knownDay()
{
    return QDate(2026, 11, 20);
}

inline QDateTime ist(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), IstDay::zone()).toUTC();
}

struct KnownRow
{
    const char* ref;
    journal::Rail rail;
    const char* mobile;
    QString sender;
    QString recipient;
    const char* account;
    qint64 rupees;
    journal::TransferState state;
    std::optional<qint64> feeRupees;
    const char* tid;
    QDateTime created;
};

inline QList<KnownRow> knownRows()
{
    using journal::Rail;
    using journal::TransferState;
    const QDate d = knownDay();
    return {
        {"H1", Rail::DigiKhata, "9876543210", QStringLiteral("Ramesh Kumar"), QStringLiteral("Sita Devi"),
         "XXXXXX1234", 1500, TransferState::Success, 15, "1234567890", ist(d, 10, 0)},
        {"H2", Rail::Levin, "9123456789", QStringLiteral("Gita Sharma"), QStringLiteral("Anil Verma"),
         "XXXXXX5678", 2500, TransferState::Failed, std::nullopt, "2234567890", ist(d, 11, 0)},
        {"H3", Rail::DigiKhata, "9876543210", QStringLiteral("Ramesh Kumar"), QStringLiteral("Mohan Das"),
         "XXXXXX9999", 700, TransferState::Pending, std::nullopt, "3234567890", ist(d, 12, 0)},
        {"H4", Rail::Levin, "9988776655", QStringLiteral("सीता देवी"), QStringLiteral("Rahul, \"Raju\" Singh"),
         "XXXXXX4321", 10000, TransferState::Success, 50, "4234567890", ist(d, 13, 0)},
        {"H5", Rail::DigiKhata, "9123456789", QStringLiteral("Gita Sharma"), QStringLiteral("Anil Verma"),
         "XXXXXX5678", 1200, TransferState::RefundPending, std::nullopt, "5234567890", ist(d, 14, 0)},
        {"H6", Rail::DigiKhata, "9000000009", QStringLiteral("Mohan Lal"), QStringLiteral("Sita Devi"),
         "XXXXXX1234", 300, TransferState::Success, 5, "6234567890", ist(d.addDays(-1), 18, 0)},
    };
}

inline journal::ImportedTransfer imported(const KnownRow& r)
{
    journal::ImportedTransfer t;
    t.transfer.clientRefId = QLatin1String(r.ref);
    t.transfer.rail = r.rail;
    t.transfer.profile = QStringLiteral("Training");
    t.transfer.senderMobile = QLatin1String(r.mobile);
    t.transfer.senderName = r.sender;
    t.transfer.recipientId = QStringLiteral("10017680");
    t.transfer.recipientName = r.recipient;
    t.transfer.recipientBank = QStringLiteral("State Bank of India");
    t.transfer.recipientAccount = QLatin1String(r.account);
    t.transfer.recipientIfsc = QStringLiteral("SBIN0000001");
    t.transfer.amount = Money::fromRupees(r.rupees);
    t.transfer.channel = QStringLiteral("2");
    t.createdAt = r.created;
    t.state = r.state;
    t.outcomeAt = r.created.addSecs(20);
    t.fields.tid = QLatin1String(r.tid);
    if (r.state == journal::TransferState::Success)
        t.fields.bankRefNum = QStringLiteral("UTR") + QLatin1String(r.tid);
    if (r.feeRupees)
        t.fields.fee = Money::fromRupees(*r.feeRupees);
    t.fields.channelDesc = QStringLiteral("IMPS");
    t.fields.ekoMessage = QStringLiteral("Transaction processed");
    return t;
}

// The window's child called `name`, as a test finds it (a warning if none).
template <typename T> T* childNamed(const QObject* window, const char* name)
{
    T* w = window->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

class HistoryFixture
{
public:
    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        journal = std::make_unique<journal::Journal>();
        return dir->isValid() && journal->open(dir->path()).ok();
    }

    bool fillKnown()
    {
        const QList<KnownRow> rows = knownRows();
        qsizetype i = 0;
        const auto written = journal->importHistory([&]() -> std::optional<journal::ImportedTransfer> {
            if (i == rows.size())
                return std::nullopt;
            return imported(rows.at(i++));
        });
        return written.ok() && written.value() == rows.size();
    }

    // `count` copies of H1 (refs PREFIX0, PREFIX1..., one second apart,
    // each its own TID): more rows than one journal page.
    bool fillCopies(int count, const QString& prefix)
    {
        const KnownRow base = knownRows().first();
        int i = 0;
        const auto written = journal->importHistory([&]() -> std::optional<journal::ImportedTransfer> {
            if (i == count)
                return std::nullopt;
            journal::ImportedTransfer t = imported(base);
            t.transfer.clientRefId = prefix + QString::number(i);
            t.fields.tid = QString::number(1000000000 + i);
            t.createdAt = base.created.addSecs(i);
            ++i;
            return t;
        });
        return written.ok() && written.value() == count;
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<journal::Journal> journal;
};

} // namespace counterdesk::history::testing
