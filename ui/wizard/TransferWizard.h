// TransferWizard: one customer's transfer at the counter, one page per step
// (Sender, Recipient, Amount, OTP, Confirm, Result). The pages only render
// TransferSession states and forward the agent's actions; the session
// decides, the wizard follows it from page to page.
//
// Keyboard: Enter does the step's action and moves on, Esc goes one step
// back (or stops a read that is taking long, or closes on the first and last
// page). While an Initiate is in flight nothing closes the wizard: not Esc,
// not Cancel, not the window's close button.
#pragma once

#include "TransferPage.h"
#include "WizardServices.h"

#include <QWizard>

namespace counterdesk::ui {

class ConfirmPage;
class StepSideBar;
class TransferContext;

class TransferWizard : public QWizard
{
    Q_OBJECT
public:
    using PageId = TransferPage::PageId;

    // What the main window calls for "New transfer": a wizard that deletes
    // itself when closed; show() or open() it. services.client and
    // services.journal must outlive it.
    static TransferWizard* create(const WizardServices& services, QWidget* parent = nullptr);

    explicit TransferWizard(const WizardServices& services, QWidget* parent = nullptr);
    ~TransferWizard() override;

    TransferContext& context() const { return *m_context; }
    transfer::TransferSession& session() const;
    // Seconds the Send button stays disarmed on the Confirm page (tests: 0).
    void setConfirmArmDelayMs(int delayMs);

    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void followSession();
    void onPageChanged(int id);
    void goBack();
    void startNextTransfer();
    bool mayClose();
    void retranslateUi();

    TransferContext* m_context;
    StepSideBar* m_sideBar;
    ConfirmPage* m_confirmPage = nullptr;
    bool m_following = false;
};

} // namespace counterdesk::ui
