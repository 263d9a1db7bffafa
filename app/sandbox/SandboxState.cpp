#include "SandboxState.h"

#include <QDateTime>
#include <algorithm>

namespace counterdesk::sandbox {

QString railName(Rail rail)
{
    return rail == Rail::Levin ? QStringLiteral("ppi-levin") : QStringLiteral("ppi-digikhata");
}

QString txStatusDescription(int txStatus)
{
    switch (txStatus) {
    case TxStatus::Success:
        return QStringLiteral("Success");
    case TxStatus::Failed:
        return QStringLiteral("Failed");
    case TxStatus::Awaited:
        return QStringLiteral("Response Awaited");
    case TxStatus::RefundPending:
        return QStringLiteral("Refund Pending");
    case TxStatus::Refunded:
        return QStringLiteral("Refunded");
    }
    return QStringLiteral("Initiated");
}

void SandboxState::clear()
{
    *this = SandboxState();
}

QString SandboxState::senderKey(Rail rail, const QString& mobile)
{
    return railName(rail) + u'/' + mobile;
}

Sender* SandboxState::sender(Rail rail, const QString& mobile)
{
    auto it = m_senders.find(senderKey(rail, mobile));
    return it == m_senders.end() ? nullptr : &*it;
}

Sender& SandboxState::addSender(const Sender& sender)
{
    return *m_senders.insert(senderKey(sender.rail, sender.mobile), sender);
}

QList<const Sender*> SandboxState::senders() const
{
    QList<const Sender*> result;
    for (const Sender& s : m_senders)
        result.append(&s);
    return result;
}

Recipient* SandboxState::recipient(qint64 id)
{
    auto it = m_recipients.find(id);
    return it == m_recipients.end() ? nullptr : &*it;
}

Recipient* SandboxState::recipientOf(const Sender& sender, qint64 id)
{
    Recipient* r = recipient(id);
    if (!r || r->rail != sender.rail || r->senderMobile != sender.mobile)
        return nullptr;
    return r;
}

QList<const Recipient*> SandboxState::recipientsOf(const Sender& sender) const
{
    QList<const Recipient*> result;
    for (const Recipient& r : m_recipients) {
        if (r.rail == sender.rail && r.senderMobile == sender.mobile)
            result.append(&r);
    }
    return result;
}

Recipient& SandboxState::addRecipient(Recipient recipient)
{
    if (recipient.id == 0)
        recipient.id = m_nextRecipientId++;
    else if (recipient.id >= m_nextRecipientId)
        m_nextRecipientId = recipient.id + 1;
    return *m_recipients.insert(recipient.id, recipient);
}

Transaction* SandboxState::transaction(const QString& tid)
{
    auto it = m_transactions.find(tid);
    return it == m_transactions.end() ? nullptr : &*it;
}

Transaction* SandboxState::transactionByRef(const QString& clientRefId)
{
    const QString tid = m_tidByRef.value(clientRefId);
    return tid.isEmpty() ? nullptr : transaction(tid);
}

Transaction& SandboxState::addTransaction(Transaction transaction)
{
    transaction.tid = QString::number(m_nextTid++);
    if (!transaction.clientRefId.isEmpty())
        m_tidByRef.insert(transaction.clientRefId, transaction.tid);
    return *m_transactions.insert(transaction.tid, transaction);
}

QList<const Transaction*> SandboxState::transactions() const
{
    QList<const Transaction*> result;
    for (const Transaction& t : m_transactions)
        result.append(&t);
    // tids are numbers of one width, handed out in order
    std::sort(result.begin(), result.end(),
              [](const Transaction* a, const Transaction* b) { return a->tid < b->tid; });
    return result;
}

QString SandboxState::nextBeneficiaryId()
{
    return QString::number(m_nextBeneficiaryId++);
}

QString SandboxState::nextBankRefNum(qint64 nowMs)
{
    // Eko's sample UTR is yyMMddHHmmss plus a sequence: "250121123714472002".
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyMMddHHmmss"));
    return stamp + QStringLiteral("%1").arg(++m_bankRefSequence % 1000000, 6, 10, QLatin1Char('0'));
}

QString SandboxState::nextRefundTid()
{
    return QString::number(m_nextRefundTid++);
}

QString SandboxState::bankNameForIfsc(const QString& ifsc) const
{
    const auto it = m_banks.constFind(ifsc.left(4).toUpper());
    return it == m_banks.constEnd() ? QStringLiteral("Bank %1").arg(ifsc.left(4).toUpper()) : it->name;
}

} // namespace counterdesk::sandbox
