// ValueErrorText: the words for the value types' refusal reasons.
//
// The core (app/money) only returns enums; this is the one place they
// become text, translated in the "ValueErrorText" context. Each function is
// a switch with no default: a reason added to an enum without words here
// breaks the build (-Wswitch under -Werror) instead of showing nothing.
// The None values give an empty string, so a caller can set a field's error
// label straight from a parse result.
#pragma once

#include "domain/AadhaarNumber.h"
#include "domain/MobileNumber.h"
#include "domain/PanNumber.h"
#include "money/AccountNumber.h"
#include "money/Ifsc.h"
#include "money/Money.h"
#include "money/MoneyFormatter.h"

#include <QString>

namespace counterdesk::ui {

QString valueErrorText(MoneyParseError error);
QString valueErrorText(AmountFieldError error);
QString valueErrorText(MobileNumberError error);
QString valueErrorText(IfscError error);
QString valueErrorText(AccountNumberError error);
QString valueErrorText(AadhaarNumberError error);
QString valueErrorText(PanNumberError error);

} // namespace counterdesk::ui
