#!/usr/bin/env bash
# Build the Windows SDK CounterDesk links against, from Debian's source packages.
#
#   scripts/build-windows-sdk.sh              build what is missing (resumable)
#   scripts/build-windows-sdk.sh --prefix     print the SDK's folder (built or not) and exit
#   scripts/build-windows-sdk.sh --pack FILE  write the finished SDK into FILE (.tar.zst or .tar.gz)
#   scripts/build-windows-sdk.sh --unpack FILE   install an SDK packed on another machine
#
# What it builds (x86_64, mingw-w64 with posix threads, release, no tests or
# examples of the dependencies): SQLite, OpenSSL 3 (libcrypto for request
# signing), libqrencode and Qt 6.4.2 qtbase (Core, Gui, Widgets, Network with
# Schannel TLS, Sql with the SQLite driver, PrintSupport, Test; the windows and
# offscreen platform plugins). That is all CounterDesk links on Windows: it
# needs no Qt Svg (the icon is PNGs), no Qt HttpServer or WebSockets (the
# sandbox speaks HTTP itself) and no QtKeychain (secrets/KeychainWindows.cpp
# uses the Credential Manager directly) - whose sources Debian's mirrors do
# not always carry (docs/windows.md).
#
# The first run takes about an hour on two cores, most of it qtbase. Each
# component leaves a stamp when installed, so a stopped run continues with the
# component it was building. The result lives in
#   ${XDG_CACHE_HOME:-~/.cache}/counterdesk/windows-sdk-<versions>/
# with prefix/ (what CounterDesk links), src/, build/ and logs/ beside it.
# Everything comes from Debian 12: the mingw-w64 compilers, Qt's host tools
# (qt6-base-dev, the same 6.4.2) and `apt-get source` (a deb-src entry for
# bookworm is added when missing). Run it as root or with sudo available for
# those two steps; the build itself needs no privileges.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")

# Debian source package -> the upstream version this recipe was written for.
# `apt-get source` takes Debian's current revision (security fixes included);
# a different upstream version stops the build, because the options below may
# no longer fit it.
declare -A upstream=(
    [sqlite3]=3.40.1
    [openssl]=3.0.20
    [qrencode]=4.1.1
    [qt6-base]=6.4.2
)
components=(sqlite3 openssl qrencode qt6-base)
# Bump when the recipe changes in a way that needs a rebuild.
recipe=1

sdk_name="windows-sdk-qt${upstream[qt6-base]}-openssl${upstream[openssl]}-sqlite${upstream[sqlite3]}-qrencode${upstream[qrencode]}-r$recipe"
root="${XDG_CACHE_HOME:-$HOME/.cache}/counterdesk/$sdk_name"
prefix="$root/prefix"
stamps="$prefix/.stamps"
jobs=$(nproc)
mingw=x86_64-w64-mingw32
toolchain="$prefix/share/counterdesk/mingw-w64-x86_64.cmake"
host_cmake_dir=/usr/lib/x86_64-linux-gnu/cmake

say() { printf 'build-windows-sdk: %s\n' "$*"; }
die() { printf 'build-windows-sdk: %s\n' "$*" >&2; exit 1; }

# shellcheck source=lib/debian-packages.sh
. "$here/lib/debian-packages.sh"

case "${1:-}" in
    --prefix) echo "$prefix"; exit 0 ;;
    --pack)
        [ -n "${2:-}" ] || die "--pack needs a file name"
        [ -f "$stamps/complete" ] || die "no finished SDK in $prefix to pack; build it first"
        out=$(realpath -m "$2")
        case "$out" in *.zst) comp=(--zstd) ;; *) comp=(--gzip) ;; esac
        say "packing $prefix into $out"
        tar -C "$root" "${comp[@]}" -cf "$out" prefix
        say "packed: $out ($(du -h "$out" | cut -f1))"
        exit 0 ;;
    --unpack)
        [ -f "${2:-}" ] || die "--unpack needs an existing file"
        mkdir -p "$root"
        rm -rf "$prefix"
        say "unpacking $2 into $root"
        tar -C "$root" -xf "$2"
        [ -f "$stamps/complete" ] || die "$2 holds no finished SDK (no prefix/.stamps/complete)"
        say "ready: $prefix"
        exit 0 ;;
    "") ;;
    *) die "unknown option '$1' (see the comment at the top of this script)" ;;
esac

# --- Host tools --------------------------------------------------------------
need_pkgs=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools
           dpkg-dev tcl cmake ninja-build pkg-config zstd
           qt6-base-dev qt6-base-private-dev qt6-tools-dev-tools)
