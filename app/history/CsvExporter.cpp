#include "history/CsvExporter.h"

#include "history/IstDay.h"
#include "journal/Journal.h"

#include <QIODevice>
#include <algorithm>
#include <iterator>

namespace counterdesk::history {

namespace {

// Pages as large as the journal allows: fewer queries for a big range.
constexpr int kPageSize = 1000;

QString isoIst(const QDateTime& utc)
{
    return IstDay::isoText(utc);
}

QString rupees(const std::optional<Money>& amount)
{
    return amount ? amount->toPlainString() : QString();
}

} // namespace

QStringList CsvExporter::columns()
{
    return {QStringLiteral("created_at"),
            QStringLiteral("client_ref_id"),
            QStringLiteral("rail"),
            QStringLiteral("status"),
            QStringLiteral("sender_mobile"),
            QStringLiteral("sender_name"),
            QStringLiteral("recipient_name"),
            QStringLiteral("recipient_bank"),
            QStringLiteral("recipient_account"),
            QStringLiteral("recipient_ifsc"),
            QStringLiteral("amount"),
            QStringLiteral("fee"),
            QStringLiteral("channel"),
            QStringLiteral("tid"),
            QStringLiteral("utr"),
            QStringLiteral("tx_status"),
            QStringLiteral("tx_status_desc"),
            QStringLiteral("updated_at"),
            QStringLiteral("profile")};
}

QStringList CsvExporter::fields(const journal::Transfer& t)
{
    return {isoIst(t.createdAt),
            t.clientRefId,
            railStoredName(t.rail),
            journal::stateName(t.state),
            t.senderMobile,
            t.senderName,
            t.recipientName,
            t.recipientBank,
            t.recipientAccountMasked,
            t.recipientIfsc,
            t.amount.toPlainString(),
            rupees(t.fee),
            t.channelDesc.isEmpty() ? t.channel : t.channelDesc,
            t.tid,
            t.bankRefNum,
            t.txStatus,
            t.txStatusDesc,
            isoIst(t.updatedAt),
            t.profile};
}

namespace {

// "-150.00", "+5", "12": digits with an optional sign and one decimal point.
bool isPlainNumber(QStringView field)
{
    QStringView digits = field;
    if (digits.startsWith(u'-') || digits.startsWith(u'+'))
        digits = digits.mid(1);
    if (digits.isEmpty() || digits.startsWith(u'.') || digits.endsWith(u'.'))
        return false;
    bool point = false;
    for (QChar c : digits) {
        if (c == u'.' && !point)
            point = true;
        else if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QString CsvExporter::guard(QStringView field)
{
    static constexpr char16_t kTriggers[] = {u'=', u'+', u'-', u'@', u'\t', u'\r'};
    if (field.isEmpty() || isPlainNumber(field))
        return field.toString();
    if (std::find(std::begin(kTriggers), std::end(kTriggers), field.front().unicode()) == std::end(kTriggers))
        return field.toString();
    return QLatin1Char('\'') + field.toString();
}

QString CsvExporter::quote(QStringView field)
{
    const bool mustQuote =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!mustQuote)
        return field.toString();
    QString quoted = field.toString();
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvExporter::line(const QStringList& fields)
{
    QString text;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += quote(guard(fields.at(i)));
    }
    text += QLatin1String("\r\n");
    return text.toUtf8();
}

QByteArray CsvExporter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

journal::Result<qint64> CsvExporter::write(const journal::Journal& journal, journal::SearchQuery query,
                                           QIODevice& out, const Progress& progress)
{
    if (out.write(byteOrderMark() + line(columns())) < 0)
        return {journal::JournalError::IoError, out.errorString()};
    qint64 written = 0;
    query.offset = 0;
    query.limit = kPageSize;
    for (;;) {
        const auto page = journal.search(query);
        if (!page.ok())
            return {page.error(), page.detail()};
        QByteArray chunk;
        for (const journal::Transfer& t : page->transfers)
            chunk += line(fields(t));
        if (out.write(chunk) < 0)
            return {journal::JournalError::IoError, out.errorString()};
        written += page->transfers.size();
        if (progress && !progress(written))
            return written;
        if (!page->hasMore)
            return written;
        query.offset += query.limit;
    }
}

} // namespace counterdesk::history
