#include "DaySummaryDocument.h"

#include "HistoryText.h"
#include "money/MoneyFormatter.h"

#include <QDateTime>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace counterdesk::ui {

QString DaySummaryDocument::title(const QDate& day)
{
    return tr("End-of-day summary, %1").arg(QLocale().toString(day, QLocale::LongFormat));
}

std::unique_ptr<QTextDocument> DaySummaryDocument::build(const DaySummary& s, const QString& shop)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = doc->defaultFont();
    font.setPointSize(11);
    doc->setDefaultFont(font);
    QTextCursor c(doc.get());

    QTextCharFormat heading;
    heading.setFontPointSize(15);
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);

    if (!shop.isEmpty()) {
        c.insertText(shop, bold);
        c.insertBlock();
    }
    c.insertText(title(s.day), heading);
    c.insertBlock();
    c.insertText(tr("Printed %1").arg(HistoryText::dateTime(QDateTime::currentDateTimeUtc())), plain);
    c.insertBlock();

    QTextTableFormat tableFormat;
    tableFormat.setCellPadding(4);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setHeaderRowCount(1);
    const int columns = 5;
    QTextTable* table = c.insertTable(int(s.rows.size()) + 1, columns, tableFormat);
    const QStringList headers = {tr("Status"), tr("Rail"), tr("Transfers"), tr("Amount"), tr("Fees")};
    for (int col = 0; col < columns; ++col)
        table->cellAt(0, col).firstCursorPosition().insertText(headers.at(col), bold);
    const DisplayLanguage language = HistoryText::language();
    for (int i = 0; i < s.rows.size(); ++i) {
        const journal::TotalsRow& r = s.rows.at(i);
        const QStringList cells = {HistoryText::state(r.state), HistoryText::rail(r.rail),
                                   MoneyFormatter::formatCount(r.count, language),
                                   MoneyFormatter::format(r.amount, language),
                                   MoneyFormatter::format(r.fees, language)};
        for (int col = 0; col < columns; ++col)
            table->cellAt(i + 1, col).firstCursorPosition().insertText(cells.at(col), plain);
    }
    c.movePosition(QTextCursor::End);
    c.insertBlock();

    const QStringList totals = {
        tr("Transfers: %1").arg(MoneyFormatter::formatCount(s.count(), language)),
        tr("Successful: %1, sent %2")
            .arg(MoneyFormatter::formatCount(s.successCount(), language),
                 MoneyFormatter::format(s.sent(), language)),
        tr("Fees collected: %1").arg(MoneyFormatter::format(s.feesCollected(), language)),
        tr("Not yet settled (pending or refund to give): %1, %2")
            .arg(MoneyFormatter::formatCount(s.openCount(), language),
                 MoneyFormatter::format(s.openAmount(), language)),
    };
    for (const QString& line : totals) {
        c.insertText(line, bold);
        c.insertBlock();
    }
    return doc;
}

} // namespace counterdesk::ui
