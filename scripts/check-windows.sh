#!/usr/bin/env bash
# Build, test, package and install CounterDesk for Windows, from Linux.
#
#   scripts/check-windows.sh [--skip-tests]
#
# 1. The Windows SDK (scripts/build-windows-sdk.sh; built first if missing,
#    which takes about an hour once per machine).
# 2. Cross-builds CounterDesk with mingw-w64 in build-windows/ (toolchain:
#    cmake/mingw-w64-x86_64.cmake, through the SDK's qt.toolchain.cmake).
# 3. Runs the test suite under Wine with the offscreen platform (CTest's
#    cross-compiling emulator), but the tests docs/windows.md lists as not
#    runnable under Wine, with the reason. Results: build-windows/wine-tests.txt
#    (Wine does not pass a test's own output on: rerun a failing one by hand
#    with `-o Z:\tmp\out.txt,txt` to read it).
# 4. Makes the NSIS installer (CPack), installs it silently (/S) in a fresh
#    Wine prefix, runs the installed counterdesk.exe --version, a training
#    transfer with the installed counterdesk-cli.exe, and takes a screenshot
#    of the installed counterdesk.exe in Hindi under Xvfb
#    (build-windows/windows.png), then uninstalls and checks that nothing of
#    ours is left but the user's data.
# 5. Prints the installer's path and size last.
#
# Needs Debian 12 with apt (packages installed when missing, as root or with sudo).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
build="$repo/build-windows"
run_tests=1
[ "${1:-}" = "--skip-tests" ] && run_tests=0

say() { printf 'check-windows: %s\n' "$*"; }
die() { printf 'check-windows: FAILED: %s\n' "$*" >&2; exit 1; }

# shellcheck source=lib/debian-packages.sh
. "$here/lib/debian-packages.sh"

# --- Host packages -----------------------------------------------------------
need_pkgs=(wine wine64 nsis xvfb xauth x11-utils imagemagick icoutils binutils-mingw-w64-x86-64 cmake ninja-build ccache
           g++-mingw-w64-x86-64-posix fonts-noto-core)
ensure_packages check-windows "${need_pkgs[@]}"

# --- 1. SDK --------------------------------------------------------------------
sdk=$("$here/build-windows-sdk.sh" --prefix)
if [ ! -f "$sdk/.stamps/complete" ]; then
    say "no Windows SDK yet: building it (about an hour, once per machine)"
    "$here/build-windows-sdk.sh"
fi
export COUNTERDESK_WINDOWS_SDK="$sdk"
export PKG_CONFIG_LIBDIR="$sdk/lib/pkgconfig"
unset PKG_CONFIG_PATH

# --- 2. Cross-build --------------------------------------------------------------
say "configure ($build)"
mkdir -p "$build"
cmake -G Ninja -S "$repo" -B "$build" \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DQT_CHAINLOAD_TOOLCHAIN_FILE="$repo/cmake/mingw-w64-x86_64.cmake" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    -DCOUNTERDESK_WERROR=ON \
    -DCOUNTERDESK_BUILD_TESTS=ON \
    -DCMAKE_CROSSCOMPILING_EMULATOR=wine >"$build/configure.log" 2>&1 ||
    { tail -n 40 "$build/configure.log"; die "configure failed (log: $build/configure.log)"; }
say "build"
# The error lines on the terminal, all of it in the log. With pipefail the
# pipeline fails when the build does (grep finding nothing is no failure);
# checking PIPESTATUS after `|| true` never saw the build's status at all.
if ! cmake --build "$build" --parallel "$(nproc)" 2>&1 | tee "$build/build.log" |
    { grep -E '^(FAILED|.*error)' || true; }; then
    die "the cross-build failed (log: $build/build.log)"
fi

# --- 3. Tests under Wine ----------------------------------------------------------
# A Wine prefix of the build's own; the tests run with the SDK's DLLs and plugins.
export WINEPREFIX="$build/wine-tests"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko installer dialogs
mingw_dlls=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
export WINEPATH="Z:${sdk//\//\\}\\bin;Z:${sdk//\//\\}\\lib;Z:${mingw_dlls//\//\\};Z:\\usr\\x86_64-w64-mingw32\\lib"
# Qt's offscreen platform on Windows reads fonts from one folder (no
# fontconfig there): give it Latin and Devanagari ones from fonts-noto-core.
fonts="$build/wine-fonts"
mkdir -p "$fonts"
for f in NotoSans-Regular NotoSans-Bold NotoSansDevanagari-Regular NotoSansDevanagari-Bold; do
    cp -u "/usr/share/fonts/truetype/noto/$f.ttf" "$fonts/"
done
qt_fontdir="Z:${fonts//\//\\}"
if [ "$run_tests" -eq 1 ]; then
    say "tests under Wine (list of exclusions: docs/windows.md)"
    wineboot --init >/dev/null 2>&1 || true
    # Wine keeps QT_* variables of the Linux side away from Windows programs;
    # Windows takes a user's variables from HKCU\Environment, so they go there
    # (the same as the tests' CTest ENVIRONMENT on Linux).
    for var in "QT_QPA_PLATFORM=offscreen" "QT_QPA_FONTDIR=$qt_fontdir" "QT_LOGGING_RULES=qt.qpa.*=false"; do
        wine reg add 'HKCU\Environment' /v "${var%%=*}" /t REG_SZ /d "${var#*=}" /f >/dev/null 2>&1
    done
    wineserver -w
    excluded=$(sed -n 's/^| `\(tst_[a-z0-9_]*\|fuzz_replay_[a-z_]*\)` | not under Wine.*/\1/p' "$repo/docs/windows.md" | paste -sd'|')
    set +e
    (cd "$build" && ctest --output-on-failure --timeout 300 -LE 'bench|torture|packaging' ${excluded:+-E "^($excluded)\$"}) \
        >"$build/wine-tests.txt" 2>&1
    tests_rc=$?
    set -e
    grep -E 'tests passed|tests failed' "$build/wine-tests.txt" || true
    [ "$tests_rc" -eq 0 ] || { grep -E '\*\*\*|Failed|Not Run' "$build/wine-tests.txt" | head -n 40; die "tests failed under Wine (all output: $build/wine-tests.txt)"; }
fi

# --- 4. Installer, install, use, uninstall ---------------------------------------------
say "installer (CPack NSIS)"
(cd "$build" && cpack -G NSIS -B "$build/packages" >"$build/cpack.log" 2>&1) ||
    { tail -n 40 "$build/cpack.log"; die "cpack failed (log: $build/cpack.log)"; }
installer=$(ls -t "$build"/packages/CounterDesk-*-win64-setup.exe | head -n 1)
[ -f "$installer" ] || die "no installer in $build/packages"

"$here/windows/install-check.sh" "$installer" "$build"

size=$(du -h "$installer" | cut -f1)
say "passed"
echo "installer: $installer ($size)"
