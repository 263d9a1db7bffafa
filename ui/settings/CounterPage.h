// CounterPage: the shop as the receipt shows it (name, address, agent code),
// the receipt's language and paper, and how long the Send button stays
// disarmed on the confirm page.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace counterdesk {
class Settings;
}

namespace counterdesk::ui {

class CounterPage : public QWidget
{
    Q_OBJECT
public:
    explicit CounterPage(Settings& settings, QWidget* parent = nullptr);
    ~CounterPage() override;

    void load();
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Settings& m_settings;
    QLineEdit* m_shopName = nullptr;
    QPlainTextEdit* m_shopAddress = nullptr;
    QLineEdit* m_agentCode = nullptr;
    QComboBox* m_receiptLanguage = nullptr;
    QComboBox* m_paper = nullptr;
    QSpinBox* m_armDelay = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace counterdesk::ui
