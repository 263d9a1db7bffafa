// TransferSession: one customer's transfer, from the mobile number to the
// journal row of the result, as a state machine the wizard drives.
//
// No widgets and no words: the wizard shows a page per State, calls one
// method per agent action, and words the enums (TransferProblem, AmountCheck,
// SendResult). Every Eko call is asynchronous; while one is in flight
// isBusy() is true, activity() says what it is and canCancel() whether
// cancel() may stop it (reads can; an Initiate cannot, it may have reached
// Eko).
//
// States, in words (goBack() walks the arrows backwards where it makes sense):
//   EnterSender --lookUpSender--> SenderOtp           existing sender, OTP sent
//               \-------------->  Onboarding          not enrolled (308)
//   Onboarding  --onboardSender--> SenderOtp          (300 "wallet opened": looks up again)
//   SenderOtp   --verifySenderOtp--> Recipients       profile, balance, limit left
//               \----------------->  KycConsent       2136 Aadhaar pending (loads the consent languages)
//               \----------------->  KycPan           2147 PAN required
//   KycConsent  --chooseConsentLanguage (loads the text), confirmConsent (journal record)--> KycAadhaar
//   KycAadhaar  --sendAadhaarOtp--> KycAadhaarOtp --verifyAadhaarOtp--> KycPan (2147) | Recipients (309)
//   KycPan      --validatePan--> Recipients (kycCompleted(); the new limits in sender())
//   Where a customer stopped comes from Eko's answer each time (2136/2147), so
//   a KYC left half-way resumes at its step; consent is asked again before
//   the Aadhaar number because Eko keeps no record of it (the journal does).
//   Recipients  --chooseRecipient--> Amount           (registered recipient)
//               \--------------->   RecipientBankOtp  (not yet registered, DigiKhata)
//               --beginAddRecipient--> AddRecipient --addRecipient--> RecipientBankOtp | Recipients
//                 (addRecipient asks Get IFSC Details first, unless the journal has a
//                 fresh answer: BankLookup; an IFSC no bank has is refused offline)
//   AddRecipient --checkRecipientName--> AddRecipient  nameCheck(): the bank's name beside the
//                 typed one (only where Eko says isverificationavailable; a fee, nameCheckFee(),
//                 named before); when they differ addRecipient waits for confirmBankName(true)
//   RecipientBankOtp --verifyRecipientBankOtp--> Amount (recipient chosen)
//   Amount      --setAmount(Ok), requestTransactionOtp--> TransactionOtp
//   TransactionOtp --setTransactionOtp--> Confirm
//   Confirm     --confirmAndSend--> Submitting --answer--> Finished
//                                              \-wrong/expired OTP--> TransactionOtp (new ref next time)
//   Finished: transfer() is the journal row. While it is PENDING/UNKNOWN the
//   session has the Reconciler (the one asker) watch it on
//   SessionOptions::pollSchedule; every answer is recorded there and
//   refreshes transfer() here (activity() is CheckingStatus while one is
//   out); checkStatusNow() asks at once. REFUND_PENDING is handed to a
//   RefundSession. startOver() begins the next customer; an open row is then
//   left to the Reconciler's own schedule, and the sender stays blocked
//   until it settles.
//
// Money rules (DESIGN.md "Money safety"): confirmAndSend() is the only path to
// Initiate and does nothing while Submitting/Finished; it refuses while the
// journal holds an open transfer for the sender; it commits the SUBMITTING
// row with a fresh client_ref_id before the POST and sends nothing if that
// write fails. The OTPs live in this object only and are cleared after use.
#pragma once

#include "eko/EkoTypes.h"
#include "journal/InquiryVerdict.h"
#include "journal/JournalError.h"
#include "journal/Transfer.h"
#include "money/Money.h"
#include "transfer/AmountCheck.h"
#include "transfer/NewRecipient.h"
#include "transfer/SessionOptions.h"
#include "transfer/TransferProblem.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
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

class TransferSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        EnterSender,      // type the customer's mobile
        SenderOtp,        // Eko sent the customer an OTP: type it
        Onboarding,       // not enrolled: name, date of birth, address
        KycConsent,       // Aadhaar pending: the customer hears the consent in their language and agrees
        KycAadhaar,       // type the customer's Aadhaar number (checked offline)
        KycAadhaarOtp,    // UIDAI sent an OTP to the Aadhaar-linked mobile: type it
        KycPan,           // PAN required: type the customer's PAN
        Recipients,       // the sender's saved recipients: choose, refresh or add
        AddRecipient,     // the new-recipient form
        RecipientBankOtp, // registering the recipient with the bank needs an OTP
        Amount,           // amount and channel
        TransactionOtp,   // Eko sent the customer the transaction OTP: type it
        Confirm,          // everything on one screen; confirmAndSend()
        Submitting,       // the Initiate is in flight: nothing can stop it
        Finished,         // transfer() is the journal row of the result
    };
    Q_ENUM(State)

    // What is in flight while isBusy().
    enum class Activity {
        None,
        LookingUpSender,
        ResendingSenderOtp,
        VerifyingSenderOtp,
        OnboardingSender,
        LoadingConsentLanguages,
        LoadingConsent,
        SendingAadhaarOtp,
        VerifyingAadhaarOtp,
        ValidatingPan,
        LoadingRecipients,
        LookingUpBank, // Get IFSC Details before Add Recipient (transfer::BankLookup)
        // Verify Bank Account: the bank's name for the account (a paid check)
        CheckingRecipientName,
        AddingRecipient,
        RegisteringRecipient, // recipient bank OTP / register with bank
        VerifyingRecipientBankOtp,
        SendingTransactionOtp,
        Sending,        // Initiate: cannot be cancelled
        CheckingStatus, // Transaction Inquiry
    };
    Q_ENUM(Activity)

    // What confirmAndSend() did (Bitcoin Core's SendCoinsReturn shape: the
    // wizard switches over it with no default).
    // What checkRecipientName() learned: the name the bank holds for the
    // account beside the one the customer gave. The account number stays in
    // this object only (never a log or the journal).
    struct NameCheck
    {
        QString account; // the digits checked
        QString ifsc;
        QString typedName;
        QString bankName;         // as the bank spells it
        std::optional<Money> fee; // what Eko said it charged
        bool namesAgree = false;  // namesAgree(typedName, bankName)
        bool confirmed = false;   // confirmBankName(true): the agent asked the customer
    };

    enum class SendResult {
        Sent,                  // the SUBMITTING row is committed and the Initiate is on its way
        AlreadySent,           // Submitting or Finished: a second click does nothing
        NotReady,              // not in Confirm, busy, or no OTP typed
        SenderHasOpenTransfer, // problem().openTransferRef names it; nothing sent
        JournalFailed,         // problem().journalError says why; nothing sent
    };
    Q_ENUM(SendResult)

    // client, journal and reconciler must outlive the session; the journal
    // must be open (a closed or read-only one makes confirmAndSend() refuse,
    // by design). The reconciler (on the same journal) asks about an open
    // result; without one the result is not asked about here.
    TransferSession(eko::EkoClient* client, journal::Journal* journal, Reconciler* reconciler,
                    SessionOptions options, QObject* parent = nullptr);
    ~TransferSession() override;

    // --- what the pages render --------------------------------------------
    State state() const { return m_state; }
    bool isBusy() const { return m_activity != Activity::None; }
    Activity activity() const { return m_activity; }
    bool canCancel() const;
    const TransferProblem& problem() const { return m_problem; }

    eko::Rail rail() const { return m_options.rail; }
    QString profileName() const { return m_options.profileName; }
    ProfileKind profileKind() const { return m_options.profileKind; }
    QString senderMobile() const { return m_senderMobile; } // canonical 10 digits
    // After Verify Sender OTP: name, balance, monthly limit left (Levin's
    // wallet_token is in it too: never show or log that).
    const std::optional<eko::SenderProfile>& sender() const { return m_sender; }
    // In the Kyc states: what Eko said was pending (AadhaarPending or
    // PanRequired); None otherwise.
    eko::Reason kycPending() const { return m_kycPending; }
    // KycConsent: Eko's languages, then the text in the chosen one.
    const QList<eko::ConsentLanguage>& consentLanguages() const { return m_consentLanguages; }
    const std::optional<eko::ConsentText>& consent() const { return m_consent; }
    // After sendAadhaarOtp(): "XXXX XXXX 1234". The full number lives in this
    // object only until the OTP is checked, for a resend.
    QString maskedAadhaar() const;
    // True once PAN (or the Aadhaar OTP) finished KYC in this session: the
    // Recipients page names the new limits.
    bool kycCompleted() const { return m_kycCompleted; }
    const QList<eko::Recipient>& recipients() const { return m_recipients; }
    // After addRecipient(): the bank Eko gave for the typed IFSC (its bank_id
    // is the one sent) and, once Eko added it, the new recipient's id.
    const std::optional<eko::BankDetails>& newRecipientBank() const { return m_newRecipientBank; }
    qint64 addedRecipientId() const { return m_addedRecipientId; }
    // The fee Eko charges for a name check, from the endpoint table (the
    // profile's figure): shown before checkRecipientName() sends anything.
    std::optional<Money> nameCheckFee() const;
    const std::optional<NameCheck>& nameCheck() const { return m_nameCheck; }
    // The check, if it was made for the account and IFSC the form says now
    // (an edited form makes it say nothing).
    std::optional<NameCheck> nameCheckFor(const NewRecipient& typed) const;
    // The one rule for "the bank's name is the customer's": see the .cpp.
    static bool namesAgree(const QString& typedName, const QString& bankName);
    std::optional<eko::Recipient> chosenRecipient() const;
    QList<eko::Channel> allowedChannels() const; // of the chosen recipient
    // For the Amount page's live check: AmountChecker::check(a, c, amountLimits()).
    AmountLimits amountLimits() const;
    // What the Amount page last accepted (to show it again there).
    Money amount() const { return m_amount; }
    // What the transaction OTP was sent for and Initiate sends: the OTP and
    // Confirm pages show this, never amount().
    Money amountToSend() const { return m_otpAmount; }
    eko::Channel channel() const { return m_channel; }

    // When the OTP of the current step (sender or transaction) may be sent
    // again; null when there is none. otpCooldownChanged() on every change.
    QDateTime otpResendAllowedAt() const { return m_otpResendAllowedAt; }
    // Wrong transaction OTPs typed for this amount and recipient (Eko locks
    // the customer for 15 min after 3).
    int wrongOtpAttempts() const { return m_wrongOtpAttempts; }
    bool hasTransactionOtp() const { return !m_transactionOtp.isEmpty(); }

    // The journal row of the last Initiate (Finished, or the failed attempt
    // after a wrong OTP). Refreshed on every recorded answer.
    const std::optional<journal::Transfer>& transfer() const { return m_transfer; }
    // While the result is PENDING/UNKNOWN and the reconciler watches it.
    bool isPolling() const;
    QDateTime nextStatusCheckAt() const;

    // --- agent actions -------------------------------------------------------
    // Each returns false (and sets problem()) when refused before any call.
    bool lookUpSender(const QString& mobile); // EnterSender; accepts +91, spaces, dashes
    bool resendSenderOtp();                   // SenderOtp, after the cool-down
    bool verifySenderOtp(const QString& otp); // SenderOtp
    bool onboardSender(const QString& name, const QDate& dateOfBirth,
                       const QStringList& addressLines); // Onboarding
    bool chooseConsentLanguage(int languageId);          // KycConsent: loads the text (drops one loading)
    bool reloadConsentLanguages();                       // KycConsent, after a failed load
    bool confirmConsent();                               // KycConsent, text shown: the customer agreed
    bool sendAadhaarOtp(const QString& typedAadhaar);    // KycAadhaar
    bool resendAadhaarOtp();                             // KycAadhaarOtp, after the cool-down
    bool verifyAadhaarOtp(const QString& otp);           // KycAadhaarOtp
    bool validatePan(const QString& typedPan);           // KycPan
    bool refreshRecipients();                            // Recipients
    bool chooseRecipient(qint64 recipientId);            // Recipients
    bool beginAddRecipient();                            // Recipients -> AddRecipient
    bool addRecipient(const NewRecipient& recipient);    // AddRecipient
    // AddRecipient: a paid check (see nameCheckFee()); then, where the names
    // differ, the agent's tick once the customer confirmed the account.
    bool checkRecipientName(const NewRecipient& recipient);
    bool confirmBankName(bool confirmed);
    bool verifyRecipientBankOtp(const QString& otp); // RecipientBankOtp
    bool resendRecipientBankOtp();                   // RecipientBankOtp, after the cool-down
    // Amount: stores amount and channel only when the check is Ok. In any
    // other state it stores nothing and problem() says NotNow.
    AmountCheck setAmount(Money amount, eko::Channel channel);
    bool requestTransactionOtp();               // Amount, after setAmount() == Ok
    bool resendTransactionOtp();                // TransactionOtp, after the 60 s cool-down
    bool setTransactionOtp(const QString& otp); // TransactionOtp -> Confirm
    SendResult confirmAndSend();                // Confirm
    bool goBack();                              // one page back; never out of Submitting/Finished
    bool cancel();                              // stop a cancellable call in flight
    bool checkStatusNow();                      // Finished with an open transfer
    bool startOver();                           // next customer; not while Submitting

