// ReceiptWords: the receipt's own words, in English and Hindi.
//
// They do not go through tr(): the receipt's language is the customer's,
// chosen apart from the agent's screens, so the UI translator (which follows
// the screen language) must not decide them. The table is small and lives in
// ReceiptWords.cpp, one row per word with both languages side by side.
#pragma once

#include "journal/TransferState.h"
#include "money/DisplayLanguage.h"

#include <QString>

namespace counterdesk {

enum class ReceiptWord {
    Title,
    Copy,
    CopyNote,
    Provisional,
    ProvisionalNote,
    Training,
    TrainingNote,
    AgentCode,
    DateTime,
    Product,
    Sender,
    SenderMobile,
    Recipient,
    Bank,
    Account,
    Ifsc,
    Channel,
    Amount,
    Fee,
    Total,
    InWords,
    Tid,
    BankRef,
    OurRef,
    Status,
    BalanceAfter,
    PrintedAt,
    ThankYou,
    StatusSubmitting,
    StatusSuccess,
    StatusFailed,
    StatusPending,
    StatusUnknown,
    StatusRefundPending,
    StatusRefunded,
    StatusRefunding,
};

class ReceiptWords
{
public:
    static QString text(ReceiptWord word, DisplayLanguage language);
    static QString status(journal::TransferState state, DisplayLanguage language);
};

} // namespace counterdesk
