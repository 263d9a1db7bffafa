// ProcessMemory: what a running process holds in memory, from the kernel's
// /proc/PID/smaps_rollup (Linux only, like the benchmark that uses it).
//
// PSS divides each shared page among the processes that map it, so it
// depends on what else runs (the reason the benchmark maps no Qt itself).
#pragma once

#include <cstdint>
#include <optional>
#include <sys/types.h>

struct ProcessMemory
{
    std::int64_t pssKiB = 0;
    std::int64_t ussKiB = 0; // Private_Clean + Private_Dirty
    std::int64_t rssKiB = 0;

    static std::optional<ProcessMemory> read(pid_t pid);
};
