// RefundSession: gives a REFUND_PENDING transfer's money back to the customer.
//
// Eko sends the customer an OTP when a transfer fails at the bank; the agent
// hands back the cash and types that OTP, which is the customer's consent
// (REFERENCE.md §3.6). requestOtp() asks Eko for it (again); refund(otp)
// claims the refund in the journal (REFUND_PENDING -> REFUNDING, committed
// before the POST: Journal::recordRefunding issues the ticket the client's
// refund call takes) and sends Initiate Refund ONCE. Of two dialogs or two
// processes on one transfer only one gets the claim; the other ends
// InProgress and sends nothing.
//
// An unclear answer leaves the row REFUNDING (open): the Reconciler, the
// only thing that inquires, settles it (tx_status 4 -> REFUNDED), and
// checkStatus() asks it to do so now. Only Eko's refusal (wrong OTP...)
// or the Reconciler's "it never arrived" gives the row back to
// REFUND_PENDING for a new attempt.
#pragma once

#include "eko/EkoTypes.h"
#include "journal/InquiryVerdict.h"
#include "journal/JournalError.h"
#include "journal/OutcomeFields.h"
#include "journal/Transfer.h"
#include "transfer/TransferProblem.h"

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

class Reconciler;

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
        Unknown,       // sent, no decisive answer yet: checkStatus(), never refund() again
        InProgress,    // another dialog or process claimed this refund: checkStatus() only
        OtherProfile,  // made on another connection profile (ProfileScope): refunded only there
    };
    Q_ENUM(State)

    // `reconciler` may be null (then checkStatus() is unavailable).
    RefundSession(eko::EkoClient* client, journal::Journal* journal, Reconciler* reconciler,
                  const QString& clientRefId, QObject* parent = nullptr);
    ~RefundSession() override;

    State state() const { return m_state; }
    bool isBusy() const { return !m_call.isNull() || m_checking; }
    const TransferProblem& problem() const { return m_problem; }
    const std::optional<journal::Transfer>& transfer() const { return m_transfer; }
    const std::optional<eko::RefundInfo>& refundInfo() const { return m_refund; }

    bool requestOtp();
    bool refund(const QString& otp);
    // Asks the Reconciler to inquire now (an open REFUNDING row, or a
    // REFUND_PENDING one that may have been refunded elsewhere).
    bool checkStatus();

Q_SIGNALS:
    void stateChanged(counterdesk::transfer::RefundSession::State state);
    void busyChanged(bool busy);
    void problemChanged();
    void transferUpdated();

private:
    void setState(State state);
    void setEkoProblem(const eko::Result& result);
    void setJournalProblem(journal::JournalError error);
    void setLocalProblem(LocalProblem problem);
    std::optional<journal::Transfer> storedRow() const;
    void clearProblem();
    bool record(journal::TransferState state, const journal::OutcomeFields& fields);
    void adoptRow(const journal::Transfer& row);
    void onOtp(const eko::Result& result);
    void onRefundResending(const eko::Result& first);
    void onRefund(const eko::Result& result);
    void onChecked(const journal::Transfer& row, journal::InquiryVerdict verdict,
                   journal::JournalError error);

    QPointer<eko::EkoClient> m_client;
    journal::Journal* m_journal;
    QPointer<Reconciler> m_reconciler;
    std::optional<journal::Transfer> m_transfer;
    std::optional<eko::RefundInfo> m_refund;
    State m_state = State::NotRefundable;
    TransferProblem m_problem;
    QString m_otpRefId;
    QPointer<eko::PendingCall> m_call;
    bool m_checking = false;
};

} // namespace counterdesk::transfer
