#include "PendingCountLabel.h"

#include "HistoryText.h"
#include "money/MoneyFormatter.h"
#include "transfer/Reconciler.h"

#include <QEvent>
#include <QMouseEvent>

namespace counterdesk::ui {

PendingCountLabel::PendingCountLabel(transfer::Reconciler* reconciler, QWidget* parent)
    : QLabel(parent)
    , m_reconciler(reconciler)
{
    setObjectName(QStringLiteral("pendingCount"));
    setTextFormat(Qt::PlainText);
    setCursor(Qt::PointingHandCursor);
    if (reconciler) {
        connect(reconciler, &transfer::Reconciler::pendingCountChanged, this,
                [this](int count) { setCounts(count, m_refundPending); });
        connect(reconciler, &transfer::Reconciler::refundPendingCountChanged, this,
                [this](int count) { setCounts(m_pending, count); });
        // The reconciler starts at -1 ("not counted yet"): show nothing until it knows.
        setCounts(qMax(0, reconciler->pendingCount()), qMax(0, reconciler->refundPendingCount()));
    } else {
        updateText();
    }
}

void PendingCountLabel::setCounts(int pending, int refundPending)
{
    m_pending = qMax(0, pending);
    m_refundPending = qMax(0, refundPending);
    updateText();
}

void PendingCountLabel::updateText()
{
    QStringList parts;
    if (m_pending > 0)
        // Singular and plural as separate strings: there is no English .qm
        // to resolve a "%n" plural, and Hindi translates each on its own.
        parts << (m_pending == 1 ? tr("1 transfer pending")
                                 : tr("%1 transfers pending")
                                       .arg(MoneyFormatter::formatCount(m_pending, HistoryText::language())));
    if (m_refundPending > 0)
        parts << (m_refundPending == 1
                      ? tr("1 refund to give")
                      : tr("%1 refunds to give")
                            .arg(MoneyFormatter::formatCount(m_refundPending, HistoryText::language())));
    setText(parts.join(QStringLiteral(" · ")));
    setAccessibleName(text());
    setToolTip(parts.isEmpty() ? QString() : tr("Open history to see them"));
    // Parentless, show() would open a window of its own: only a placed label hides.
    if (parentWidget())
        setVisible(!parts.isEmpty());
}

void PendingCountLabel::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated();
    QLabel::mouseReleaseEvent(event);
}

void PendingCountLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QLabel::changeEvent(event);
}

} // namespace counterdesk::ui
