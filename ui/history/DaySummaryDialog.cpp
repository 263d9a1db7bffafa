#include "DaySummaryDialog.h"

#include "DaySummaryDocument.h"
#include "HistoryText.h"
#include "MessageBox.h"
#include "money/MoneyFormatter.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

DaySummaryDialog::DaySummaryDialog(const journal::Journal& journal, const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_chooser([](QWidget* p, const QString& suggested) {
        return QFileDialog::getSaveFileName(p, tr("Save summary as PDF"), suggested, tr("PDF files (*.pdf)"));
    })
{
    setObjectName(QStringLiteral("daySummaryDialog"));
    setWindowTitle(tr("End of day"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_date = new QDateEdit(day, this);
    m_date->setObjectName(QStringLiteral("summaryDate"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Day"));
    auto* dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setAccessibleName(tr("Totals per status and rail"));
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Rail"), tr("Transfers"), tr("Amount"), tr("Fees")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("summaryTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setAccessibleName(tr("Day totals"));
    QFont big = m_totals->font();
    big.setBold(true);
    m_totals->setFont(big);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("summaryPrint"));
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("summaryPdf"));

    auto* top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &DaySummaryDialog::setDay);
    connect(print, &QPushButton::clicked, this, &DaySummaryDialog::preview);
    connect(pdf, &QPushButton::clicked, this, &DaySummaryDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
    reload();
}

void DaySummaryDialog::setDay(const QDate& day)
{
    if (m_date->date() != day)
        m_date->setDate(day); // comes back here through dateChanged
    else
        reload();
}

void DaySummaryDialog::reload()
{
    m_summary = DaySummary::load(m_journal, m_date->date());
    const DisplayLanguage language = HistoryText::language();
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_table->setRowCount(int(m_summary.rows.size()));
    for (int i = 0; i < m_summary.rows.size(); ++i) {
        const journal::TotalsRow& r = m_summary.rows.at(i);
        auto* status = cell(HistoryText::state(r.state));
        status->setForeground(HistoryText::stateForeground(r.state));
        status->setBackground(HistoryText::stateBackground(r.state));
        m_table->setItem(i, 0, status);
        m_table->setItem(i, 1, cell(HistoryText::rail(r.rail)));
        m_table->setItem(i, 2, cell(MoneyFormatter::formatCount(r.count, language), right));
        m_table->setItem(i, 3, cell(MoneyFormatter::format(r.amount, language), right));
        m_table->setItem(i, 4, cell(MoneyFormatter::format(r.fees, language), right));
    }
    if (m_summary.error != journal::JournalError::None) {
        m_totals->setText(tr("The journal could not be read. Try again; if it keeps failing, call support."));
        return;
    }
    m_totals->setText(
        //: %1 "5 transfers" (a plural of its own), %2 a count of them, %3 and %4 amounts, %5 a count, %6 an
        //: amount
        tr("%1 · %2 successful, %3 sent · fees collected %4 · %5 not yet settled (%6)")
            .arg(HistoryText::transferCount(m_summary.count()),
                 MoneyFormatter::formatCount(m_summary.successCount(), language),
                 MoneyFormatter::format(m_summary.sent(), language),
                 MoneyFormatter::format(m_summary.feesCollected(), language),
                 MoneyFormatter::formatCount(m_summary.openCount(), language),
                 MoneyFormatter::format(m_summary.openAmount(), language)));
}

void DaySummaryDialog::paint(QPrinter* printer) const
{
    DaySummaryDocument::build(m_summary, m_shop)->print(printer);
}

void DaySummaryDialog::preview()
{
    // open(), not exec(): no nested event loop; the dialog deletes itself.
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, &DaySummaryDialog::paint);
    dialog->open();
}

bool DaySummaryDialog::savePdf(const QString& filePath) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(filePath);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(DaySummaryDocument::title(m_summary.day));
    paint(&printer);
    return QFileInfo(filePath).size() > 0;
}

void DaySummaryDialog::saveAsPdf()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("counterdesk-summary-%1.pdf").arg(m_summary.day.toString(Qt::ISODate)));
    const QString path = m_chooser ? m_chooser(this, suggested) : QString();
    if (path.isEmpty())
        return;
    if (!savePdf(path))
        MessageBox::warning(this, tr("End of day"), tr("The PDF could not be written to %1.").arg(path));
}

} // namespace counterdesk::ui
