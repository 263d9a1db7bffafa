// Whole-process start-up benchmark: from launching a program until its first
// top-level window is mapped on a real X server (a private Xvfb), for
// CounterDesk in training, CounterDesk on a remote profile and a bare Qt
// window of the same size (bare_window), in alternating rounds. Two seconds
// after the map it reads each process's memory (PSS, USS, RSS).
//
// It prints medians, the ratio to the bare window (goal: at most 1.5×) and
// the memory, to compare with tests/bench/baseline.json; it never fails on a
// figure, only when it cannot measure (no Xvfb, a program that never shows).
//
// Plain C++ and xcb, no Qt: PSS shares a page among the processes mapping
// it, so a benchmark holding Qt's libraries would take part of the app's
// share for itself (about 6 MiB when it did). The settings are written by
// startup_seed, a Qt program that exits before anything is measured.
//
// Each program keeps one private HOME/XDG tree for the run (like CliRunner
// in tests/cli: no D-Bus session, no keys in the environment); the uncounted
// warm-up round makes CounterDesk's journal, so each counted round is an
// ordinary second start.
#include "ChildProcess.h"
#include "Figures.h"
#include "MapWatcher.h"
#include "ProcessMemory.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <poll.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

extern char** environ;

namespace {

using namespace std::chrono_literals;
using Clock = MapWatcher::Clock;

constexpr int rounds = 7;       // counted rounds per program; round 0 warms up
constexpr int memoryRounds = 3; // the first counted rounds also read memory
constexpr auto memoryDelay = 2s;
constexpr auto mapTimeout = 30s;
constexpr const char* screenSize = "1366x768x24"; // a counter PC
// No request goes out at start-up; if one did, it would be refused at once
// on loopback and nothing would leave the machine.
constexpr const char* remoteBaseUrl = "http://127.0.0.1:9/ekoapi/v3";

struct Program
{
    std::string label;
    std::string executable;
    std::vector<std::string> arguments;
    std::vector<std::string> environment;
    std::string stderrFile;
    Figures mappedNs;
    Figures pssKiB;
    Figures ussKiB;
    Figures rssKiB;
};

// The run's files, removed at the end however it ends.
struct TemporaryDirectory
{
    std::filesystem::path path;
    TemporaryDirectory()
    {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/bench_startup_process-XXXXXX";
        if (!mkdtemp(pattern.data())) {
            throw std::runtime_error("cannot make a temporary directory");
        }
        path = pattern;
    }
    ~TemporaryDirectory()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

std::string findInPath(const std::string& name)
{
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    for (std::size_t start = 0; start <= dirs.size();) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const std::string candidate = dirs.substr(start, end - start) + "/" + name;
        if (access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
        start = end + 1;
    }
    return {};
}

std::string tail(const std::string& file)
{
    std::ifstream in(file);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.size() > 2000 ? text.substr(text.size() - 2000) : text;
}

std::vector<std::string> currentEnvironment()
{
    std::vector<std::string> environment;
    for (char** entry = environ; *entry; ++entry) {
        environment.emplace_back(*entry);
    }
    return environment;
}

// Starts Xvfb on a display it picks itself (-displayfd: it writes the
// number to our pipe once it accepts clients, so no race and no guessing).
std::string startXvfb(ChildProcess& xvfb, const std::filesystem::path& root)
{
    const std::string program = findInPath("Xvfb");
    if (program.empty()) {
        // A listed package provides it: missing means a broken set-up, not a skip.
        throw std::runtime_error("Xvfb is not installed: install xvfb (scripts/debian-packages.txt)");
    }
    int fds[2];
    if (pipe(fds) != 0) {
        throw std::runtime_error("pipe() failed");
    }
    const std::string log = (root / "xvfb.log").string();
    const bool started = xvfb.start(
        program,
        {"-displayfd", std::to_string(fds[1]), "-screen", "0", screenSize, "-nolisten", "tcp", "-noreset"},
        currentEnvironment(), log, fds[1]);
    close(fds[1]);
    std::string number;
    pollfd readable{fds[0], POLLIN, 0};
    char c = 0;
    while (started && poll(&readable, 1, 20000) > 0 && read(fds[0], &c, 1) == 1 && c != '\n') {
        number += c;
    }
    close(fds[0]);
    if (number.empty()) {
        throw std::runtime_error("Xvfb gave no display number: " + tail(log));
    }
    return ":" + number;
}

// The environment of every measured program: ours, but with a private
// HOME/XDG tree under `root`, no D-Bus session and no keys, on our display.
std::vector<std::string> privateEnvironment(const std::filesystem::path& root, const std::string& display)
{
    static const std::vector<std::string> replaced{"HOME",
                                                   "XDG_CONFIG_HOME",
                                                   "XDG_DATA_HOME",
                                                   "XDG_CACHE_HOME",
                                                   "XDG_RUNTIME_DIR",
                                                   "DBUS_SESSION_BUS_ADDRESS",
                                                   "COUNTERDESK_ACCESS_KEY",
                                                   "COUNTERDESK_DEVELOPER_KEY",
                                                   "DISPLAY",
                                                   "WAYLAND_DISPLAY",
                                                   "QT_QPA_PLATFORM"};
    std::vector<std::string> environment;
    for (const std::string& entry : currentEnvironment()) {
        const std::string name = entry.substr(0, entry.find('='));
        if (std::find(replaced.begin(), replaced.end(), name) == replaced.end()) {
            environment.push_back(entry);
        }
    }
    for (const auto& [name, dir] : {std::pair{"HOME", "home"}, std::pair{"XDG_CONFIG_HOME", "config"},
                                    std::pair{"XDG_DATA_HOME", "data"}, std::pair{"XDG_CACHE_HOME", "cache"},
                                    std::pair{"XDG_RUNTIME_DIR", "runtime"}}) {
        std::filesystem::create_directories(root / dir);
        environment.push_back(std::string(name) + "=" + (root / dir).string());
    }
    // Qt wants its runtime directory private, as a login session makes it.
    chmod((root / "runtime").c_str(), 0700);
    environment.push_back("DISPLAY=" + display);
    environment.push_back("QT_QPA_PLATFORM=xcb");
    return environment;
}

class Bench
{
public:
    Bench()
        : m_display(startXvfb(m_xvfb, m_root.path))
        , m_watcher(m_display)
    {
        if (!m_watcher.isConnected()) {
            throw std::runtime_error("cannot connect to the benchmark's Xvfb on " + m_display);
        }
        m_training = counterDesk("CounterDesk, training", "training", {"training"});
        m_remote = counterDesk("CounterDesk, remote profile", "remote", {"remote", remoteBaseUrl});
        m_bare = program("bare Qt window", "bare", COUNTERDESK_BARE_WINDOW_EXE);
    }

