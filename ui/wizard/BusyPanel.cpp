#include "BusyPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace counterdesk::ui {

BusyPanel::BusyPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    m_text->setObjectName(QStringLiteral("busyText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("busyBar"));
    // Range 0..0 is Qt's "busy" animation: we never know how long Eko takes.
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("busyCancelButton"));
    // Not autoDefault: Enter while waiting must not stop the wait by accident.
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &BusyPanel::cancelRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    retranslateUi();
    setVisible(false);
}

void BusyPanel::start(const QString& text, bool cancellable)
{
    m_busy = true;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_cancel->setVisible(cancellable);
    setVisible(true);
}

void BusyPanel::stop()
{
    m_busy = false;
    setVisible(false);
}

void BusyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BusyPanel::retranslateUi()
{
    m_cancel->setText(tr("Stop waiting"));
    m_cancel->setAccessibleName(tr("Stop waiting for the answer"));
    m_bar->setAccessibleName(tr("Working"));
}

} // namespace counterdesk::ui
