// ChildProcess: one program the benchmark starts, ends and waits for
// (fork/exec, Linux). It dies with the benchmark (PR_SET_PDEATHSIG), so a
// benchmark killed by CTest's timeout leaves no X server or app behind.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

class ChildProcess
{
public:
    ChildProcess() = default;
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // `environment` holds "NAME=value" entries; stdout goes to /dev/null and
    // stderr to `stderrFile`; `keepOpen` is a descriptor the child inherits
    // (-1: none). False when fork() fails; a failed exec shows as exit 127.
    bool start(const std::string& program, const std::vector<std::string>& arguments,
               const std::vector<std::string>& environment, const std::string& stderrFile, int keepOpen = -1);
    pid_t pid() const { return m_pid; }
    // Waits until it exits by itself: its exit code, or -1.
    int waitForExit();
    // SIGTERM, then SIGKILL if it is still there after five seconds.
    void end();

private:
    pid_t m_pid = -1;
};
