// `counterdesk-cli refund REF`: gives a REFUND_PENDING transfer's money back
// to the customer, through the same RefundSession as the GUI's dialog: the
// refund OTP is sent to the customer, read as one line from stdin, and the
// refund is claimed in the journal before its one POST.
#pragma once

#include <QString>

namespace counterdesk::cli {

class CliContext;

class RefundCommand
{
public:
    static int run(CliContext& context, const QString& clientRefId);
};

} // namespace counterdesk::cli
