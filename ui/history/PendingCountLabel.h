// PendingCountLabel: "3 transfers pending" for the main window's status bar.
//
// Follows the Reconciler's counts, so the agent always sees that some money
// is still on its way (or waiting for a refund) without opening history.
// Hidden while nothing is open. Clicking it asks for the history view.
#pragma once

#include <QLabel>
#include <QPointer>

namespace counterdesk::transfer {
class Reconciler;
}

namespace counterdesk::ui {

class PendingCountLabel : public QLabel
{
    Q_OBJECT
public:
    explicit PendingCountLabel(transfer::Reconciler* reconciler, QWidget* parent = nullptr);

    // Without a reconciler (tests, the CLI's numbers): set the counts directly.
    void setCounts(int pending, int refundPending);
    int pending() const { return m_pending; }
    int refundPending() const { return m_refundPending; }

Q_SIGNALS:
    void activated(); // the agent clicked it: show history

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateText();

    QPointer<transfer::Reconciler> m_reconciler;
    int m_pending = 0;
    int m_refundPending = 0;
};

} // namespace counterdesk::ui
