#include "AmountInWords.h"

#include <QStringList>

namespace counterdesk {

namespace {

// Hindi numbers below a hundred are not built from tens and units (21 is
// इक्कीस, not "बीस एक"), so each has its own word. Where spellings vary, this
// table uses the common textbook form: छह, चौवालीस, उन्यासी and -नवे for
// 91-99 (as in the idiom "निन्यानवे का फेर").
constexpr const char16_t* kHindiBelowHundred[100] = {
    u"शून्य",     u"एक",      u"दो",     u"तीन",     u"चार",    u"पाँच",     u"छह",     u"सात",    u"आठ",
    u"नौ",      u"दस",      u"ग्यारह",  u"बारह",    u"तेरह",    u"चौदह",    u"पंद्रह",   u"सोलह",   u"सत्रह",
    u"अठारह",   u"उन्नीस",   u"बीस",    u"इक्कीस",   u"बाईस",   u"तेईस",     u"चौबीस",  u"पच्चीस",  u"छब्बीस",
    u"सत्ताईस",  u"अट्ठाईस",  u"उनतीस",  u"तीस",     u"इकतीस",  u"बत्तीस",   u"तैंतीस",   u"चौंतीस",  u"पैंतीस",
    u"छत्तीस",   u"सैंतीस",    u"अड़तीस",  u"उनतालीस", u"चालीस",  u"इकतालीस", u"बयालीस", u"तैंतालीस", u"चौवालीस",
    u"पैंतालीस",  u"छियालीस", u"सैंतालीस", u"अड़तालीस", u"उनचास",  u"पचास",    u"इक्यावन", u"बावन",   u"तिरपन",
    u"चौवन",    u"पचपन",    u"छप्पन",   u"सत्तावन",  u"अट्ठावन", u"उनसठ",    u"साठ",    u"इकसठ",   u"बासठ",
    u"तिरसठ",   u"चौंसठ",    u"पैंसठ",    u"छियासठ",  u"सड़सठ",   u"अड़सठ",    u"उनहत्तर", u"सत्तर",   u"इकहत्तर",
    u"बहत्तर",   u"तिहत्तर",  u"चौहत्तर", u"पचहत्तर",  u"छिहत्तर", u"सतहत्तर",  u"अठहत्तर", u"उन्यासी", u"अस्सी",
    u"इक्यासी",  u"बयासी",   u"तिरासी", u"चौरासी",  u"पचासी",  u"छियासी",  u"सत्तासी", u"अट्ठासी", u"नवासी",
    u"नब्बे",     u"इक्यानवे",  u"बानवे",   u"तिरानवे",  u"चौरानवे", u"पंचानवे",   u"छियानवे", u"सत्तानवे", u"अट्ठानवे",
    u"निन्यानवे",
};

constexpr const char16_t* kEnglishBelowTwenty[20] = {
    u"zero",     u"one",     u"two",     u"three",     u"four",     u"five",     u"six",
    u"seven",    u"eight",   u"nine",    u"ten",       u"eleven",   u"twelve",   u"thirteen",
    u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen",
};

constexpr const char16_t* kEnglishTens[10] = {
    u"", u"", u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety",
};

struct Vocabulary
{
    const char16_t* zero;
    const char16_t* minus;
    const char16_t* hundred;
    const char16_t* thousand;
    const char16_t* lakh;
    const char16_t* crore;
    const char16_t* rupee;
    const char16_t* rupees;
    const char16_t* paisa;
    const char16_t* paise;
    const char16_t* conjunction; // joins rupees and paise
    const char16_t* only;
};

constexpr Vocabulary kEnglish = {u"zero",  u"minus",  u"hundred", u"thousand", u"lakh", u"crore",
                                 u"rupee", u"rupees", u"paisa",   u"paise",    u"and",  u"only"};
// ऋण is the standard Hindi word for a negative number (ऋणात्मक संख्या).
constexpr Vocabulary kHindi = {u"शून्य",  u"ऋण",  u"सौ",  u"हज़ार", u"लाख", u"करोड़",
                               u"रुपया", u"रुपये", u"पैसा", u"पैसे",   u"और",  u"मात्र"};

const Vocabulary& vocabulary(DisplayLanguage language)
{
    switch (language) {
    case DisplayLanguage::English:
        return kEnglish;
    case DisplayLanguage::Hindi:
        return kHindi;
    }
    return kEnglish;
}

QString belowHundred(quint64 n, DisplayLanguage language)
{
    Q_ASSERT(n < 100);
    switch (language) {
    case DisplayLanguage::Hindi:
        return QString::fromUtf16(kHindiBelowHundred[n]);
    case DisplayLanguage::English:
        break;
    }
    if (n < 20)
        return QString::fromUtf16(kEnglishBelowTwenty[n]);
    QString words = QString::fromUtf16(kEnglishTens[n / 10]);
    if (n % 10 != 0)
        words += u'-' + QString::fromUtf16(kEnglishBelowTwenty[n % 10]);
    return words;
}

// Words for n > 0 in the Indian system. The crore count is written the same
// way recursively, which covers every quint64 without further names.
QString positiveToWords(quint64 n, DisplayLanguage language)
{
    const Vocabulary& v = vocabulary(language);
    QStringList parts;
    const quint64 crore = n / 10'000'000;
    const quint64 rest = n % 10'000'000;
    if (crore != 0)
        parts << positiveToWords(crore, language) + u' ' + QString::fromUtf16(v.crore);
    const quint64 lakh = rest / 100'000;
    const quint64 thousand = rest / 1000 % 100;
    const quint64 hundred = rest / 100 % 10;
    const quint64 units = rest % 100;
    if (lakh != 0)
        parts << belowHundred(lakh, language) + u' ' + QString::fromUtf16(v.lakh);
    if (thousand != 0)
        parts << belowHundred(thousand, language) + u' ' + QString::fromUtf16(v.thousand);
    if (hundred != 0)
        parts << belowHundred(hundred, language) + u' ' + QString::fromUtf16(v.hundred);
    if (units != 0)
        parts << belowHundred(units, language);
    return parts.join(u' ');
}

} // namespace

QString AmountInWords::numberToWords(qint64 number, DisplayLanguage language)
{
    const Vocabulary& v = vocabulary(language);
    if (number == 0)
        return QString::fromUtf16(v.zero);
    const QString words = positiveToWords(magnitudeOf(number), language);
    return number < 0 ? QString::fromUtf16(v.minus) + u' ' + words : words;
}

QString AmountInWords::toWords(Money amount, DisplayLanguage language)
{
    const Vocabulary& v = vocabulary(language);
    const quint64 all = magnitudeOf(amount.paise());
    const quint64 rupees = all / 100;
    const quint64 paise = all % 100;

    QStringList parts;
    if (rupees != 0 || paise == 0) {
        const QString number = rupees == 0 ? QString::fromUtf16(v.zero) : positiveToWords(rupees, language);
        parts << number + u' ' + QString::fromUtf16(rupees == 1 ? v.rupee : v.rupees);
    }
    if (paise != 0)
        parts << belowHundred(paise, language) + u' ' + QString::fromUtf16(paise == 1 ? v.paisa : v.paise);

    QString words =
        parts.join(u' ' + QString::fromUtf16(v.conjunction) + u' ') + u' ' + QString::fromUtf16(v.only);
    if (amount.isNegative())
        words = QString::fromUtf16(v.minus) + u' ' + words;
    // Sentence case; a no-op for Devanagari, which has no case.
    words[0] = words[0].toUpper();
    return words;
}

} // namespace counterdesk
