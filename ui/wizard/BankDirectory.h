// BankDirectory: Eko's bank_id for the bank code of an IFSC (its first four
// letters). Add Recipient needs the bank_id as well as the IFSC, and agents
// know the IFSC from the passbook, not Eko's numbering. Kept as one small
// table until the core offers Eko's bank list; an IFSC of a bank not listed
// is refused by the session as InvalidBank (bank id 0), never guessed.
#pragma once

#include <QString>
#include <QtGlobal>

namespace counterdesk::ui {

class BankDirectory
{
public:
    struct Bank
    {
        qint64 bankId = 0;
        QString name; // the bank's own name; not translated
    };
    // By the IFSC typed so far (its first four letters); bankId 0 if unknown.
    static Bank forIfsc(const QString& ifsc);
};

} // namespace counterdesk::ui
