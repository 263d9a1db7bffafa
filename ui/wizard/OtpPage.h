// OtpPage: step 4. The transaction OTP the customer reads out, the count of
// wrong tries, and a resend that unlocks after Eko's 60 s cool-down with
// the countdown in view.
#pragma once

#include "TransferPage.h"

#include <QTimer>
#include <memory>

namespace Ui {
class OtpPage;
}

namespace counterdesk::ui {

class OtpPage : public TransferPage
{
    Q_OBJECT
public:
    explicit OtpPage(TransferContext& context, QWidget* parent = nullptr);
    ~OtpPage() override;

protected:
    void initializePage() override;
    void cleanupPage() override;
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;

private:
    void renderResend();

    std::unique_ptr<Ui::OtpPage> m_ui;
    QTimer m_countdown;
};

} // namespace counterdesk::ui
