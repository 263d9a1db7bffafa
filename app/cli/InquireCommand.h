// `counterdesk-cli inquire REF`: asks Eko where a journal transfer stands
// (Transaction Inquiry by client_ref_id) and records the answer.
#pragma once

#include <QString>

namespace counterdesk::cli {

class CliContext;

class InquireCommand
{
public:
    static int run(CliContext& context, const QString& clientRefId);
};

} // namespace counterdesk::cli
