#include "StepSideBar.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace counterdesk::ui {

namespace {
constexpr int kStepCount = 6;
}

StepSideBar::StepSideBar(QWidget* parent)
    : QWidget(parent)
    , m_training(new QLabel(this))
{
    setObjectName(QStringLiteral("stepSideBar"));
    m_training->setObjectName(QStringLiteral("trainingMarker"));
    m_training->setTextFormat(Qt::PlainText);
    m_training->setAlignment(Qt::AlignCenter);
    // Black on amber: readable in sunlight and to colour-blind eyes; the
    // word itself carries the meaning.
    m_training->setStyleSheet(QStringLiteral("QLabel { background: #ffbf00; color: black; font-weight: bold; "
                                             "padding: 8px; border-radius: 4px; }"));
    m_training->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 16, 8);
    layout->addWidget(m_training);
    layout->addSpacing(12);
    for (int i = 0; i < kStepCount; ++i) {
        auto* step = new QLabel(this);
        step->setObjectName(QStringLiteral("step%1Label").arg(i));
        step->setTextFormat(Qt::PlainText);
        m_steps.append(step);
        layout->addWidget(step);
    }
    layout->addStretch(1);
    retranslateUi();
    setCurrentStep(0);
}

void StepSideBar::setTraining(bool training)
{
    m_training->setVisible(training);
}

void StepSideBar::setCurrentStep(int step)
{
    m_current = step;
    for (int i = 0; i < m_steps.size(); ++i) {
        QFont font = m_steps[i]->font();
        font.setBold(i == step);
        m_steps[i]->setFont(font);
        // A marker as well as boldness: meaning never rests on looks alone.
        m_steps[i]->setEnabled(i >= step);
    }
    retranslateUi();
}

void StepSideBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StepSideBar::retranslateUi()
{
    m_training->setText(tr("TRAINING"));
    m_training->setAccessibleName(tr("Training mode: no real money moves"));
    const QString names[kStepCount] = {tr("1. Customer"), tr("2. Recipient"), tr("3. Amount"),
                                       tr("4. OTP"),      tr("5. Confirm"),   tr("6. Receipt")};
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString marker = i == m_current ? QStringLiteral("▶ ") : QStringLiteral("   ");
        m_steps[i]->setText(marker + names[i]);
    }
}

} // namespace counterdesk::ui
