#!/usr/bin/env bash
# Build everything with AddressSanitizer + UndefinedBehaviorSanitizer and run
# the whole test suite under them. A long check, not part of .ci/run.
#
#   scripts/run-sanitized-tests.sh [CTEST-ARGS...]    e.g. -R tst_journal
#
# 1. installs the missing Debian packages (scripts/install-deps.sh);
# 2. configures build-asan/ (CMake preset "asan": clang++, Debug at -O1 so Qt's
#    asserts are on, -fsanitize=address,undefined -fno-sanitize-recover=all
#    -fno-omit-frame-pointer) and builds every target, each file compiled
#    alone with only what it includes (no unity batches, no precompiled Qt
#    headers: cmake/BuildSpeed.cmake), so a missing #include fails here;
# 3. runs CTest offscreen, every test but the benchmarks and the crash torture
#    (labels bench, torture). Any sanitizer report aborts the
#    process that made it (halt_on_error, abort_on_error), so the test fails.
#    Reports are also written to build-asan/sanitizer-reports/, which catches
#    a report from a child process (counterdesk-cli, counterdesk-sandbox) whose
#    test did not look at its exit code: any report there fails the run.
#
# Leak reports from Qt's and fontconfig's own caches are suppressed, each with
# its reason, in tests/sanitizers/lsan.supp; nothing of ours is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

bash scripts/install-deps.sh

started=$SECONDS
echo "sanitized-tests: configuring build-asan/ (preset asan)"
cmake --preset asan >/dev/null
echo "sanitized-tests: building"
cmake --build --preset asan --parallel "$jobs"
echo "sanitized-tests: build done in $((SECONDS - started)) s; running ctest"

reports="$PWD/build-asan/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
# The preset's options plus a log file per process (PID appended by the runtime).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"

status=0
# Not the benchmarks (they measure speed, which means nothing under the
# sanitizers, and their million-row journals take minutes each) nor the crash
# torture (its own long check, `ctest -L torture`).
ctest --test-dir build-asan --output-on-failure --parallel "$jobs" --label-exclude 'bench|torture' "$@" || status=$?

if [ -n "$(ls -A "$reports")" ]; then
    echo "sanitized-tests: sanitizer reports in $reports:" >&2
    for report in "$reports"/*; do
        echo "----- $report" >&2
        cat "$report" >&2
    done
    status=1
fi
if [ "$status" != 0 ]; then
    echo "sanitized-tests: FAILED" >&2
    exit "$status"
fi
echo "sanitized-tests: all tests passed with no sanitizer report"
