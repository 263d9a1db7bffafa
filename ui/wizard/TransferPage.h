// TransferPage: what every wizard page shares. A page renders the session's
// state (render()) whenever the context says anything moved while the page
// is showing, and turns "Next" (Enter) into the one action the state calls
// for (act()). Pages never keep their own copy of the transfer.
#pragma once

#include "TransferContext.h"

#include <QWizardPage>

class QLineEdit;
class QPushButton;

namespace counterdesk::ui {

class BusyPanel;
class MessageWidget;

class TransferPage : public QWizardPage
{
    Q_OBJECT
public:
    // The pages in order; also each page's wizard id. The two KYC pages
    // show only for a customer whose KYC Eko says is pending.
    enum PageId {
        SenderPageId,
        ConsentPageId,
        KycPageId,
        RecipientPageId,
        AmountPageId,
        OtpPageId,
        ConfirmPageId,
        ResultPageId
    };
    // Which page shows a session state.
    static PageId pageForState(transfer::TransferSession::State state);
    // The side bar's step of a page: the KYC pages are part of "Customer".
    static int stepForPage(int pageId);

    TransferPage(TransferContext& context, PageId pageId, QWidget* parent = nullptr);

    void initializePage() override;
    // The wizard shows this page (also when it came back to it, where
    // QWizard does not call initializePage()): render and place the focus.
    void pageShown();
    // Enter / Next: true only once the session has moved past this page.
    bool validatePage() override;
    int nextId() const override;

protected:
    // Paint every widget from the session; called often, so idempotent.
    virtual void render() = 0;
    // The agent pressed Enter (or Next) in `state`: start the step's action.
    virtual void act(transfer::TransferSession::State state) = 0;
    // The state changed while this page shows: move the focus to its field.
    virtual void focusFor(transfer::TransferSession::State state) = 0;

    transfer::TransferSession& session() const { return m_context.session(); }
    TransferContext& context() const { return m_context; }
    bool isShowing() const;
    bool sessionIsPastThisPage() const;

    // The session's problem in the banner (or hide it), as plain text.
    void renderProblem(MessageWidget* banner) const;
    void renderBusy(BusyPanel* busy) const;
    // "Sunita Verma (91234 00001)": who the page is about.
    QString customerLine() const;
    // Seconds until the OTP of this step may be sent again; 0 once it may.
    qint64 secondsUntilResend() const;
    // A "Resend OTP" button: enabled once the cool-down is over, counting
    // down until then.
    void renderResendButton(QPushButton* button) const;
    // Room for the countdown text, so the button does not jump or clip.
    static void reserveCountdownWidth(QPushButton* button);
    // Upper-cases a code as it is typed (IFSC, PAN: printed in capitals and
    // sent so), keeping the cursor where it was.
    static void keepUpperCase(QLineEdit* edit, const QString& typed);
    // Large type for values the customer must check.
    static void enlarge(QWidget* widget, int percent, bool bold);

private:
    void onContextChanged();

    TransferContext& m_context;
    PageId m_pageId;
    transfer::TransferSession::State m_lastState = transfer::TransferSession::State::EnterSender;
};

} // namespace counterdesk::ui
