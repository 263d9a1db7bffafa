// PinPromptDialog: "type the agent PIN to send this transfer". Used before
// Send when the RequireAgentPin setting is on; accept() only on the right
// PIN. Callers open() it and act on accepted(): never exec(), so no nested
// event loop runs under a money call.
#pragma once

#include <QDialog>

class QLabel;

namespace counterdesk::security {
class PinGuard;
}

namespace counterdesk::ui {

class PinEntry;

class PinPromptDialog : public QDialog
{
    Q_OBJECT
public:
    // reason: what the PIN is for, e.g. "Send ₹5,000 to Asha Devi" (plain text).
    PinPromptDialog(security::PinGuard& guard, const QString& reason, QWidget* parent = nullptr);
    ~PinPromptDialog() override;

    PinEntry* pinEntry() const { return m_entry; }

private:
    PinEntry* m_entry = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace counterdesk::ui
