// RefundDialog: gives a REFUND_PENDING transfer's money back to the customer.
//
// The agent hands back the cash, asks Eko to send the customer the refund
// OTP, types the OTP the customer reads out (their consent, REFERENCE.md
// §3.6) and presses Refund once. The work is RefundSession's; this dialog
// only words its states. Opened with open() (window-modal, no nested event
// loop) so the counter keeps running and tests can drive it.
#pragma once

#include "transfer/RefundSession.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace counterdesk::eko {
class EkoClient;
}
namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::ui {

class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(eko::EkoClient* client, journal::Journal* journal, transfer::Reconciler* reconciler,
                 const QString& clientRefId, QWidget* parent = nullptr);
    ~RefundDialog() override;

    transfer::RefundSession::State state() const { return m_session->state(); }

Q_SIGNALS:
    // The journal row moved (OTP sent, refunded, or an unknown answer).
    void transferChanged(const QString& clientRefId);

private:
    void requestOtp();
    void refund();
    void checkStatus();
    void update();
    QString problemText() const;

    std::unique_ptr<transfer::RefundSession> m_session;
    QString m_ref;
    QLabel* m_intro = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_otp = nullptr;
    QPushButton* m_sendOtp = nullptr;
    QPushButton* m_refund = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace counterdesk::ui
