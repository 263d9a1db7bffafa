// SecurityPage: the agent PIN (set, change, remove), the idle lock and
// whether each transfer needs the PIN.
//
// PIN changes take effect at once (PinGuard writes its hash), not on the
// dialog's Save: the agent must never wonder whether a new PIN "took".
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace counterdesk {
class Settings;
}
namespace counterdesk::security {
class PinGuard;
}

namespace counterdesk::ui {

class MessageWidget;

class SecurityPage : public QWidget
{
    Q_OBJECT
public:
    SecurityPage(Settings& settings, security::PinGuard& pinGuard, QWidget* parent = nullptr);
    ~SecurityPage() override;

    void load();
    void save();

    void setPin();
    void removePin();

Q_SIGNALS:
    void pinChanged(bool hasPin);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    // Checks the current PIN when one is set; says why not in the banner.
    bool currentPinAccepted();
    void clearPinFields();

    Settings& m_settings;
    security::PinGuard& m_pinGuard;
    MessageWidget* m_messages = nullptr;
    QLabel* m_pinState = nullptr;
    QLineEdit* m_currentPin = nullptr;
    QLineEdit* m_newPin = nullptr;
    QLineEdit* m_repeatPin = nullptr;
    QPushButton* m_setPin = nullptr;
    QPushButton* m_removePin = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QCheckBox* m_requirePin = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace counterdesk::ui
