#include "LedgerComparison.h"

#include <QMap>

namespace counterdesk::torture {

namespace {

const QString kFailed = QStringLiteral("FAILED");

// The journal states Eko's tx_status allows after a reconciliation
// (REFERENCE §3.5). "Refund pending" also allows REFUNDING: a refund claimed
// whose POST never arrived stays claimed (no second refund) until the
// reconciler has heard "refund pending" often enough over minutes.
QStringList statesFor(int txStatus)
{
    switch (txStatus) {
    case 0:
        return {QStringLiteral("SUCCESS")};
    case 1:
        return {kFailed};
    case 2:
        return {QStringLiteral("PENDING")};
    case 3:
        return {QStringLiteral("REFUND_PENDING"), QStringLiteral("REFUNDING")};
    case 4:
        return {QStringLiteral("REFUNDED")};
    }
    return {};
}

Money money(const QJsonObject& o, const char* key)
{
    return Money::fromJson(o.value(QLatin1String(key))).value.value_or(Money());
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

void atMostOnce(const QJsonObject& perKey, const QString& what, QStringList* problems)
{
    for (auto it = perKey.constBegin(); it != perKey.constEnd(); ++it) {
        if (it.value().toInt() > 1)
            problems->append(
                QStringLiteral("%1 %2 arrived %3 times").arg(what, it.key()).arg(it.value().toInt()));
    }
}

} // namespace

QStringList compareWithLedger(const LedgerView& view, Money openingBalance)
{
    QStringList problems;
    QHash<QString, QJsonObject> rowByRef;
    for (const QJsonValue& v : view.rows) {
        const QJsonObject row = v.toObject();
        if (view.balances.contains(text(row, "sender_mobile")))
            rowByRef.insert(text(row, "client_ref_id"), row);
    }
    QHash<QString, QJsonObject> entryByRef;
    QMap<QString, QStringList> debitsByCustomer;
    QHash<QString, Money> spentByCustomer;
    for (const QJsonValue& v : view.ledger) {
        const QJsonObject entry = v.toObject();
        const QString mobile = text(entry, "sender_mobile");
        if (!view.balances.contains(mobile))
            continue;
        const QString ref = text(entry, "client_ref_id");
        entryByRef.insert(ref, entry);
        const int txStatus = entry.value(QStringLiteral("tx_status")).toInt();
        if (txStatus == 1)
            continue; // refused: no money moved
        debitsByCustomer[mobile].append(ref);
        spentByCustomer[mobile] += money(entry, "amount") + money(entry, "fee");
        const QJsonObject row = rowByRef.value(ref);
        if (row.isEmpty()) {
            problems.append(
                QStringLiteral("debit %1 (tid %2) has no journal row").arg(ref, text(entry, "tid")));
        } else if (!statesFor(txStatus).contains(text(row, "state"))) {
            problems.append(QStringLiteral("ledger entry %1 (tid %2, tx_status %3) but the row is %4")
                                .arg(ref, text(entry, "tid"))
                                .arg(txStatus)
                                .arg(text(row, "state")));
        } else if (money(row, "amount") != money(entry, "amount")) {
            problems.append(QStringLiteral("%1: the row's amount %2 is not the debit's %3")
                                .arg(ref, text(row, "amount"), text(entry, "amount")));
        }
    }
    for (auto it = rowByRef.constBegin(); it != rowByRef.constEnd(); ++it) {
        const QString state = text(it.value(), "state");
        const QJsonObject entry = entryByRef.value(it.key());
        const bool moved = !entry.isEmpty() && entry.value(QStringLiteral("tx_status")).toInt() != 1;
        if (state == kFailed && moved)
            problems.append(QStringLiteral("FAILED row %1 but the ledger has its debit").arg(it.key()));
        const bool needsDebit =
            statesFor(0).contains(state) || statesFor(3).contains(state) || statesFor(4).contains(state);
        if (needsDebit && !moved)
            problems.append(QStringLiteral("%1 row %2 has no debit in the ledger").arg(state, it.key()));
    }
    for (auto it = debitsByCustomer.constBegin(); it != debitsByCustomer.constEnd(); ++it) {
        if (it.value().size() > 1)
            problems.append(QStringLiteral("customer %1 was debited %2 times: %3")
                                .arg(it.key())
                                .arg(it.value().size())
                                .arg(it.value().join(QStringLiteral(", "))));
    }
    for (auto it = view.balances.constBegin(); it != view.balances.constEnd(); ++it) {
        const Money expected = openingBalance - spentByCustomer.value(it.key());
        if (it.value() != expected)
            problems.append(QStringLiteral("customer %1: wallet %2, the ledger's debits leave %3")
                                .arg(it.key(), it.value().toPlainString(), expected.toPlainString()));
    }
    atMostOnce(view.counters.value(QStringLiteral("initiates_by_client_ref_id")).toObject(),
               QStringLiteral("Initiate for"), &problems);
    atMostOnce(view.counters.value(QStringLiteral("refunds_by_tid")).toObject(),
               QStringLiteral("refund of tid"), &problems);
    return problems;
}

} // namespace counterdesk::torture
