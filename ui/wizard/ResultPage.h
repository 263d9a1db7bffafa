// ResultPage: step 6. Success with the receipt fields; failure with the
// reason in plain words and Eko's message beneath; pending or unknown as
// "checking with the bank", refreshed on its own while the session polls.
// Never "failed" for an answer that did not come: that money may have moved.
#pragma once

#include "TransferPage.h"

#include <QTimer>
#include <memory>

namespace Ui {
class ResultPage;
}

class QPushButton;

namespace counterdesk::ui {

class ResultPage : public TransferPage
{
    Q_OBJECT
public:
    explicit ResultPage(TransferContext& context, QWidget* parent = nullptr);
    ~ResultPage() override;

protected:
    void initializePage() override;
    void cleanupPage() override;
    void render() override;
    void act(transfer::TransferSession::State state) override;
    void focusFor(transfer::TransferSession::State state) override;
    void changeEvent(QEvent* event) override;

private:
    void renderOutcome(const journal::Transfer& transfer);
    void renderReceipt(const journal::Transfer& transfer);
    void showPrintableReceipt();
    QString stateText(journal::TransferState state) const;

    std::unique_ptr<Ui::ResultPage> m_ui;
    QTimer m_ticker; // the "next check in" countdown
    QPushButton* m_printButton = nullptr;
    bool m_receiptPrinted = false; // every later print of this transfer is a COPY
};

} // namespace counterdesk::ui