ensure_packages build-windows-sdk "${need_pkgs[@]}"
host_qt=$(sed -n 's/^set(PACKAGE_VERSION "\(.*\)")/\1/p' "$host_cmake_dir/Qt6Core/Qt6CoreConfigVersionImpl.cmake" 2>/dev/null || true)
[ "$host_qt" = "${upstream[qt6-base]}" ] ||
    die "the host Qt is '${host_qt:-missing}', but cross-building Qt ${upstream[qt6-base]} needs the same version on the host"

# `apt-get source` needs a deb-src entry; Debian 12's default image has none.
if ! apt-cache showsrc qt6-base 2>/dev/null | grep -q '^Version:'; then
    src_list=/etc/apt/sources.list.d/counterdesk-deb-src.sources
    say "adding a deb-src entry for bookworm ($src_list)"
    as_root tee "$src_list" >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
fi

mkdir -p "$root/src" "$root/build" "$root/logs" "$stamps" "$(dirname "$toolchain")"
# Qt's qt.toolchain.cmake remembers the toolchain it was built with by path:
# keep a copy inside the prefix so a packed SDK works from any checkout.
cp "$repo/cmake/mingw-w64-x86_64.cmake" "$toolchain"
export COUNTERDESK_WINDOWS_SDK="$prefix"
export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig"
unset PKG_CONFIG_PATH

