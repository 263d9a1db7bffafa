#include "ValueErrorText.h"

#include <QCoreApplication>

namespace counterdesk::ui {

// Every string is a literal QCoreApplication::translate() call, not a helper
// taking a variable: lupdate extracts only literal context and source text.

// Amounts as they come from the server or a file; mostly seen by support, so
// the text names the problem rather than telling the agent what to type.
QString valueErrorText(MoneyParseError error)
{
    switch (error) {
    case MoneyParseError::None:
        return {};
    case MoneyParseError::Empty:
        return QCoreApplication::translate("ValueErrorText", "The amount is empty.");
    case MoneyParseError::Null:
        return QCoreApplication::translate("ValueErrorText", "The amount is missing.");
    case MoneyParseError::NotANumber:
        return QCoreApplication::translate("ValueErrorText", "The amount is not a number.");
    case MoneyParseError::Negative:
        return QCoreApplication::translate("ValueErrorText", "The amount is negative.");
    case MoneyParseError::TooPrecise:
        return QCoreApplication::translate("ValueErrorText",
                                           "The amount has more than two digits after the decimal point.");
    case MoneyParseError::OutOfRange:
        return QCoreApplication::translate("ValueErrorText", "The amount is too large.");
    }
    return {};
}

QString valueErrorText(AmountFieldError error)
{
    switch (error) {
    case AmountFieldError::None:
        return {};
    case AmountFieldError::Empty:
        return QCoreApplication::translate("ValueErrorText", "Enter the amount in rupees.");
    case AmountFieldError::NotWholeRupees:
        return QCoreApplication::translate("ValueErrorText", "Enter whole rupees only, without paise.");
    case AmountFieldError::Negative:
        return QCoreApplication::translate("ValueErrorText", "The amount cannot be negative.");
    case AmountFieldError::InvalidCharacter:
        return QCoreApplication::translate("ValueErrorText", "Use digits only.");
    case AmountFieldError::MisplacedComma:
        return QCoreApplication::translate("ValueErrorText", "Commas may only stand between digits.");
    case AmountFieldError::Zero:
        return QCoreApplication::translate("ValueErrorText", "The amount must be more than zero.");
    case AmountFieldError::TooLarge:
        return QCoreApplication::translate("ValueErrorText", "The amount is too large.");
    }
    return {};
}

QString valueErrorText(MobileNumberError error)
{
    switch (error) {
    case MobileNumberError::None:
        return {};
    case MobileNumberError::Empty:
        return QCoreApplication::translate("ValueErrorText", "Enter the customer's mobile number.");
    case MobileNumberError::InvalidCharacter:
        return QCoreApplication::translate(
            "ValueErrorText", "A mobile number may contain only digits, spaces, dashes and a leading +91.");
    case MobileNumberError::NotIndian:
        return QCoreApplication::translate("ValueErrorText", "Only Indian mobile numbers (+91) can be used.");
    case MobileNumberError::WrongLength:
        return QCoreApplication::translate("ValueErrorText", "A mobile number has 10 digits.");
    case MobileNumberError::BadFirstDigit:
        return QCoreApplication::translate("ValueErrorText", "A mobile number starts with 6, 7, 8 or 9.");
    }
    return {};
}

QString valueErrorText(IfscError error)
{
    switch (error) {
    case IfscError::None:
        return {};
    case IfscError::Empty:
        return QCoreApplication::translate("ValueErrorText",
                                           "Enter the IFSC of the recipient's bank branch.");
    case IfscError::InvalidCharacter:
        return QCoreApplication::translate("ValueErrorText", "An IFSC contains only letters and digits.");
    case IfscError::WrongLength:
        return QCoreApplication::translate("ValueErrorText", "An IFSC has 11 characters.");
    case IfscError::BadBankCode:
        return QCoreApplication::translate("ValueErrorText",
                                           "The first four characters of an IFSC are letters.");
    case IfscError::FifthNotZero:
        return QCoreApplication::translate(
            "ValueErrorText", "The fifth character of an IFSC is the digit zero (0), not the letter O.");
    }
    return {};
}

QString valueErrorText(AccountNumberError error)
{
    switch (error) {
    case AccountNumberError::None:
        return {};
    case AccountNumberError::Empty:
        return QCoreApplication::translate("ValueErrorText", "Enter the account number.");
    case AccountNumberError::InvalidCharacter:
        return QCoreApplication::translate("ValueErrorText", "An account number contains only digits.");
    case AccountNumberError::TooShort:
        return QCoreApplication::translate("ValueErrorText", "An account number has at least 9 digits.");
    case AccountNumberError::TooLong:
        return QCoreApplication::translate("ValueErrorText", "An account number has at most 18 digits.");
    }
    return {};
}

QString valueErrorText(AadhaarNumberError error)
{
    switch (error) {
    case AadhaarNumberError::None:
        return {};
    case AadhaarNumberError::Empty:
        return QCoreApplication::translate("ValueErrorText", "Enter the customer's Aadhaar number.");
    case AadhaarNumberError::InvalidCharacter:
        return QCoreApplication::translate("ValueErrorText",
                                           "An Aadhaar number contains only digits (spaces are fine).");
    case AadhaarNumberError::WrongLength:
        return QCoreApplication::translate("ValueErrorText", "An Aadhaar number has 12 digits.");
    case AadhaarNumberError::BadFirstDigit:
        return QCoreApplication::translate("ValueErrorText", "An Aadhaar number never starts with 0 or 1.");
    case AadhaarNumberError::ChecksumWrong:
        return QCoreApplication::translate(
            "ValueErrorText",
            "This is not a valid Aadhaar number: a digit is wrong. Read it again from the card.");
    }
    return {};
}

QString valueErrorText(PanNumberError error)
{
    switch (error) {
    case PanNumberError::None:
        return {};
    case PanNumberError::Empty:
        return QCoreApplication::translate("ValueErrorText", "Enter the customer's PAN.");
    case PanNumberError::WrongFormat:
        return QCoreApplication::translate("ValueErrorText",
                                           "A PAN is 5 letters, 4 digits and a letter, like ABCDE1234F.");
    }
    return {};
}

} // namespace counterdesk::ui
