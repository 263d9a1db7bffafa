// BankNameHint: what the Add Recipient form says under the IFSC while the
// agent types it - the bank's name from the offline directory, or why the
// code looks wrong. A warning never blocks: the directory can be older than
// a new branch, and Eko has the last word.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace counterdesk::ui {

class BankNameHint
{
    Q_DECLARE_TR_FUNCTIONS(BankNameHint)
public:
    struct Hint
    {
        QString text;
        bool warning = false; // the agent should check the passbook
    };
    static Hint forTyped(const QString& typed);
};

} // namespace counterdesk::ui
