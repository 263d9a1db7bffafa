// NewRecipient: what the agent types on the Add Recipient form.
//
// Raw text: the session parses it (MobileNumber, AccountNumber, Ifsc) so the
// same rules hold for the wizard, the CLI and the tests.
#pragma once

#include <QString>
#include <QtGlobal>

namespace counterdesk::transfer {

struct NewRecipient
{
    QString name;
    QString mobile;
    QString account;
    QString accountRepeated; // typed twice: a wrong digit sends money to a stranger
    QString ifsc;            // Eko's bank_id for it comes from BankLookup, never from the form
};

} // namespace counterdesk::transfer