    void run()
    {
        // Warm-up, not counted: disk and font caches, and two seconds for
        // CounterDesk's deferred start to make its journal. The bare window
        // takes the size CounterDesk's window had.
        const MapWatcher::MappedWindow window = launch(m_training, false, true);
        m_windowSize = std::to_string(window.width) + "x" + std::to_string(window.height);
        m_bare.arguments = {m_windowSize};
        launch(m_bare, false, true);
        launch(m_remote, false, true);

        // Alternating order, so no program always runs on a cache another
        // one just warmed.
        for (int round = 1; round <= rounds; ++round) {
            std::vector<Program*> order{&m_bare, &m_training, &m_remote};
            std::rotate(order.begin(), order.begin() + round % 3, order.end());
            for (Program* next : order) {
                launch(*next, true, round <= memoryRounds);
            }
        }
    }

    void report() const
    {
        std::printf("startup, whole process under Xvfb %s, launch until the first window (%s) is mapped:\n",
                    screenSize, m_windowSize.c_str());
        for (const Program* p : {&m_bare, &m_training, &m_remote}) {
            std::printf("  %-28s %s\n", p->label.c_str(), p->mappedNs.summary(1e6, "ms").c_str());
        }
        const auto ratio = [this](const Program& p) {
            return static_cast<double>(p.mappedNs.median()) / static_cast<double>(m_bare.mappedNs.median());
        };
        std::printf("  ratio of medians to the bare window (goal <= 1.5): training %.2f, remote %.2f\n",
                    ratio(m_training), ratio(m_remote));
        std::printf("memory %lld s after the first window was mapped, MiB, median of %d (goal PSS: training "
                    "<= 36, remote <= 32):\n",
                    static_cast<long long>(memoryDelay.count()), std::min(rounds, memoryRounds));
        const auto mib = [](const Figures& f) {
            return static_cast<double>(f.median()) / 1024.0;
        };
        for (const Program* p : {&m_bare, &m_training, &m_remote}) {
            std::printf("  %-28s PSS %.1f, USS %.1f, RSS %.1f\n", p->label.c_str(), mib(p->pssKiB),
                        mib(p->ussKiB), mib(p->rssKiB));
        }
        std::printf("compare with tests/bench/baseline.json: startup_process_xvfb_ms, memory_pss_mib\n");
    }

private:
    Program program(const std::string& label, const std::string& name, const std::string& executable)
    {
        Program result;
        result.label = label;
        result.executable = executable;
        result.environment = privateEnvironment(m_root.path / name, m_display);
        result.stderrFile = (m_root.path / name / "stderr.log").string();
        return result;
    }

