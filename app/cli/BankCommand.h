// `counterdesk-cli bank IFSC`: what CounterDesk knows of a branch - the
// offline directory's answer and Eko's (bank_id, channels, verification),
// through transfer::BankLookup like Add Recipient, so the cached answer is
// the one shown. A code no bank has is reported without asking Eko.
#pragma once

#include "eko/EkoTypes.h"

#include <QString>

namespace counterdesk::cli {

class CliContext;

struct BankArguments
{
    QString ifsc;
    eko::Rail rail = eko::Rail::DigiKhata; // whose endpoint set asks; the path is shared
};

class BankCommand
{
public:
    static int run(CliContext& context, const BankArguments& arguments);
};

} // namespace counterdesk::cli
