// Figures: the samples of one benchmark figure and their summary (median,
// min, max). Plain C++, so the whole-process benchmark, which must not map
// Qt's libraries itself (see bench_startup_process.cpp), can use it too.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

struct Figures
{
    std::vector<std::int64_t> samples;

    void add(std::int64_t sample) { samples.push_back(sample); }
    std::int64_t median() const { return sorted().at(samples.size() / 2); }
    // `unit` divides a sample into the unit named by `unitName` (1e6 for ns → ms).
    std::string summary(double unit, const char* unitName) const
    {
        const std::vector<std::int64_t> in = sorted();
        char text[128];
        // No %zu: MinGW's printf family (the Windows cross-build) does not know it.
        std::snprintf(text, sizeof text, "median %.2f %s, min %.2f, max %.2f",
                      static_cast<double>(median()) / unit, unitName, static_cast<double>(in.front()) / unit,
                      static_cast<double>(in.back()) / unit);
        return std::string(text) + " (n=" + std::to_string(in.size()) + ")";
    }

private:
    std::vector<std::int64_t> sorted() const
    {
        std::vector<std::int64_t> copy = samples;
        std::sort(copy.begin(), copy.end());
        return copy;
    }
};
