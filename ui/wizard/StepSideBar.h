// StepSideBar: the strip on the wizard's left: a TRAINING marker when the
// profile is training (so nobody mistakes a practice transfer for a real
// one) and the six steps with the current one marked, so an agent who looks
// up from the customer sees at once where the transfer is.
#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace counterdesk::ui {

class StepSideBar : public QWidget
{
    Q_OBJECT
public:
    explicit StepSideBar(QWidget* parent = nullptr);

    void setTraining(bool training);
    // 0-based step, as TransferWizard::PageId orders them.
    void setCurrentStep(int step);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_training;
    QList<QLabel*> m_steps;
    int m_current = 0;
};

} // namespace counterdesk::ui
