#include "Backoff.h"

#include <algorithm>
#include <array>

namespace counterdesk::journal {

std::chrono::seconds Backoff::delayAfter(int attempts)
{
    using namespace std::chrono_literals;
    static constexpr std::array<std::chrono::seconds, 9> kSchedule = {5s,   15s,   30s,   1min, 2min,
                                                                      5min, 10min, 30min, 1h};
    if (attempts < 0)
        attempts = 0;
    const auto index = static_cast<std::size_t>(attempts);
    return index < kSchedule.size() ? kSchedule[index] : kSchedule.back();
}

std::chrono::seconds Backoff::submittingGrace(std::chrono::milliseconds requestTimeout)
{
    const auto threeTimeouts = std::chrono::ceil<std::chrono::seconds>(requestTimeout * 3);
    return std::max(defaultSubmittingGrace, threeTimeouts);
}

} // namespace counterdesk::journal