# --- Helpers -----------------------------------------------------------------
# The unpacked source folder of a Debian source package (patches applied).
fetch_source() {
    local pkg=$1 dir="$root/src/$1"
    if [ ! -f "$dir/.fetched" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        say "$pkg: apt-get source"
        if ! (cd "$dir" && apt-get source -q "$pkg" >"$root/logs/$pkg-source.log" 2>&1); then
            # Some mirrors carry a package's upstream tarball but not Debian's
            # part of it: build the upstream release then, and say so.
            local orig
            orig=$(find "$dir" -maxdepth 1 -name "${pkg}_*.orig.tar.*" ! -name '*.asc' | head -n 1)
            [ -n "$orig" ] || die "$pkg: apt-get source could not fetch the source (is a deb-src entry for bookworm there, and does the mirror carry it?); see $root/logs/$pkg-source.log"
            say "$pkg: Debian's patches are not on this mirror; building the upstream release $(basename "$orig")"
            (cd "$dir" && tar -xf "$orig")
        fi
        touch "$dir/.fetched"
    fi
    local tree
    tree=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    [ -n "$tree" ] || die "$pkg: no source folder in $dir"
    local version
    if [ -f "$tree/debian/changelog" ]; then
        version=$(cd "$tree" && dpkg-parsechangelog -S Version)
    else
        version="$(basename "$tree" | sed 's/^.*-//') (upstream)"
    fi
    local up=${version%% *}; up=${up#*:}; up=${up%-*}; up=${up%+dfsg*}
    [ "$up" = "${upstream[$pkg]}" ] ||
        die "$pkg: Debian now ships $version, this recipe was written for ${upstream[$pkg]}; update the table in $0"
    echo "$version" >"$dir/.version"
    src_tree=$tree
}

# Runs a build command, keeping its output in the component's log and printing
# ninja's or make's progress about every 5% so a long build shows it lives.
run_logged() {
    local log=$1; shift
    set +e
    "$@" 2>&1 | tee -a "$log" | awk '
        /^\[[0-9]+\/[0-9]+\]/ {
            split(substr($1, 2), p, "/"); pct = int(100 * p[1] / p[2]);
            if (pct >= last + 5) { last = pct; printf("    %d%% (%s)\n", pct, $1); fflush() }
        }'
    local rc=${PIPESTATUS[0]}
    set -e
    [ "$rc" -eq 0 ] || die "failed (exit $rc); the last lines of $log:
$(tail -n 30 "$log")"
}

cmake_component() {
    local name=$1 src=$2; shift 2
    local build="$root/build/$name" log="$root/logs/$name.log"
    say "$name: configure"
    run_logged "$log" cmake -G Ninja -S "$src" -B "$build" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" "$@"
    say "$name: build"
    run_logged "$log" cmake --build "$build" --parallel "$jobs"
    run_logged "$log" cmake --install "$build"
}

# --- Components --------------------------------------------------------------
build_sqlite3() {
    # The amalgamation (one sqlite3.c) is generated on the host with tclsh, then
    # compiled into a static library that Qt's SQLite driver plugin takes in,
    # so there is no sqlite3.dll to deploy. The options are the ones Qt's own
    # bundled copy uses, plus what Debian enables that the journal relies on.
    local build="$root/build/sqlite3" log="$root/logs/sqlite3.log"
    rm -rf "$build" && mkdir -p "$build"
    say "sqlite3: generate the amalgamation"
    (cd "$build" && run_logged "$log" "$src_tree/configure" --disable-tcl &&
        run_logged "$log" make sqlite3.c)
    say "sqlite3: build"
    local defs=(-DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_OMIT_LOAD_EXTENSION
                -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_DEFAULT_FOREIGN_KEYS=0
                -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_UNLOCK_NOTIFY)
    run_logged "$log" $mingw-gcc-posix -O2 "${defs[@]}" -c "$build/sqlite3.c" -o "$build/sqlite3.o"
    run_logged "$log" $mingw-gcc-ar-posix rcs "$build/libsqlite3.a" "$build/sqlite3.o"
    install -D -m 644 "$build/libsqlite3.a" "$prefix/lib/libsqlite3.a"
    install -D -m 644 "$build/sqlite3.h" "$prefix/include/sqlite3.h"
    install -D -m 644 "$src_tree/src/sqlite3ext.h" "$prefix/include/sqlite3ext.h" 2>/dev/null ||
        install -D -m 644 "$build/sqlite3ext.h" "$prefix/include/sqlite3ext.h"
}

build_openssl() {
    # Only the libraries (CounterDesk needs libcrypto's HMAC): build_libs and
    # install_dev leave out the openssl program, the engines and the manuals.
    local build="$root/build/openssl" log="$root/logs/openssl.log"
    rm -rf "$build" && cp -a "$src_tree" "$build"
    say "openssl: configure"
    (cd "$build" && run_logged "$log" ./Configure mingw64 shared no-tests \
        --prefix="$prefix" --libdir=lib \
        CC=$mingw-gcc-posix AR=$mingw-gcc-ar-posix RANLIB=$mingw-gcc-ranlib-posix RC=$mingw-windres)
    say "openssl: build"
    (cd "$build" && run_logged "$log" make -j"$jobs" build_libs &&
        run_logged "$log" make install_dev)
}

build_qrencode() {
    cmake_component qrencode "$src_tree" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DWITH_TOOLS=NO -DWITH_TESTS=NO -DBUILD_SHARED_LIBS=ON
}

build_qt6-base() {
    # Notes in ../shared/notes/windows-cross.md: both host paths are needed;
    # Debian's source has no wintab (tablet events off) but OpenGL must stay on
    # for the windows platform plugin to compile. TLS goes through Schannel.
    # Direct2D stays on: without it Qt 6.4 leaves the DirectWrite font engine
    # out of QtGui while QtPrintSupport still calls it (the link fails).
    cmake_component qt6-base "$src_tree" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR="$host_cmake_dir" \
        -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DFEATURE_tabletevent=OFF -DFEATURE_dbus=OFF -DFEATURE_system_zlib=OFF \
        -DFEATURE_schannel=ON -DFEATURE_openssl=OFF \
        -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF \
        -DFEATURE_direct2d=ON -DFEATURE_vulkan=OFF \
        -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.a"
}

# --- Main --------------------------------------------------------------------
say "SDK: $prefix ($jobs parallel jobs)"
start=$SECONDS
n=0
for c in "${components[@]}"; do
    n=$((n + 1))
    if [ -f "$stamps/$c" ]; then
        say "[$n/${#components[@]}] $c: done earlier ($(cat "$stamps/$c"))"
        continue
    fi
    t0=$SECONDS
    say "[$n/${#components[@]}] $c"
    fetch_source "$c"
    : >"$root/logs/$c.log"
    "build_$c"
    cat "$root/src/$c/.version" >"$stamps/$c"
    say "[$n/${#components[@]}] $c: installed in $(( (SECONDS - t0) / 60 )) min"
done
# pkg-config files name the prefix they were built for; make them relative to
# where they lie, so an SDK unpacked under another home folder still works.
for pc in "$prefix"/lib/pkgconfig/*.pc; do
    sed -i -E 's#^(prefix|exec_prefix|libdir|includedir)=/.*/prefix#\1=${pcfiledir}/../..#' "$pc"
done
date -u +%FT%TZ >"$stamps/complete"
say "complete in $(( (SECONDS - start) / 60 )) min: $prefix"
