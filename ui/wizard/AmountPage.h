// AmountPage: step 3. Whole rupees with live Indian grouping and the amount
// in words, checked against balance and limits on every keystroke (no call
// is made for an amount that cannot go), and the channel the recipient
// allows. Enter asks Eko to send the transaction OTP.
#pragma once

#include "TransferPage.h"
#include "money/Money.h"

#include <memory>
#include <optional>

namespace Ui {
class AmountPage;
}

namespace counterdesk::ui {

class AmountPage : public TransferPage
{
    Q_OBJECT
public:
    explicit AmountPage(TransferContext& context, QWidget* parent = nullptr);
    ~AmountPage() override;

protected:
    void initializePage() override;
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;

private:
    void onAmountEdited(const QString& text);
    // The amount typed, or nullopt with the reason shown under the field.
    std::optional<Money> checkAmount();
    eko::Channel chosenChannel() const;
    QString limitText(transfer::AmountCheck check) const;

    std::unique_ptr<Ui::AmountPage> m_ui;
};

} // namespace counterdesk::ui
