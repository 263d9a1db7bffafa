#include "gateway/LedgerExport.h"

#include "history/CsvExporter.h"
#include "history/IstDay.h"
#include "money/Money.h"

#include <QIODevice>

namespace counterdesk::gateway {

using history::CsvExporter;
using history::IstDay;

QStringList LedgerExport::columns()
{
    return {QStringLiteral("client_ref_id"), QStringLiteral("counter"),   QStringLiteral("counter_id"),
            QStringLiteral("created"),       QStringLiteral("updated"),   QStringLiteral("rail"),
            QStringLiteral("amount"),        QStringLiteral("state"),     QStringLiteral("tid"),
            QStringLiteral("utr"),           QStringLiteral("tx_status"), QStringLiteral("inquiries")};
}

std::optional<qint64> LedgerExport::write(Ledger& ledger, const std::optional<QDate>& from,
                                          const std::optional<QDate>& to, const QString& counterName,
                                          QIODevice& out)
{
    const auto rows = ledger.transfersCreated(from ? IstDay::start(*from) : QDateTime(),
                                              to ? IstDay::end(*to) : QDateTime(), counterName);
    if (!rows)
        return std::nullopt;
    out.write(CsvExporter::byteOrderMark());
    out.write(CsvExporter::line(columns()));
    for (const auto& [t, name] : *rows) {
        out.write(CsvExporter::line(
            {t.clientRefId, name, t.counterId, IstDay::isoText(t.createdAt), IstDay::isoText(t.updatedAt),
             railStoredName(t.rail), Money::fromPaise(t.amountPaise).toPlainString(),
             journal::stateName(t.state), t.tid, t.utr, t.txStatus ? QString::number(*t.txStatus) : QString(),
             QString::number(t.inquiries)}));
    }
    return rows->size();
}

} // namespace counterdesk::gateway
