// ProcessCpu: CPU time a process (and its children) used, from the kernel's
// /proc/PID/stat (Linux only, like the benchmark that uses it).
//
// CPU per request is the load benchmark's figure that holds on a busy
// machine, where latency is mostly the other builds' queue.
#pragma once

#include <QtGlobal>

namespace counterdesk::bench {

struct ProcessCpu
{
    // User + system seconds of one process; 0 when it cannot be read.
    static double seconds(qint64 pid);
    // The same for the process and its living children (a PostgreSQL
    // server: the postmaster and its backends).
    static double withChildren(qint64 pid);
};

} // namespace counterdesk::bench
