// SenderPage: step 1. The customer's mobile and wallet, the sender OTP, the
// enrolment form for a new customer (KYC, when pending, has pages of its own).
#pragma once

#include "TransferPage.h"

#include <QTimer>
#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class SenderPage;
}

namespace counterdesk::ui {

class SenderPage : public TransferPage
{
    Q_OBJECT
public:
    explicit SenderPage(TransferContext& context, QWidget* parent = nullptr);
    ~SenderPage() override;

protected:
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;

private:
    void fillRails();
    void createCustomerLanguageRow();
    void retranslateCustomerLanguageRow();
    void onRailChosen(int index);
    void renderProfile();
    void renderResend();

    std::unique_ptr<Ui::SenderPage> m_ui;
    // The customer's language (the customer display's), per transfer.
    QLabel* m_customerLanguageLabel = nullptr;
    QComboBox* m_customerLanguageCombo = nullptr;
    QTimer m_countdown; // ticks the "Resend OTP (45 s)" text
};

} // namespace counterdesk::ui