Q_SIGNALS:
    void stateChanged(counterdesk::transfer::TransferSession::State state);
    void busyChanged(bool busy);
    void problemChanged();
    void transferUpdated();
    void otpCooldownChanged(const QDateTime& resendAllowedAt);
    void recipientsChanged();
    void nameCheckChanged(); // nameCheck() has a new answer

private:
    // Implementation in TransferSession*.cpp; see the .cpp comments.
    void setState(State state);
    void setActivity(Activity activity, eko::PendingCall* call = nullptr);
    void clearProblem();
    void setProblem(const TransferProblem& problem); // then problemChanged(), once
    void setLocalProblem(LocalProblem problem);
    // Ok clears the problem; anything else becomes AmountRejected with the
    // check's reason. Returns whether the amount may be used.
    bool acceptAmount(AmountCheck check);
    void setEkoProblem(const eko::Result& result);
    void setJournalProblem(journal::JournalError error);
    void setOpenTransferProblem(const QString& clientRefId);
    void startOtpCooldown();
    void clearOtpCooldown();
    bool refuseUnless(State state);
    QDateTime now() const;
    // Marks `activity` busy until `call` finishes, then runs `handler`; a
    // cancelled call's answer is dropped.
    void track(eko::PendingCall* call, Activity activity, std::function<void(const eko::Result&)> handler);
    void startPolling();
    void stopPolling();
    void onChecking(const QString& clientRefId);
    void onChecked(const journal::Transfer& row, journal::InquiryVerdict verdict,
                   journal::JournalError error);

    void onSenderLookedUp(const eko::Result& result);
    void onSenderOtpResent(const eko::Result& result);
    void onSenderVerified(const eko::Result& result);
    void onSenderOnboarded(const eko::Result& result);
    void beginKyc(const eko::Result& result);
    void loadConsentLanguages();
    void onConsentLanguagesLoaded(const eko::Result& result);
    void onConsentLoaded(const eko::Result& result, int languageId);
    void requestAadhaarOtp();
    void onAadhaarOtpSent(const eko::Result& result);
    void onAadhaarOtpVerified(const eko::Result& result);
    void onPanValidated(const eko::Result& result);
    void finishKyc(const eko::Result& result);
    eko::SenderProfile withKnownWallet(eko::SenderProfile profile) const;
    void clearAadhaar();
    void onRecipientsLoaded(const eko::Result& result, std::optional<qint64> thenChoose);
    std::optional<eko::AddRecipientRequest> parseNewRecipient(const NewRecipient& input);
    bool nameConfirmationMissing(const eko::AddRecipientRequest& request) const;
    void sendNameCheck(const eko::AddRecipientRequest& request, const eko::BankDetails& bank);
    void onNameChecked(const eko::Result& result, const eko::AddRecipientRequest& request);
    void sendAddRecipient(eko::AddRecipientRequest request, const eko::BankDetails& bank);
    void onRecipientAdded(const eko::Result& result);
    void registerRecipient(qint64 recipientId);
    void onRecipientRegistered(const eko::Result& result, qint64 recipientId);
    void onRecipientBankOtpVerified(const eko::Result& result);
    void sendTransactionOtp(const eko::Recipient& recipient);
    void onTransactionOtpSent(const eko::Result& result);
    void onInitiateResending(const QString& clientRefId, const eko::Result& first);
    void onInitiateAnswered(const QString& clientRefId, const eko::Result& result);
    void enterAmount(qint64 recipientId);
    eko::GetRecipientsRequest recipientsRequest() const;
    void clearTransactionOtp();
    void resetCustomer();

    QPointer<eko::EkoClient> m_client;
    journal::Journal* m_journal = nullptr;
    SessionOptions m_options;
    QString m_watchedRef; // the open result the reconciler watches for us

    State m_state = State::EnterSender;
    Activity m_activity = Activity::None;
    QPointer<eko::PendingCall> m_call; // the call in flight, for cancel()
    TransferProblem m_problem;

    QString m_senderMobile;
    QString m_senderOtpRefId;
    std::optional<eko::SenderProfile> m_sender;
    eko::Reason m_kycPending = eko::Reason::None;
    QList<eko::ConsentLanguage> m_consentLanguages;
    std::optional<eko::ConsentText> m_consent;
    int m_consentLanguageId = 0;
    QString m_aadhaar; // memory only, until the Aadhaar OTP is checked
    QString m_aadhaarOtpRefId;
    bool m_kycCompleted = false;
    QList<eko::Recipient> m_recipients;
    qint64 m_chosenRecipientId = 0;
    qint64 m_registeringRecipientId = 0;
    std::optional<eko::BankDetails> m_newRecipientBank;
    qint64 m_addedRecipientId = 0;
    std::optional<NameCheck> m_nameCheck;
    QString m_bankOtpRefId;
    Money m_amount;
    eko::Channel m_channel = eko::Channel::Imps;

    // Send Transaction OTP and Initiate must carry the same amount and
    // recipient: both are frozen when the OTP is requested.
    QString m_transactionOtpRefId;
    Money m_otpAmount;
    qint64 m_otpRecipientId = 0;
    QString m_transactionOtp; // memory only; cleared after use
    int m_wrongOtpAttempts = 0;
    QDateTime m_otpResendAllowedAt;

    std::optional<journal::Transfer> m_transfer;
    QPointer<Reconciler> m_reconciler;
};

} // namespace counterdesk::transfer
