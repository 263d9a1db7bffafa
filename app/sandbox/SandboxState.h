// SandboxState: the simulated Eko back office - wallets, recipients and the
// transaction ledger - with the id counters Eko would hand out.
//
// It only stores and looks up; the rules (limits, fees, OTPs) live in the
// API handlers so each rule is next to the endpoint that applies it.
#pragma once

#include "StateTypes.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace counterdesk::sandbox {

struct BankInfo
{
    int bankId = 0;
    QString ifscPrefix;
    QString name;
};

class SandboxState
{
public:
    void clear();

    Sender* sender(Rail rail, const QString& mobile);
    Sender& addSender(const Sender& sender);
    QList<const Sender*> senders() const;

    Recipient* recipient(qint64 id);
    // A recipient of this sender on this rail, or nullptr.
    Recipient* recipientOf(const Sender& sender, qint64 id);
    QList<const Recipient*> recipientsOf(const Sender& sender) const;
    // Assigns the next recipient_id unless recipient.id is already set.
    Recipient& addRecipient(Recipient recipient);

    Transaction* transaction(const QString& tid);
    Transaction* transactionByRef(const QString& clientRefId);
    // Assigns the next tid.
    Transaction& addTransaction(Transaction transaction);
    // The whole ledger, oldest tid first (read by the control endpoint).
    QList<const Transaction*> transactions() const;

    QString nextBeneficiaryId();
    QString nextBankRefNum(qint64 nowMs);
    QString nextRefundTid();

    // Banks known by IFSC prefix, for the `bank` field of recipients.
    void addBank(const BankInfo& bank) { m_banks.insert(bank.ifscPrefix, bank); }
    QString bankNameForIfsc(const QString& ifsc) const;

    // The agent's e-value: refunds are credited here (REFERENCE §1.3: the
    // agent has handed the cash back to the customer).
    Money agentBalance = Money::fromRupees(100000);
    Money perTransactionLimit = Money::fromRupees(50000);
    int maxRecipientsPerDay = 5;

private:
    static QString senderKey(Rail rail, const QString& mobile);

    QMap<QString, Sender> m_senders; // ordered, so --help and dumps are stable
    QMap<qint64, Recipient> m_recipients;
    QHash<QString, Transaction> m_transactions;
    QHash<QString, QString> m_tidByRef;
    QHash<QString, BankInfo> m_banks;
    qint64 m_nextRecipientId = 10017680;
    qint64 m_nextTid = 2886522975;
    qint64 m_nextBeneficiaryId = 4202888;
    qint64 m_nextRefundTid = 3886522975;
    int m_bankRefSequence = 0;
};

} // namespace counterdesk::sandbox
