#!/usr/bin/env bash
# Build everything and run every test, on a fresh Debian 12 machine or an old one.
# This is what CI runs (.ci/run).
#
# 1. installs the missing Debian packages (scripts/install-deps.sh);
# 2. second compiler: compiles every source file with clang++ in build-clang/
#    (preset ci-clang, warnings are errors) to catch what GCC lets through. It
#    is a compile check only: Debug at -O0 without debug information, each file
#    on its own (no unity batches, so a missing #include of ours shows; Qt's
#    common headers precompiled), and no linking (the GCC build links
#    everything). COUNTERDESK_SKIP_CLANG=1 skips it;
# 3. configures build/ (preset ci: Ninja, ccache, RelWithDebInfo, unity
#    batches, lld, warnings are errors), builds all targets and runs the whole
#    CTest suite offscreen.
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
    echo "run-tests: clang compile check in build-clang/ (every object file)"
    cmake --preset ci-clang >/dev/null
    mapfile -t objects < <(ninja -C build-clang -t targets all | sed -n 's/^\(.*\.o\): CXX_COMPILER__.*/\1/p')
    [ ${#objects[@]} -gt 0 ] || { echo "run-tests: no object files in build-clang/" >&2; exit 1; }
    cmake --build --preset ci-clang --parallel "$jobs" --target "${objects[@]}"
    echo "run-tests: clang check of ${#objects[@]} files done in $((SECONDS - started)) s"
fi

started=$SECONDS
echo "run-tests: GCC build in build/"
cmake --preset ci >/dev/null
cmake --build --preset ci --parallel "$jobs"
echo "run-tests: GCC build done in $((SECONDS - started)) s; running ctest"

exec ctest --preset ci --parallel "$jobs"
