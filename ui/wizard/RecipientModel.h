// RecipientModel: the sender's recipients as rows the Recipient page lists
// and filters. Read-only; the session owns the list, this only shows it.
#pragma once

#include "eko/EkoTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace counterdesk::ui {

class RecipientModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, BankColumn, AccountColumn, IfscColumn, VerifiedColumn, ColumnCount };
    // The row's recipient_id, for the page to hand back to the session.
    static constexpr int RecipientIdRole = Qt::UserRole + 1;
    // Everything a type-ahead filter should match, in one string.
    static constexpr int SearchTextRole = Qt::UserRole + 2;

    explicit RecipientModel(QObject* parent = nullptr);

    void setRecipients(const QList<eko::Recipient>& recipients);
    const eko::Recipient* recipientAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<eko::Recipient> m_recipients;
};

} // namespace counterdesk::ui
