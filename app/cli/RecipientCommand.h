// `counterdesk-cli recipients` and `counterdesk-cli recipient add`: a
// customer's recipients, and a new one, through the same TransferSession the
// wizard drives (sender OTP, Get IFSC Details via BankLookup, Add Recipient,
// the bank registration OTP), with each OTP read from stdin. --check-name
// asks the bank for the account holder's name first (its fee is printed
// before it is sent); a name that differs needs --accept-name or a "yes"
// line on stdin, or nothing is added.
#pragma once

#include "eko/EkoTypes.h"

#include <QString>

namespace counterdesk::cli {

class CliContext;

struct RecipientArguments
{
    eko::Rail rail = eko::Rail::DigiKhata;
    QString customer; // the sender's mobile
    // recipient add
    QString name;
    QString mobile;
    QString account;
    QString ifsc;
    bool checkName = false;  // --check-name: the bank's name first (a paid check)
    bool acceptName = false; // --accept-name: a differing name was confirmed with the customer
};

class RecipientCommand
{
public:
    static int list(CliContext& context, const RecipientArguments& arguments);
    static int add(CliContext& context, const RecipientArguments& arguments);
};

} // namespace counterdesk::cli
