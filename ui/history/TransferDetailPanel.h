// TransferDetailPanel: one transfer's facts and its event trail.
//
// The trail is the journal's append-only log: every answer Eko gave (or did
// not give) with its time, the state it moved the row to, who asked, and
// Eko's message verbatim. That is what the owner and support read to see
// that nothing was sent twice. Server text is shown as plain text only.
#pragma once

#include "journal/Transfer.h"
#include "journal/TransferEvent.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace counterdesk::ui {

class TransferDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransferDetailPanel(QWidget* parent = nullptr);

    void showTransfer(const journal::Transfer& transfer, const QList<journal::TransferEvent>& events);
    void clear();

    // For tests and screen readers: the trail as shown.
    const QTableWidget* trail() const { return m_trail; }

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_trail = nullptr;
};

} // namespace counterdesk::ui
