// InquiryVerdict: what a Transaction Inquiry taught us, stored on its event.
//
// The reconciler counts "not found" answers from the journal (so the count
// survives restarts); it counts this stored verdict, never the English note
// beside it. Events that are not inquiry answers carry no verdict (NULL).
// The names are stored as text and never change.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace counterdesk::journal {

enum class InquiryVerdict {
    Decisive, // Eko knows the transfer and said where it stands
    NotFound, // Eko does not know the ref (yet): re-ask before concluding anything
    NoAnswer, // the inquiry itself failed (network, 403, 5xx...): we learned nothing
};

QList<InquiryVerdict> allInquiryVerdicts();
// "decisive", "not_found", "no_answer"
QString verdictName(InquiryVerdict verdict);
std::optional<InquiryVerdict> verdictFromName(QStringView name);

} // namespace counterdesk::journal
