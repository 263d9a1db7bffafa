#include "RecipientModel.h"

#include "domain/AccountMask.h"

namespace counterdesk::ui {

RecipientModel::RecipientModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecipientModel::setRecipients(const QList<eko::Recipient>& recipients)
{
    beginResetModel();
    m_recipients = recipients;
    endResetModel();
}

const eko::Recipient* RecipientModel::recipientAt(int row) const
{
    if (row < 0 || row >= m_recipients.size())
        return nullptr;
    return &m_recipients[row];
}

int RecipientModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_recipients.size());
}

int RecipientModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientModel::data(const QModelIndex& index, int role) const
{
    const eko::Recipient* r = recipientAt(index.row());
    if (!r)
        return {};
    if (role == RecipientIdRole)
        return r->recipientId;
    if (role == SearchTextRole)
        return QStringList{r->name, r->bank, r->account.right(4), r->ifsc}.join(QLatin1Char(' '));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case NameColumn:
        return r->name;
    case BankColumn:
        return r->bank;
    case AccountColumn:
        return AccountMask::mask(r->account);
    case IfscColumn:
        return r->ifsc;
    case VerifiedColumn:
        // Words, not only a tick: meaning never rests on a symbol alone.
        return r->isVerified ? tr("✔ Verified") : tr("Not verified");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case BankColumn:
        return tr("Bank");
    case AccountColumn:
        return tr("Account");
    case IfscColumn:
        return tr("IFSC");
    case VerifiedColumn:
        return tr("Bank check");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace counterdesk::ui
