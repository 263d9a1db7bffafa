// HomeWidget: the first screen. Two big actions an agent reaches with one
// key: New transfer (Alt+N) and History (Alt+I, because Alt+H opens the
// Help menu).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace counterdesk::ui {

class HomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HomeWidget(QWidget* parent = nullptr);

Q_SIGNALS:
    void newTransferRequested();
    void historyRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_heading;
    QPushButton* m_newTransferButton;
    QLabel* m_newTransferHint;
    QPushButton* m_historyButton;
    QLabel* m_historyHint;
};

} // namespace counterdesk::ui
