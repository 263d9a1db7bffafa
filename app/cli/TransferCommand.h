// `counterdesk-cli transfer`: one wallet-to-bank transfer through the same
// TransferSession state machine the wizard drives, with the OTPs read from
// stdin (see OtpPrompt). Registered recipients only; adding a recipient is
// the GUI's job.
#pragma once

#include "eko/EkoTypes.h"
#include "money/Money.h"

#include <QString>

namespace counterdesk::cli {

class CliContext;

struct TransferArguments
{
    eko::Rail rail = eko::Rail::DigiKhata;
    QString customer;
    qint64 recipientId = 0;
    Money amount;
    eko::Channel channel = eko::Channel::Imps;
    int waitSeconds = 0; // keep asking while PENDING/UNKNOWN, up to this long
};

class TransferCommand
{
public:
    static int run(CliContext& context, const TransferArguments& arguments);
};

} // namespace counterdesk::cli
