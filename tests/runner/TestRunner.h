// The tests of one directory are built into one program (see
// counterdesk_add_test in tests/CMakeLists.txt), which compiles them in
// unity batches: Qt's headers are read once per batch instead of once per
// test. Each test still runs alone in its own process, named after its file:
// CTest starts `unit_journal_tests tst_journal [Qt Test options]`, and the
// program runs that one test as if it were the old `tst_journal`.
//
// A test file ends with one of these instead of Qt's QTEST_*MAIN, with the
// same application each of those makes:
//   COUNTERDESK_TEST_MAIN(TestClass)          a QApplication (widgets)
//   COUNTERDESK_TEST_GUI_MAIN(TestClass)      a QGuiApplication (painting, no widgets)
//   COUNTERDESK_TEST_GUILESS_MAIN(TestClass)  a QCoreApplication
//   COUNTERDESK_TEST_APPLESS_MAIN(TestClass)  no application object
#pragma once

#include <QTest>

namespace counterdesk::test {

// What a test file's macro registers: the body of the `main` it used to have.
using TestEntry = int (*)(int argc, char* argv[]);

// Registers `entry` under the base name of `sourceFile` (__FILE__ of the
// test). Called during static initialisation; returns true so it can
// initialise a constant.
bool registerTest(const char* sourceFile, TestEntry entry);

} // namespace counterdesk::test

// The entry runs the test class as QTEST_MAIN_WRAPPER would: the class's
// optional static initMain() first, then the application, then the class,
// with QFINDTESTDATA looking beside the test's own source file.
#define COUNTERDESK_TEST_ENTRY(TestClass, ...)                                                               \
    namespace {                                                                                              \
    int runTest##TestClass(int argc, char* argv[])                                                           \
    {                                                                                                        \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestClass>();                                    \
        __VA_ARGS__                                                                                          \
        TestClass test;                                                                                      \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }                                                                                                        \
    [[maybe_unused]] const bool registered##TestClass =                                                      \
        counterdesk::test::registerTest(__FILE__, &runTest##TestClass);                                      \
    }

// Qt Test's own default for its applications: fonts laid out at 96 DPI
// whatever the screen says, so sizes measured in a test do not depend on it.
#define COUNTERDESK_TEST_APPLICATION(ApplicationClass)                                                       \
    ApplicationClass app(argc, argv);                                                                        \
    app.setAttribute(Qt::AA_Use96Dpi, true);

#define COUNTERDESK_TEST_MAIN(TestClass)                                                                     \
    COUNTERDESK_TEST_ENTRY(TestClass, COUNTERDESK_TEST_APPLICATION(QApplication))
#define COUNTERDESK_TEST_GUI_MAIN(TestClass)                                                                 \
    COUNTERDESK_TEST_ENTRY(TestClass, COUNTERDESK_TEST_APPLICATION(QGuiApplication))
#define COUNTERDESK_TEST_GUILESS_MAIN(TestClass)                                                             \
    COUNTERDESK_TEST_ENTRY(TestClass, COUNTERDESK_TEST_APPLICATION(QCoreApplication))
#define COUNTERDESK_TEST_APPLESS_MAIN(TestClass) COUNTERDESK_TEST_ENTRY(TestClass)
