#include "PinPromptDialog.h"

#include "PinEntry.h"
#include "security/PinGuard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace counterdesk::ui {

PinPromptDialog::PinPromptDialog(security::PinGuard& guard, const QString& reason, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pinPromptDialog"));
    setWindowTitle(tr("Agent PIN"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("pinPromptReason"));
    m_reason->setTextFormat(Qt::PlainText); // may carry a recipient's name from the server
    m_reason->setWordWrap(true);
    m_reason->setText(reason);
    m_entry = new PinEntry(guard, this);
    m_entry->setObjectName(QStringLiteral("pinPromptEntry"));
    m_entry->setActionText(tr("&Confirm"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pinPromptCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_entry);
    layout->addWidget(buttons);

    connect(m_entry, &PinEntry::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_entry->focusPin();
}

PinPromptDialog::~PinPromptDialog() = default;

} // namespace counterdesk::ui
