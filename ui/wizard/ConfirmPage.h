// ConfirmPage: step 5. Everything the customer must agree to, in large
// type. Cancel is the default button (Enter never sends); Send arms only
// after a delay (Bitcoin Core's SendConfirmationDialog), and is disabled the
// instant it is pressed so a double-click or a held Enter cannot send twice;
// the session refuses a second Initiate as well.
#pragma once

#include "TransferPage.h"

#include <QElapsedTimer>
#include <QTimer>
#include <memory>

namespace Ui {
class ConfirmPage;
}

namespace counterdesk::ui {

class ConfirmPage : public TransferPage
{
    Q_OBJECT
public:
    ConfirmPage(TransferContext& context, int armDelayMs, QWidget* parent = nullptr);
    ~ConfirmPage() override;

    void setArmDelayMs(int delayMs) { m_armDelayMs = qMax(0, delayMs); }
    int armDelayMs() const { return m_armDelayMs; }
    bool isComplete() const override;
    // The wizard refused to close while the money is on its way: say why.
    void showCloseRefused();

protected:
    void initializePage() override;
    void cleanupPage() override;
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;

private:
    void send();
    void sendConfirmed();
    void renderSendButton();
    QString amountText() const;

    std::unique_ptr<Ui::ConfirmPage> m_ui;
    int m_armDelayMs;
    QElapsedTimer m_shownFor;
    QTimer m_armTicker;
    bool m_sendPressed = false;
    QString m_refusal; // why the last Send did nothing, shown in the banner
};

} // namespace counterdesk::ui
