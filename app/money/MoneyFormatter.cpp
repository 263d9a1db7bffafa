#include "MoneyFormatter.h"

#include <limits>

namespace counterdesk {

namespace {

constexpr char16_t kRupeeSign = u'\u20B9';

// Indian grouping of an unsigned integer: the last three digits, then
// pairs. 12345678 -> "1,23,45,678".
QString groupIndian(quint64 value)
{
    const QString digits = QString::number(value);
    const qsizetype n = digits.size();
    if (n <= 3)
        return digits;
    QString out;
    out.reserve(n + n / 2);
    // Length of the leading group so the rest splits into pairs.
    const qsizetype head = n - 3;
    for (qsizetype k = 0; k < head; ++k) {
        if (k > 0 && (head - k) % 2 == 0)
            out += u',';
        out += digits[k];
    }
    out += u',';
    out += QStringView(digits).mid(head);
    return out;
}

QString number(Money amount, MoneyFormatter::PaiseDisplay paise)
{
    const quint64 all = magnitudeOf(amount.paise());
    QString out = groupIndian(all / 100);
    const quint64 fraction = all % 100;
    if (paise == MoneyFormatter::PaiseDisplay::Always || fraction != 0) {
        out += u'.';
        out += QStringLiteral("%1").arg(fraction, 2, 10, QChar(u'0'));
    }
    return out;
}

// ASCII 0-9 and Devanagari ०-९ (U+0966..U+096F); -1 for anything else.
int digitValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c.unicode() >= 0x0966 && c.unicode() <= 0x096F)
        return c.unicode() - 0x0966;
    return -1;
}

} // namespace

// `language` does not change the output today (see the header: Hindi keeps
// Latin digits); it is taken so no caller has to change if that decision is.
QString MoneyFormatter::format(Money amount, DisplayLanguage language, PaiseDisplay paise)
{
    Q_UNUSED(language)
    const QString body = number(amount, paise);
    return amount.isNegative() ? u'-' + (kRupeeSign + body) : kRupeeSign + body;
}

QString MoneyFormatter::formatNumber(Money amount, DisplayLanguage language, PaiseDisplay paise)
{
    Q_UNUSED(language)
    const QString body = number(amount, paise);
    return amount.isNegative() ? u'-' + body : body;
}

QString MoneyFormatter::formatCount(qint64 count, DisplayLanguage language)
{
    Q_UNUSED(language)
    const QString body = groupIndian(magnitudeOf(count));
    return count < 0 ? u'-' + body : body;
}

AmountFieldResult MoneyFormatter::parseAmountField(QStringView text)
{
    QStringView s = text.trimmed();
    if (!s.isEmpty() && s.front() == kRupeeSign)
        s = s.mid(1).trimmed();
    if (s.isEmpty())
        return {std::nullopt, AmountFieldError::Empty};

    // A minus (ASCII or U+2212) is reported as such, not as a stray symbol,
    // so the agent learns that refunds are not typed here.
    if (s.front() == u'-' || s.front() == u'\u2212')
        return {std::nullopt, AmountFieldError::Negative};

    // First pass: the characters, so "1,000abc" says "letters" rather than
    // depending on where an overflow happened to stop the scan.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (digitValue(c) >= 0)
            continue;
        if (c == u',') {
            const bool between =
                i > 0 && i + 1 < s.size() && digitValue(s[i - 1]) >= 0 && digitValue(s[i + 1]) >= 0;
            if (!between)
                return {std::nullopt, AmountFieldError::MisplacedComma};
            continue;
        }
        if (c == u'.')
            return {std::nullopt, AmountFieldError::NotWholeRupees};
        return {std::nullopt, AmountFieldError::InvalidCharacter};
    }

    constexpr qint64 kMaxRupees = std::numeric_limits<qint64>::max() / 100;
    qint64 rupees = 0;
    for (const QChar c : s) {
        const int d = digitValue(c);
        if (d < 0)
            continue;
        if (rupees > (kMaxRupees - d) / 10)
            return {std::nullopt, AmountFieldError::TooLarge};
        rupees = rupees * 10 + d;
    }
    if (rupees == 0)
        return {std::nullopt, AmountFieldError::Zero};
    return {Money::fromRupees(rupees), AmountFieldError::None};
}

} // namespace counterdesk
