#include "receipt/ReceiptWords.h"

#include <array>

namespace counterdesk {

namespace {

struct WordRow
{
    ReceiptWord word;
    const char16_t* english;
    const char16_t* hindi;
};

// In enum order; text() checks the row it finds. Hindi is plain everyday
// banking Hindi, as printed on Indian bank slips; brand names and codes
// (IFSC, UTR, TID) stay in Latin letters, as banks print them.
constexpr std::array<WordRow, 36> kWords{{
    {ReceiptWord::Title, u"Money Transfer Receipt", u"धन अंतरण रसीद"},
    {ReceiptWord::Copy, u"COPY", u"प्रतिलिपि"},
    {ReceiptWord::CopyNote, u"Reprint of a receipt already issued.", u"पहले दी गई रसीद की दोबारा छपाई।"},
    {ReceiptWord::Provisional, u"PROVISIONAL", u"अनंतिम"},
    {ReceiptWord::ProvisionalNote, u"Final status not yet confirmed. Keep this receipt.",
     u"अंतिम स्थिति की पुष्टि बाकी है। यह रसीद संभाल कर रखें।"},
    {ReceiptWord::Training, u"TRAINING", u"प्रशिक्षण"},
    {ReceiptWord::TrainingNote, u"Practice only. No money was sent.", u"केवल अभ्यास। कोई पैसा नहीं भेजा गया।"},
    {ReceiptWord::AgentCode, u"Agent code", u"एजेंट कोड"},
    {ReceiptWord::DateTime, u"Date & time", u"दिनांक व समय"},
    {ReceiptWord::Product, u"Product", u"उत्पाद"},
    {ReceiptWord::Sender, u"Sender", u"भेजने वाले"},
    {ReceiptWord::SenderMobile, u"Sender mobile", u"भेजने वाले का मोबाइल"},
    {ReceiptWord::Recipient, u"Recipient", u"पाने वाले"},
    {ReceiptWord::Bank, u"Bank", u"बैंक"},
    {ReceiptWord::Account, u"Account no.", u"खाता नंबर"},
    {ReceiptWord::Ifsc, u"IFSC", u"IFSC"},
    {ReceiptWord::Channel, u"Channel", u"माध्यम"},
    {ReceiptWord::Amount, u"Amount", u"राशि"},
    {ReceiptWord::Fee, u"Customer charges", u"ग्राहक शुल्क"},
    {ReceiptWord::Total, u"Total collected", u"कुल ली गई राशि"},
    {ReceiptWord::InWords, u"Amount in words", u"राशि शब्दों में"},
    {ReceiptWord::Tid, u"Eko TID", u"Eko TID"},
    {ReceiptWord::BankRef, u"Bank ref. (UTR)", u"बैंक संदर्भ (UTR)"},
    {ReceiptWord::OurRef, u"Our reference", u"हमारा संदर्भ"},
    {ReceiptWord::Status, u"Status", u"स्थिति"},
    {ReceiptWord::BalanceAfter, u"Balance after", u"बाद में शेष"},
    {ReceiptWord::PrintedAt, u"Printed", u"छपाई"},
    {ReceiptWord::ThankYou, u"Thank you", u"धन्यवाद"},
    {ReceiptWord::StatusSubmitting, u"Being sent", u"भेजा जा रहा है"},
    {ReceiptWord::StatusSuccess, u"Successful", u"सफल"},
    {ReceiptWord::StatusFailed, u"Failed", u"विफल"},
    {ReceiptWord::StatusPending, u"Pending", u"लंबित"},
    {ReceiptWord::StatusUnknown, u"Awaiting confirmation", u"पुष्टि बाकी"},
    {ReceiptWord::StatusRefundPending, u"Refund pending", u"रिफ़ंड लंबित"},
    {ReceiptWord::StatusRefunded, u"Refunded", u"रिफ़ंड हो गया"},
    {ReceiptWord::StatusRefunding, u"Refund sent, being checked", u"रिफ़ंड भेजा गया, जाँच जारी"},
}};

static_assert(kWords.size() == static_cast<std::size_t>(ReceiptWord::StatusRefunding) + 1,
              "every ReceiptWord needs exactly one row in kWords");

} // namespace

QString ReceiptWords::text(ReceiptWord word, DisplayLanguage language)
{
    const WordRow& row = kWords.at(static_cast<std::size_t>(word));
    Q_ASSERT(row.word == word);
    return QString::fromUtf16(language == DisplayLanguage::Hindi ? row.hindi : row.english);
}

QString ReceiptWords::status(journal::TransferState state, DisplayLanguage language)
{
    // No default: a new state must get its own receipt word.
    switch (state) {
    case journal::TransferState::Submitting:
        return text(ReceiptWord::StatusSubmitting, language);
    case journal::TransferState::Success:
        return text(ReceiptWord::StatusSuccess, language);
    case journal::TransferState::Failed:
        return text(ReceiptWord::StatusFailed, language);
    case journal::TransferState::Pending:
        return text(ReceiptWord::StatusPending, language);
    case journal::TransferState::Unknown:
        return text(ReceiptWord::StatusUnknown, language);
    case journal::TransferState::RefundPending:
        return text(ReceiptWord::StatusRefundPending, language);
    case journal::TransferState::Refunded:
        return text(ReceiptWord::StatusRefunded, language);
    case journal::TransferState::Refunding:
        return text(ReceiptWord::StatusRefunding, language);
    }
    return text(ReceiptWord::StatusUnknown, language);
}

} // namespace counterdesk
