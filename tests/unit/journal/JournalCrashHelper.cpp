// journal_crash_helper: a child process for tst_journalcrash.
//
//   journal_crash_helper <dir> once <ref>
//       records one SUBMITTING row, prints "COMMITTED <ref>", then waits to
//       be killed (as the app would be, mid-POST).
//   journal_crash_helper <dir> loop <prefix>
//       records transfers and their outcomes as fast as it can, printing
//       "COMMITTED <ref>" after each recordSubmitting returns, until killed.
// The parent kills it with SIGKILL: no destructors, no flush, no close.
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace counterdesk;
using namespace counterdesk::journal;

namespace {
NewTransfer transfer(const QString& ref, int n)
{
    NewTransfer t;
    t.clientRefId = ref;
    t.profile = QStringLiteral("Training");
    // A sender per transfer, so the sender guard never refuses.
    t.senderMobile = QStringLiteral("9%1").arg(n, 9, 10, QLatin1Char('0'));
    t.senderName = QStringLiteral("Crash Test");
    t.recipientId = QStringLiteral("1");
    t.recipientName = QStringLiteral("Recipient");
    t.recipientAccount = QStringLiteral("XXXX1234");
    t.amount = Money::fromRupees(100 + n);
    t.channel = QStringLiteral("2");
    t.otpRefId = QStringLiteral("otp-ref");
    return t;
}

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    Journal journal;
    if (!journal.open(args[1]).ok())
        return 3;

    if (args[2] == QLatin1String("once")) {
        if (const auto r = journal.recordSubmitting(transfer(args[3], 0)); !r.ok()) {
            say(QStringLiteral("ERROR ") + errorName(r.error()) + u' ' + r.detail());
            return 4;
        }
        say(QStringLiteral("COMMITTED ") + args[3]);
        for (;;)
            QThread::sleep(1);
    }
    // Senders continue after earlier runs' ones: those may still be open.
    const int first = int(journal.count({}).value());
    for (int n = 0;; ++n) {
        const QString ref = args[3] + QString::number(n);
        if (const auto r = journal.recordSubmitting(transfer(ref, first + n)); !r.ok()) {
            say(QStringLiteral("ERROR ") + errorName(r.error()) + u' ' + r.detail());
            return 5;
        }
        say(QStringLiteral("COMMITTED ") + ref);
        const TransferState outcome = n % 3 == 0 ? TransferState::Unknown : TransferState::Success;
        if (!journal.recordOutcome(ref, outcome, {}, EventSource::InitiateResponse).ok())
            return 6;
    }
}
