// RecipientPage: step 2. The sender's recipients with a type-ahead filter,
// the Add Recipient form, and the bank registration OTP where the rail asks.
#pragma once

#include "TransferPage.h"
#include "transfer/NewRecipient.h"

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class RecipientPage;
}

namespace counterdesk::ui {

class RecipientModel;

class RecipientPage : public TransferPage
{
    Q_OBJECT
public:
    explicit RecipientPage(TransferContext& context, QWidget* parent = nullptr);
    ~RecipientPage() override;

protected:
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadList();
    void applyFilter(const QString& text);
    void selectRow(int row);
    qint64 currentRecipientId() const;
    void onIfscEdited(const QString& text);
    transfer::NewRecipient typedRecipient() const;
    void renderNameCheck(bool busy);
    void renderCustomer();
    QString kycCompletedText() const;

    std::unique_ptr<Ui::RecipientPage> m_ui;
    RecipientModel* m_model;
    QSortFilterProxyModel* m_filter;
};

} // namespace counterdesk::ui
