#include "ProcessMemory.h"

#include <fstream>
#include <sstream>
#include <string>

std::optional<ProcessMemory> ProcessMemory::read(pid_t pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/smaps_rollup");
    if (!file) {
        return std::nullopt;
    }
    // Lines such as "Pss:                5210 kB".
    ProcessMemory memory;
    bool sawPss = false;
    std::string line;
    while (std::getline(file, line)) {
        std::istringstream fields(line);
        std::string name;
        std::int64_t kib = 0;
        if (!(fields >> name >> kib)) {
            continue;
        }
        if (name == "Pss:") {
            memory.pssKiB = kib;
            sawPss = true;
        } else if (name == "Rss:") {
            memory.rssKiB = kib;
        } else if (name == "Private_Clean:" || name == "Private_Dirty:") {
            memory.ussKiB += kib;
        }
    }
    if (!sawPss) {
        return std::nullopt;
    }
    return memory;
}
