// TransferProblem: why the last user action did not move the session on.
//
// Exactly one of three sources: Eko answered (or the network failed) with an
// eko::Reason, a local check refused before any call (LocalProblem), or the
// journal could not be written. The UI words the enums and shows Eko's own
// message underneath for support (DESIGN.md "Look and feel").
#pragma once

#include "domain/AadhaarNumber.h"
#include "domain/PanNumber.h"
#include "eko/EkoTypes.h"
#include "journal/JournalError.h"
#include "transfer/AmountCheck.h"

#include <QMap>
#include <QString>

namespace counterdesk::transfer {

enum class LocalProblem {
    None,
    InvalidMobile,           // not 10 digits starting 6-9
    OtpFormat,               // an OTP must be 4-8 digits
    InvalidName,             // empty name (sender or recipient)
    InvalidDateOfBirth,      // missing, or the customer is not 18 to under 100
    InvalidAddress,          // no address line
    InvalidAccount,          // account number not 9-18 digits
    AccountMismatch,         // the two typings of the account differ
    InvalidIfsc,             // not ^[A-Z]{4}0[A-Z0-9]{6}$
    InvalidRecipientMobile,  // not a valid mobile
    RecipientMobileIsSender, // Eko refuses a recipient with the sender's mobile
    IfscNotFound,            // the offline directory knows no bank by these four letters: a typo
    UnknownRecipient,        // chooseRecipient() with an id not in the list
    AmountRejected,          // see TransferProblem::amountCheck
    OtpCooldown,             // resend asked before otpResendAllowedAt()
    SenderHasOpenTransfer,   // see TransferProblem::openTransferRef; no new transfer until it is final
    JournalUnavailable,      // see TransferProblem::journalError; nothing was sent
    RefundAlreadyClaimed,    // another dialog or process is refunding this transfer; nothing was sent
    InvalidAadhaar,          // see TransferProblem::aadhaarError; nothing was sent
    InvalidPan,              // see TransferProblem::panError; nothing was sent
    ConsentNotShown,         // confirmConsent() before the customer was shown a consent text
    NameCheckNotOffered,     // Eko says this bank cannot name an account holder (isverificationavailable 0)
    BankNameNotConfirmed,    // the bank's name differs from the typed one and the agent has not confirmed it
    NotNow,                  // the action does not fit the current state, or a call is in flight
};

struct TransferProblem
{
    enum class Source { None, Eko, Local, Journal };

    Source source = Source::None;
    // Source::Eko: what the client classified, with Eko's words verbatim.
    eko::Call call = eko::Call::GetSender;
    eko::Reason reason = eko::Reason::None;
    QString ekoMessage;
    eko::GatewayRefusal gatewayRefusal =
        eko::GatewayRefusal::None;      // a gateway's 403: which credential failed
    QMap<QString, QString> fieldErrors; // request field -> Eko's message
    // Source::Local
    LocalProblem local = LocalProblem::None;
    AmountCheck amountCheck = AmountCheck::Ok;                  // when local == AmountRejected
    QString openTransferRef;                                    // when local == SenderHasOpenTransfer
    AadhaarNumberError aadhaarError = AadhaarNumberError::None; // when local == InvalidAadhaar
    PanNumberError panError = PanNumberError::None;             // when local == InvalidPan
    // Source::Journal (local is JournalUnavailable too, for one switch)
    journal::JournalError journalError = journal::JournalError::None;

    bool isNone() const { return source == Source::None; }

    // The one way each source becomes a problem, for every session and command.
    static TransferProblem fromEko(const eko::Result& result); // Eko's words and a gateway's refusal kept
    static TransferProblem fromJournal(journal::JournalError error);
    static TransferProblem fromLocal(LocalProblem problem);
};

} // namespace counterdesk::transfer
