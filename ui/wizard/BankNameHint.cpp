#include "BankNameHint.h"

#include "banks/IfscDirectory.h"

#include <QLocale>

namespace counterdesk::ui {

BankNameHint::Hint BankNameHint::forTyped(const QString& typed)
{
    const QString code = typed.trimmed();
    if (code.size() < 4)
        return {};
    const banks::IfscDirectory& directory = banks::IfscDirectory::builtIn();
    if (code.size() < 11) {
        const QString name = directory.bankNameFor(code);
        if (!name.isEmpty())
            return {name, false};
        return {
            tr("No bank's IFSC starts with %1. Check the customer's passbook.").arg(code.left(4).toUpper()),
            true};
    }
    using Kind = banks::IfscDirectory::Lookup::Kind;
    const banks::IfscDirectory::Lookup found = directory.lookup(code);
    switch (found.kind) {
    case Kind::Malformed:
        return {}; // the form's own IFSC check says what is wrong
    case Kind::UnknownBank:
        return {tr("No branch has this IFSC. Check the customer's passbook."), true};
    case Kind::UnknownBranch:
        //: %1 is the bank's name, %2 the date of CounterDesk's list of branches
        return {tr("%1: this branch is not in CounterDesk's list of %2. Check the passbook; if it is right, "
                   "Eko will still be asked.")
                    .arg(found.bankName, QLocale().toString(directory.madeOn(), QLocale::ShortFormat)),
                true};
    case Kind::Known:
        if (found.sublet)
            //: %1 is the bank that holds the account; %2 the bank whose IFSC it leases
            return {tr("%1 (an IFSC leased from %2)").arg(found.bankName, code.left(4).toUpper()), false};
        return {found.bankName, false};
    }
    return {};
}

} // namespace counterdesk::ui
