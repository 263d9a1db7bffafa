#include "HomeWidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QPushButton* makeActionButton(const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFont(scaledFont(parent->font(), 1.5, true));
    // Big targets: a tired agent on a touchpad hits them first time.
    button->setMinimumSize(260, 96);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QLabel* makeHint(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return label;
}

} // namespace

HomeWidget::HomeWidget(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_newTransferButton(makeActionButton(QStringLiteral("newTransferButton"), this))
    , m_newTransferHint(makeHint(QStringLiteral("newTransferHint"), this))
    , m_historyButton(makeActionButton(QStringLiteral("historyButton"), this))
    , m_historyHint(makeHint(QStringLiteral("historyHint"), this))
{
    setObjectName(QStringLiteral("homeWidget"));
    m_heading->setObjectName(QStringLiteral("homeHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setFont(scaledFont(font(), 1.35, false));
    m_heading->setAlignment(Qt::AlignHCenter);

    auto* actions = new QGridLayout;
    actions->setHorizontalSpacing(32);
    actions->setVerticalSpacing(8);
    actions->addWidget(m_newTransferButton, 0, 0);
    actions->addWidget(m_newTransferHint, 1, 0);
    actions->addWidget(m_historyButton, 0, 1);
    actions->addWidget(m_historyHint, 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addSpacing(24);
    layout->addLayout(actions);
    layout->addStretch(2);

    setTabOrder(m_newTransferButton, m_historyButton);
    setFocusProxy(m_newTransferButton);

    connect(m_newTransferButton, &QPushButton::clicked, this, &HomeWidget::newTransferRequested);
    connect(m_historyButton, &QPushButton::clicked, this, &HomeWidget::historyRequested);

    retranslateUi();
}

void HomeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

// Enter moves on everywhere in CounterDesk; a QPushButton outside a dialog
// only reacts to Space, so Enter is handed to the focused action here.
void HomeWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto* button = qobject_cast<QPushButton*>(focusWidget())) {
            button->animateClick();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void HomeWidget::retranslateUi()
{
    m_heading->setText(tr("What would you like to do?"));
    m_newTransferButton->setText(tr("&New transfer"));
    m_newTransferButton->setAccessibleName(tr("New transfer"));
    m_newTransferButton->setAccessibleDescription(
        tr("Send money from a customer's wallet to a bank account"));
    m_newTransferHint->setText(tr("Send money from a customer's wallet to a bank account"));
    m_historyButton->setText(tr("H&istory"));
    m_historyButton->setAccessibleName(tr("History"));
    m_historyButton->setAccessibleDescription(tr("Find, check and reprint earlier transfers"));
    m_historyHint->setText(tr("Find, check and reprint earlier transfers"));
}

} // namespace counterdesk::ui
