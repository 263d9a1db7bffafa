#include "InquiryVerdict.h"

namespace counterdesk::journal {

QList<InquiryVerdict> allInquiryVerdicts()
{
    return {InquiryVerdict::Decisive, InquiryVerdict::NotFound, InquiryVerdict::NoAnswer};
}

QString verdictName(InquiryVerdict verdict)
{
    switch (verdict) {
    case InquiryVerdict::Decisive:
        return QStringLiteral("decisive");
    case InquiryVerdict::NotFound:
        return QStringLiteral("not_found");
    case InquiryVerdict::NoAnswer:
        return QStringLiteral("no_answer");
    }
    return QStringLiteral("no_answer");
}

std::optional<InquiryVerdict> verdictFromName(QStringView name)
{
    for (const InquiryVerdict v : allInquiryVerdicts()) {
        if (name == verdictName(v))
            return v;
    }
    return std::nullopt;
}

} // namespace counterdesk::journal
