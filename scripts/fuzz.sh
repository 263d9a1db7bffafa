#!/usr/bin/env bash
# Fuzz every parser of outside bytes for a while; fail on any crash, leak,
# hang or sanitizer report.
#
#   scripts/fuzz.sh SECONDS [HARNESS...]    e.g. scripts/fuzz.sh 60
#                                                scripts/fuzz.sh 1800 money
#
# 1. installs the missing Debian packages (scripts/install-deps.sh; clang's
#    libFuzzer and sanitizer runtimes come from libclang-rt-14-dev);
# 2. configures build-fuzz/ (CMake preset "fuzz": clang++, every library with
#    -fsanitize=fuzzer-no-link,address,undefined) and builds the harnesses of
#    tests/fuzz (build preset "fuzz");
# 3. runs each harness (all five by default) for SECONDS (-max_total_time),
#    starting from its corpus tests/fuzz/corpus/HARNESS/. The inputs libFuzzer
#    finds go to build-fuzz/fuzz/HARNESS/corpus/, never into the source tree.
#
# A crash, leak, sanitizer report, out-of-memory or an input slower than
# FUZZ_INPUT_TIMEOUT seconds (default 25) fails the run; the input is saved as
# build-fuzz/fuzz/HARNESS/artifacts/crash-... (or leak-, timeout-, oom-) and
# the log is build-fuzz/fuzz/HARNESS/log.txt. Fix the code, then keep the input
# as a regression case: copy it to tests/fuzz/corpus/HARNESS/ with a name that
# says what it was (the test suite replays that folder on every run).
#
# FUZZ_PARALLEL=N runs N harnesses at once (default 1); they run under nice.
# Prints each harness's executions; exits non-zero if any harness failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

all_harnesses=(response_classifier money profile_file endpoint_table sandbox_request http_response)

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ]; then
    echo "usage: scripts/fuzz.sh SECONDS [HARNESS...]   harnesses: ${all_harnesses[*]}" >&2
    exit 2
fi
seconds=$1
shift
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all_harnesses[@]}")
for h in "${harnesses[@]}"; do
    [ -d "tests/fuzz/corpus/$h" ] || { echo "fuzz: unknown harness $h (no tests/fuzz/corpus/$h)" >&2; exit 2; }
done
parallel=${FUZZ_PARALLEL:-1}
input_timeout=${FUZZ_INPUT_TIMEOUT:-25}

bash scripts/install-deps.sh

echo "fuzz: configuring build-fuzz/ (preset fuzz)"
cmake --preset fuzz >/dev/null
echo "fuzz: building the harnesses"
nice cmake --build --preset fuzz --parallel "$(nproc)"

# A UBSan report must stop the run (the preset also compiles with
# -fno-sanitize-recover=all); libFuzzer sets the ASan/LSan options it needs.
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_stack_use_after_return=1:strict_string_checks=1

run_one() {
    local h=$1
    local work="build-fuzz/fuzz/$h"
    rm -rf "$work/artifacts"
    mkdir -p "$work/corpus" "$work/artifacts"
    # Inputs up to twice the largest seed (at least 4 KiB): the built-in
    # endpoint table alone is larger than libFuzzer's default limit.
    local largest
    largest=$(find "tests/fuzz/corpus/$h" -type f -printf '%s\n' | sort -n | tail -1)
    local max_len=$((2 * largest > 4096 ? 2 * largest : 4096))
    local status=0
    nice "build-fuzz/tests/fuzz/fuzz_$h" \
        -max_total_time="$seconds" -timeout="$input_timeout" -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
        "$work/corpus" "tests/fuzz/corpus/$h" >"$work/log.txt" 2>&1 || status=$?
    echo "$status" >"$work/status"
}

started=$SECONDS
echo "fuzz: ${#harnesses[@]} harness(es), $seconds s each, $parallel at a time"
running=0
for h in "${harnesses[@]}"; do
    run_one "$h" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=0
printf '%-22s %14s  %s\n' harness executions result
for h in "${harnesses[@]}"; do
    work="build-fuzz/fuzz/$h"
    log="$work/log.txt"
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    result=ok
    # slow-unit-* files are only libFuzzer's note of an input slower than 10 s,
    # which a busy machine produces by pausing the process; a real hang is a
    # timeout-* artifact and a non-zero status.
    if [ "$(cat "$work/status")" != 0 ] || [ -n "$(find "$work/artifacts" -type f ! -name 'slow-unit-*')" ] ||
        grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer|broken promise' "$log"; then
        result="FAILED: see $log and $work/artifacts/"
        failed=1
    fi
    printf '%-22s %14s  %s\n' "$h" "${runs:-?}" "$result"
done
echo "fuzz: done in $((SECONDS - started)) s"
if [ "$failed" != 0 ]; then
    echo "fuzz: FAILED. Fix the code, then keep each artifact as tests/fuzz/corpus/HARNESS/<what-it-was>." >&2
    exit 1
fi
