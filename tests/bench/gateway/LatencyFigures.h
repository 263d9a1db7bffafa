// LatencyFigures: percentiles of one run's samples, in milliseconds.
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <vector>

namespace counterdesk::bench {

struct LatencyFigures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    std::size_t count = 0;

    // Nearest rank on the sorted samples (nanoseconds in, milliseconds out).
    static LatencyFigures of(std::vector<qint64> ns)
    {
        LatencyFigures f;
        f.count = ns.size();
        if (ns.empty())
            return f;
        std::sort(ns.begin(), ns.end());
        const auto at = [&ns](double q) {
            const auto rank = static_cast<std::size_t>(q * static_cast<double>(ns.size() - 1) + 0.5);
            return static_cast<double>(ns[rank]) / 1e6;
        };
        f.p50 = at(0.50);
        f.p99 = at(0.99);
        f.max = static_cast<double>(ns.back()) / 1e6;
        return f;
    }
};

} // namespace counterdesk::bench
