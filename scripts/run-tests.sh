#!/usr/bin/env bash
# Build everything and run every test, on a fresh Debian 12 machine or an old one.
# This is what CI runs (.ci/run).
#
# 1. installs the missing Debian packages (scripts/install-deps.sh);
# 2. second compiler: builds everything with clang++ in build-clang/ (preset
#    ci-clang, warnings are errors) to catch what GCC lets through; it is a
#    compile check only, its tests are not run, so it builds Debug at -O0
#    without debug information (a fifth faster). COUNTERDESK_SKIP_CLANG=1 skips it;
# 3. configures build/ (preset ci: Ninja, ccache, RelWithDebInfo, warnings are
#    errors), builds all targets and runs the whole CTest suite offscreen.
#
# CTest is the last thing that runs (exec): its summary and exit code are the
# script's, and nothing is printed after them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

bash scripts/install-deps.sh

started=$SECONDS
if [ "${COUNTERDESK_SKIP_CLANG:-0}" != 1 ]; then
    echo "run-tests: clang build in build-clang/ (compile check)"
    cmake --preset ci-clang >/dev/null
    cmake --build --preset ci-clang --parallel "$jobs"
    echo "run-tests: clang build done in $((SECONDS - started)) s"
fi

started=$SECONDS
echo "run-tests: GCC build in build/"
cmake --preset ci >/dev/null
cmake --build --preset ci --parallel "$jobs"
echo "run-tests: GCC build done in $((SECONDS - started)) s; running ctest"

exec ctest --preset ci --parallel "$jobs"
