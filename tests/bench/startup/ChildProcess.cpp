#include "ChildProcess.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> result;
    for (std::string& s : strings) {
        result.push_back(s.data());
    }
    result.push_back(nullptr);
    return result;
}

} // namespace

ChildProcess::~ChildProcess()
{
    end();
}

bool ChildProcess::start(const std::string& program, const std::vector<std::string>& arguments,
                         const std::vector<std::string>& environment, const std::string& stderrFile,
                         int keepOpen)
{
    // Everything exec needs is built before fork: the child only execs.
    std::vector<std::string> argv{program};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<std::string> envp = environment;
    std::vector<char*> argvPointers = pointers(argv);
    std::vector<char*> envpPointers = pointers(envp);
    const pid_t parent = getpid();
    m_pid = fork();
    if (m_pid < 0) {
        return false;
    }
    if (m_pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) {
            _exit(127);
        }
        const int devNull = open("/dev/null", O_WRONLY);
        const int err = open(stderrFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (devNull >= 0) {
            dup2(devNull, STDOUT_FILENO);
        }
        if (err >= 0) {
            dup2(err, STDERR_FILENO);
        }
        for (int fd = STDERR_FILENO + 1; fd < 1024; ++fd) {
            if (fd != keepOpen) {
                close(fd);
            }
        }
        execve(program.c_str(), argvPointers.data(), envpPointers.data());
        _exit(127);
    }
    return true;
}

int ChildProcess::waitForExit()
{
    int status = 0;
    const bool exited = m_pid > 0 && waitpid(m_pid, &status, 0) == m_pid;
    m_pid = -1;
    return exited && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ChildProcess::end()
{
    if (m_pid <= 0) {
        return;
    }
    kill(m_pid, SIGTERM);
    for (int waited = 0; waited < 500; ++waited) {
        if (waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
            m_pid = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(m_pid, SIGKILL);
    waitpid(m_pid, nullptr, 0);
    m_pid = -1;
}
