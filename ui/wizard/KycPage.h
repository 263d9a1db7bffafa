// KycPage: the Aadhaar number, the Aadhaar OTP and the PAN of a new wallet's
// KYC. Each number is checked offline as it is typed; after the Aadhaar OTP
// is sent the number shows only as XXXX XXXX 1234 and the field is emptied.
#pragma once

#include "TransferPage.h"

#include <QTimer>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace counterdesk::ui {

class BusyPanel;
class MessageWidget;

class KycPage : public TransferPage
{
    Q_OBJECT
public:
    explicit KycPage(TransferContext& context, QWidget* parent = nullptr);

protected:
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void renderResend();
    void checkAadhaarAsTyped(const QString& text);
    void checkPanAsTyped(const QString& text);

    MessageWidget* m_banner;
    BusyPanel* m_busy;
    QLabel* m_customer;
    QGroupBox* m_aadhaarBox;
    QLabel* m_aadhaarLabel;
    QLineEdit* m_aadhaarEdit;
    QLabel* m_aadhaarError;
    QPushButton* m_sendAadhaarOtp;
    QGroupBox* m_otpBox;
    QLabel* m_otpSentTo;
    QLabel* m_otpLabel;
    QLineEdit* m_otpEdit;
    QPushButton* m_verifyOtp;
    QPushButton* m_resendOtp;
    QGroupBox* m_panBox;
    QLabel* m_panLabel;
    QLineEdit* m_panEdit;
    QLabel* m_panError;
    QPushButton* m_checkPan;
    QTimer m_countdown;
};

} // namespace counterdesk::ui
