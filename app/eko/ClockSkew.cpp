#include "eko/ClockSkew.h"

#include <QByteArrayList>
#include <QTimeZone>
#include <algorithm>
#include <array>

namespace counterdesk::eko {

namespace {

int monthFromName(QByteArrayView name)
{
    static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (name.compare(QByteArrayView(kMonths[i]), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

bool parseNumber(QByteArrayView text, int& out)
{
    if (text.isEmpty() || text.size() > 4)
        return false;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

std::optional<QTime> parseClock(QByteArrayView text)
{
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> list;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == ':') {
                list.append(text.sliced(start, i - start));
                start = i + 1;
            }
        }
        return list;
    }();
    int h = 0, m = 0, s = 0;
    if (parts.size() != 3 || !parseNumber(parts[0], h) || !parseNumber(parts[1], m) ||
        !parseNumber(parts[2], s))
        return std::nullopt;
    // 60 is a leap second; Qt has none, so round it down.
    const QTime time(h, m, s == 60 ? 59 : s);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<QDateTime> make(int year, int month, int day, const std::optional<QTime>& time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time)
        return std::nullopt;
    return QDateTime(date, *time, QTimeZone::utc());
}

} // namespace

std::optional<QDateTime> ClockSkew::parseHttpDate(const QByteArray& value)
{
    // Tokens split on spaces; commas are dropped. Parsed by hand because
    // QDateTime's formats depend on the locale for names.
    QByteArrayList tokens;
    for (const QByteArray& t : value.simplified().split(' ')) {
        QByteArray token = t;
        if (token.endsWith(','))
            token.chop(1);
        if (!token.isEmpty())
            tokens.append(token);
    }
    int day = 0, year = 0;
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (tokens.size() == 6 && tokens[5] == "GMT") {
        const int month = monthFromName(tokens[2]);
        if (month == 0 || !parseNumber(tokens[1], day) || !parseNumber(tokens[3], year) ||
            tokens[3].size() != 4)
            return std::nullopt;
        return make(year, month, day, parseClock(tokens[4]));
    }
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    if (tokens.size() == 4 && tokens[3] == "GMT") {
        const QByteArrayList dmy = tokens[1].split('-');
        if (dmy.size() != 3)
            return std::nullopt;
        const int month = monthFromName(dmy[1]);
        if (month == 0 || !parseNumber(dmy[0], day) || !parseNumber(dmy[2], year) || dmy[2].size() != 2)
            return std::nullopt;
        // RFC 9110: a two-digit year more than 50 years ahead is in the past.
        year += year < 70 ? 2000 : 1900;
        return make(year, month, day, parseClock(tokens[2]));
    }
    // asctime: Sun Nov  6 08:49:37 1994
    if (tokens.size() == 5) {
        const int month = monthFromName(tokens[1]);
        if (month == 0 || !parseNumber(tokens[2], day) || !parseNumber(tokens[4], year) ||
            tokens[4].size() != 4)
            return std::nullopt;
        return make(year, month, day, parseClock(tokens[3]));
    }
    return std::nullopt;
}

bool ClockSkew::observe(const QDateTime& serverDate, qint64 sentAtMs, qint64 receivedAtMs)
{
    if (!serverDate.isValid() || receivedAtMs < sentAtMs)
        return false;
    // The server stamped Date somewhere between our send and receive, and
    // truncated it to the second: server time t is in [date, date + 999].
    const qint64 date = serverDate.toMSecsSinceEpoch();
    const qint64 low = date - receivedAtMs;
    const qint64 high = date + 999 - sentAtMs;
    if (!m_observed || low > m_high || high < m_low) {
        // First answer, or one that contradicts what we knew: a clock was
        // changed (the agent fixed the PC, or the server moved). Start over.
        m_low = low;
        m_high = high;
    } else {
        // Every answer narrows where the offset can be.
        m_low = std::max(m_low, low);
        m_high = std::min(m_high, high);
    }
    m_observed = true;
    if (m_offsetMs >= m_low && m_offsetMs <= m_high)
        return false;
    m_offsetMs = m_low + (m_high - m_low) / 2;
    return true;
}

} // namespace counterdesk::eko
