// PinEntry: a PIN field, its button, and the lock-out countdown, checked
// against PinGuard. The lock screen and the transfer PIN prompt both use it,
// so wrong PINs are counted and delayed the same way everywhere.
//
// The typed PIN is wiped (SecureZero) as soon as it has been checked.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace counterdesk::security {
class PinGuard;
}

namespace counterdesk::ui {

class PinEntry : public QWidget
{
    Q_OBJECT
public:
    explicit PinEntry(security::PinGuard& guard, QWidget* parent = nullptr);
    ~PinEntry() override;

    // What the button says ("Unlock", "Confirm").
    void setActionText(const QString& text);
    // Clears the field and the message, shows any running lock-out.
    void reset();
    void focusPin();
    QString statusText() const;
    bool isWaiting() const;

    void submit();

Q_SIGNALS:
    void accepted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void tick();

    security::PinGuard& m_guard;
    QLabel* m_label = nullptr;
    QLineEdit* m_pin = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_countdown = nullptr;
    QString m_actionText;
};

} // namespace counterdesk::ui