    Program counterDesk(const std::string& label, const std::string& name, std::vector<std::string> profile)
    {
        Program result = program(label, name, COUNTERDESK_GUI_EXE);
        const std::string settingsFile = (m_root.path / name / "counterdesk.ini").string();
        profile.insert(profile.begin(), settingsFile);
        ChildProcess seed;
        if (!seed.start(COUNTERDESK_STARTUP_SEED_EXE, profile, result.environment, result.stderrFile) ||
            seed.waitForExit() != 0) {
            throw std::runtime_error("startup_seed failed: " + tail(result.stderrFile));
        }
        result.arguments = {"--settings", settingsFile, "--data-dir",
                            (m_root.path / name / "journal").string()};
        return result;
    }

    // Runs `p` until its first window is mapped (and, `withMemory`, two
    // seconds more, then reads its memory), records the figures when
    // `counted`, and ends it.
    MapWatcher::MappedWindow launch(Program& p, bool counted, bool withMemory)
    {
        ChildProcess child;
        const Clock::time_point started = Clock::now();
        if (!child.start(p.executable, p.arguments, p.environment, p.stderrFile)) {
            throw std::runtime_error(p.label + ": fork() failed");
        }
        const std::optional<MapWatcher::MappedWindow> mapped =
            m_watcher.waitForWindowOf(child.pid(), started + mapTimeout);
        if (!mapped) {
            throw std::runtime_error(p.label +
                                     ": no window mapped within 30 s; stderr: " + tail(p.stderrFile));
        }
        if (withMemory) {
            // A second window in these seconds (a first-run wizard, a message
            // box) would make the memory figure another program's: stop.
            if (const auto another = m_watcher.waitForWindowOf(child.pid(), Clock::now() + memoryDelay)) {
                throw std::runtime_error(p.label + ": a second window was mapped (" +
                                         std::to_string(another->width) + "x" +
                                         std::to_string(another->height) + ")");
            }
            const std::optional<ProcessMemory> memory = ProcessMemory::read(child.pid());
            if (!memory) {
                throw std::runtime_error(p.label + ": cannot read /proc/PID/smaps_rollup");
            }
            if (counted) {
                p.pssKiB.add(memory->pssKiB);
                p.ussKiB.add(memory->ussKiB);
                p.rssKiB.add(memory->rssKiB);
            }
        }
        child.end();
        if (counted) {
            p.mappedNs.add(
                std::chrono::duration_cast<std::chrono::nanoseconds>(mapped->readAt - started).count());
        }
        return *mapped;
    }

    TemporaryDirectory m_root;
    ChildProcess m_xvfb;
    std::string m_display;
    MapWatcher m_watcher;
    Program m_training;
    Program m_remote;
    Program m_bare;
    std::string m_windowSize; // CounterDesk's, which the bare window copies
};

} // namespace

int main()
{
    try {
        Bench bench;
        bench.run();
        bench.report();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_startup_process: cannot measure: %s\n", e.what());
        return 1;
    }
    return 0;
}
