#include "PendingCountLabel.h"

#include "HistoryText.h"
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
        parts << HistoryText::groupCount(tr("%n transfer(s) pending", nullptr, m_pending), m_pending);
    if (m_refundPending > 0)
        parts << HistoryText::groupCount(tr("%n refund(s) to give", nullptr, m_refundPending),
                                         m_refundPending);
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
