#include "QuickSearch.h"

#include "domain/MobileNumber.h"
#include "journal/NameTokens.h"

namespace counterdesk::journal {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool hasLetter(QStringView s)
{
    for (QChar c : s) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// "98765 43210", "98765-43210" are one number to the agent.
QString withoutSeparators(const QString& s)
{
    QString out;
    for (QChar c : s) {
        if (c != u' ' && c != u'-')
            out += c;
    }
    return out;
}

// "+919876543210", "919876543210", "09876543210" -> "9876543210".
std::optional<QString> mobileOf(const QString& compact)
{
    QString d = compact;
    if (d.startsWith(u'+'))
        d.remove(0, 1);
    if (!allDigits(d))
        return std::nullopt;
    if (d.size() == 12 && d.startsWith(QLatin1String("91")))
        d.remove(0, 2);
    else if (d.size() == 11 && d.startsWith(u'0'))
        d.remove(0, 1);
    if (MobileNumber::isCanonical(d))
        return d;
    return std::nullopt;
}

// "₹1,500", "Rs. 1500.50", "INR 200", "1500.5": an amount with a currency
// sign or decimals. Bare digit runs are handled by the caller (<= 7 digits).
std::optional<Money> amountOf(const QString& text)
{
    QString s = text.trimmed();
    bool marked = false;
    for (QLatin1String prefix : {QLatin1String("rs."), QLatin1String("rs"), QLatin1String("inr")}) {
        if (s.startsWith(prefix, Qt::CaseInsensitive)) {
            s.remove(0, prefix.size());
            marked = true;
            break;
        }
    }
    if (s.startsWith(QChar(0x20B9))) {
        s.remove(0, 1);
        marked = true;
    }
    s.remove(u',');
    s = s.trimmed();
    if (!marked && !s.contains(u'.'))
        return std::nullopt;
    // Only digits and one point: Money::parse would also take "1e3".
    for (QChar c : s) {
        if (!(c.isDigit() || c == u'.'))
            return std::nullopt;
    }
    const MoneyParseResult r = Money::parse(s);
    if (!r.ok() || r.value->isZero())
        return std::nullopt;
    return r.value;
}

} // namespace

QuickSearch::Terms QuickSearch::parse(const QString& text)
{
    Terms terms;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return terms;
    const QString compact = withoutSeparators(trimmed);

    if (!trimmed.contains(u' '))
        terms.exactRef = trimmed;
    terms.mobile = mobileOf(compact);

    if (allDigits(compact)) {
        const qsizetype n = compact.size();
        if (n == 10 || n == 11)
            terms.tid = compact;
        if ((n >= 9 && n <= 18) || n == 4)
            terms.accountTail = compact.right(4);
        if (n <= 7) {
            const Money rupees = Money::fromRupees(compact.toLongLong());
            if (!rupees.isZero())
                terms.amount = rupees;
        }
    } else if (const std::optional<Money> amount = amountOf(trimmed)) {
        terms.amount = amount;
    } else if (hasLetter(trimmed)) {
        terms.nameWords = NameTokens::split(trimmed);
    }
    return terms;
}

} // namespace counterdesk::journal
