// The `main` of every test program: runs the one test its first argument
// names (see TestRunner.h).
#include "TestRunner.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

namespace counterdesk::test {

namespace {

// Built on first use: registrations run from static initialisers of other
// files, in an order the language leaves open.
std::map<std::string, TestEntry>& registry()
{
    static std::map<std::string, TestEntry> tests;
    return tests;
}

std::string baseName(const std::string& path)
{
    const std::string::size_type slash = path.find_last_of("/\\");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return name.substr(0, name.find('.'));
}

} // namespace

bool registerTest(const char* sourceFile, TestEntry entry)
{
    const bool added = registry().emplace(baseName(sourceFile), entry).second;
    if (!added) {
        std::fprintf(stderr, "two tests are named after %s\n", sourceFile);
        std::abort();
    }
    return true;
}

} // namespace counterdesk::test

int main(int argc, char* argv[])
{
    const auto& tests = counterdesk::test::registry();
    const auto test = argc > 1 ? tests.find(argv[1]) : tests.end();
    if (test == tests.end()) {
        std::fprintf(stderr, "usage: %s TEST [Qt Test options]\nTEST is one of:\n",
                     argc > 0 ? argv[0] : "tests");
        for (const auto& [name, entry] : tests) {
            std::fprintf(stderr, "  %s\n", name.c_str());
        }
        return 2;
    }
    // The test runs as the program it used to be: its name comes first in
    // its arguments, and it is the application's name, which Qt would
    // otherwise take from this program's file on Windows. QStandardPaths'
    // test folders and QSettings' files are named after it, so two tests of
    // one program never share them when CTest runs them side by side.
    QCoreApplication::setApplicationName(QString::fromLocal8Bit(argv[1]));
    return test->second(argc - 1, argv + 1);
}
