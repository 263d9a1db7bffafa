// RefundSession: gives a REFUND_PENDING transfer's money back to the customer.
//
// Eko sends the customer an OTP when a transfer fails at the bank; the agent
// hands back the cash and types that OTP, which is the customer's consent
// (REFERENCE.md §3.6). requestOtp() asks Eko for it (again); refund(otp)
// sends Initiate Refund ONCE. A refund is money-moving: an unknown answer is
// never re-sent; checkStatus() asks Transaction Inquiry, which reports
// tx_status 4 once the refund went through.
#pragma once

#include "eko/EkoTypes.h"
#include "journal/OutcomeFields.h"
#include "journal/Transfer.h"
#include "transfer/StatusCheck.h"
#include "transfer/TransferProblem.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <optional>

namespace counterdesk::eko {
class EkoClient;
class PendingCall;
} // namespace counterdesk::eko
namespace counterdesk::journal {
class Journal;
}

namespace counterdesk::transfer {

class RefundSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotRefundable, // the row is not REFUND_PENDING (or has no tid)
        Ready,         // requestOtp()
        OtpSent,       // refund(otp)
        Refunding,     // Initiate Refund in flight: cannot be cancelled
        Refunded,      // final: the row is REFUNDED
        Unknown,       // no decisive answer: checkStatus(), never refund() again
    };
    Q_ENUM(State)

    RefundSession(eko::EkoClient* client, journal::Journal* journal, const QString& clientRefId,
                  QObject* parent = nullptr);
    ~RefundSession() override;

    State state() const { return m_state; }
    bool isBusy() const { return !m_call.isNull() || !m_check.isNull(); }
    const TransferProblem& problem() const { return m_problem; }
    const std::optional<journal::Transfer>& transfer() const { return m_transfer; }
    const std::optional<eko::RefundInfo>& refundInfo() const { return m_refund; }

    bool requestOtp();
    bool refund(const QString& otp);
    bool checkStatus();

Q_SIGNALS:
    void stateChanged(counterdesk::transfer::RefundSession::State state);
    void busyChanged(bool busy);
    void problemChanged();
    void transferUpdated();

private:
    void setState(State state);
    void setEkoProblem(const eko::Result& result);
    void clearProblem();
    void record(journal::TransferState state, const journal::OutcomeFields& fields);
    void onOtp(const eko::Result& result);
    void onRefund(const eko::Result& result);

    QPointer<eko::EkoClient> m_client;
    journal::Journal* m_journal;
    std::optional<journal::Transfer> m_transfer;
    std::optional<eko::RefundInfo> m_refund;
    State m_state = State::NotRefundable;
    TransferProblem m_problem;
    QString m_otpRefId;
    QPointer<eko::PendingCall> m_call;
    QPointer<StatusCheck> m_check;
};

} // namespace counterdesk::transfer
