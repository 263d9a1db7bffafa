// BusyPanel: the "working…" strip a wizard page shows while a call is out.
// It says what the console is waiting for, moves so the agent knows the PC
// has not hung, and offers "Stop waiting" where stopping is harmless (reads
// and OTP requests; never a money call, whose page hides the button).
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace counterdesk::ui {

class BusyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BusyPanel(QWidget* parent = nullptr);

    // Shows the panel with a plain-text description of the wait.
    void start(const QString& text, bool cancellable);
    void stop();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_text;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace counterdesk::ui
