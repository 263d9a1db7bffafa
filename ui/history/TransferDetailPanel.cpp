#include "TransferDetailPanel.h"

#include "HistoryText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace counterdesk::ui {

namespace {

// Prefixed: plain names like State would reach the next file of a unity batch.
enum TrailColumn : int { TrailWhen, TrailState, TrailSource, TrailMessage, TrailColumns };

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// What Eko said, else our own note ("timeout after 30 s"), as plain text.
QString messageOf(const journal::OutcomeFields& f)
{
    QStringList parts;
    if (f.ekoMessage && !f.ekoMessage->isEmpty())
        parts << *f.ekoMessage;
    if (f.txStatusDesc && !f.txStatusDesc->isEmpty() && (!f.ekoMessage || *f.txStatusDesc != *f.ekoMessage))
        parts << *f.txStatusDesc;
    if (f.note && !f.note->isEmpty())
        parts << *f.note;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

TransferDetailPanel::TransferDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_trail(new QTableWidget(0, TrailColumns, this))
{
    setObjectName(QStringLiteral("historyDetail"));
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::PlainText); // names and Eko's words are never markup
    // No word wrap: a wrapping label in a splitter pane is given one line of
    // height; the five lines are short and each is shown whole.
    m_summary->setWordWrap(false);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Transfer details"));

    m_trail->setObjectName(QStringLiteral("eventTrail"));
    m_trail->setAccessibleName(tr("Event trail"));
    m_trail->setHorizontalHeaderLabels({tr("Time"), tr("Status"), tr("Source"), tr("Eko's message")});
    m_trail->verticalHeader()->hide();
    m_trail->horizontalHeader()->setStretchLastSection(true);
    m_trail->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trail->setWordWrap(true);

    // Facts beside the trail, not above it: at 1366x768 the lower half of the
    // view is short, and a summary above the trail was squeezed to one line.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 2, Qt::AlignTop);
    layout->addWidget(m_trail, 3);
    clear();
}

void TransferDetailPanel::clear()
{
    m_summary->setText(tr("Choose a transfer to see its details and every answer Eko gave."));
    m_trail->setRowCount(0);
}

void TransferDetailPanel::showTransfer(const journal::Transfer& t,
                                       const QList<journal::TransferEvent>& events)
{
    const QStringList lines = {
        tr("%1 · %2 · %3")
            .arg(HistoryText::state(t.state), HistoryText::money(t.amount), HistoryText::rail(t.rail)),
        tr("Customer: %1 %2").arg(t.senderName, t.senderMobile),
        tr("Recipient: %1, %2 %3 (%4)")
            .arg(t.recipientName, t.recipientBank, t.recipientAccountMasked, t.recipientIfsc),
        tr("Fee: %1 · Channel: %2").arg(HistoryText::money(t.fee), HistoryText::orDash(t.channelDesc)),
        tr("TID: %1 · UTR: %2 · Reference: %3")
            .arg(HistoryText::orDash(t.tid), HistoryText::orDash(t.bankRefNum), t.clientRefId),
    };
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_trail->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const journal::TransferEvent& e = events.at(row);
        m_trail->setItem(row, TrailWhen, cell(HistoryText::dateTime(e.at)));
        auto* state = cell(HistoryText::state(e.toState));
        state->setForeground(HistoryText::stateForeground(e.toState));
        state->setBackground(HistoryText::stateBackground(e.toState));
        m_trail->setItem(row, TrailState, state);
        m_trail->setItem(row, TrailSource, cell(HistoryText::source(e.source)));
        m_trail->setItem(row, TrailMessage, cell(messageOf(e.fields)));
    }
    m_trail->resizeRowsToContents();
}

} // namespace counterdesk::ui
