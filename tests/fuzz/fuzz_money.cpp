// Any bytes as an amount: Eko's amount strings and JSON values (Money::parse,
// Money::fromJson) and what an agent types in the amount field
// (MoneyFormatter::parseAmountField). Besides "no crash": an accepted amount
// prints and reads back to itself, honours the sign rule, and formats and
// words without trouble in both languages.
#include "FuzzTarget.h"
#include "money/AmountInWords.h"
#include "money/Money.h"
#include "money/MoneyFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace counterdesk;
using counterdesk::fuzz::require;

namespace {

void checkAccepted(Money value)
{
    const MoneyParseResult again = Money::parse(value.toPlainString(), Money::Sign::AllowNegative);
    require(again.ok() && *again.value == value, "an accepted amount reads back from its plain form");
    for (const DisplayLanguage language : {DisplayLanguage::English, DisplayLanguage::Hindi}) {
        require(!MoneyFormatter::format(value, language).isEmpty(), "an accepted amount formats");
        require(!AmountInWords::toWords(value, language).isEmpty(), "an accepted amount has words");
    }
}

void checkParse(QStringView text)
{
    const MoneyParseResult strict = Money::parse(text);
    const MoneyParseResult signedResult = Money::parse(text, Money::Sign::AllowNegative);
    require(strict.ok() == (strict.error == MoneyParseError::None), "ok() agrees with the error");
    if (strict.ok()) {
        require(!strict.value->isNegative(), "NonNegativeOnly never gives a negative amount");
        require(signedResult.ok() && *signedResult.value == *strict.value, "the sign rule only narrows");
        checkAccepted(*strict.value);
    }
    require(signedResult.error != MoneyParseError::Negative, "AllowNegative never reports Negative");
    if (signedResult.ok())
        checkAccepted(*signedResult.value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    checkParse(text);

    const AmountFieldResult typed = MoneyFormatter::parseAmountField(text);
    if (typed.ok()) {
        require(typed.value->isWholeRupees() && typed.value->paise() > 0,
                "a typed amount is a positive whole number of rupees");
        checkAccepted(*typed.value);
    }

    // The same bytes as JSON: each element of an array (or the one value) is
    // an amount field of an answer.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonArray values = doc.isArray() ? doc.array() : QJsonArray{};
    for (const QJsonValue& value : values) {
        const MoneyParseResult fromJson = Money::fromJson(value, Money::Sign::AllowNegative);
        if (fromJson.ok())
            checkAccepted(*fromJson.value);
        const MoneyParseResult strictJson = Money::fromJson(value);
        require(!strictJson.ok() || !strictJson.value->isNegative(),
                "NonNegativeOnly JSON is never negative");
    }
    return 0;
}
