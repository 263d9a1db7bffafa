#!/usr/bin/env bash
# Install the .deb into a minimal Debian 12 and use it there, as a user's
# machine would. Outside the default test run (it takes minutes and needs
# Debian's mirror); run it before a release.
#
#   sudo scripts/check-deb-install.sh
#
# 1. Builds the Release packages (cmake --workflow --preset deb, build-release/:
#    counterdesk and counterdesk-gateway) and runs lintian on them: any error
#    or warning fails.
# 2. Makes a minimal Debian 12 once (debootstrap --variant=minbase bookworm)
#    in build-release/deb-install/base/ and keeps it; each run copies it to
#    build-release/deb-install/root/, so every run starts from a clean system
#    and the second run downloads nothing but apt's lists. Downloaded packages
#    are kept in build-release/deb-install/apt-archives/.
# 3. Installs both .debs there with apt (apt resolves their dependencies from
#    the mirror; recommended packages are left out, so Depends alone must do).
#    counterdesk-gateway's postinst must have created the service's user and
#    left the service disabled; counterdesk-gateway --version and --help run.
# 4. As an ordinary user in that system: counterdesk --version and
#    counterdesk-sandbox --version, then a training transfer with
#    counterdesk-cli (the two OTPs read from its "[training] SMS" lines and
#    given on stdin, as docs/cli.md describes), which must end SUCCESS, and an
#    inquiry of it from the journal.
# 5. Unmounts everything it mounted, also when it fails or is interrupted.
#    A failed run leaves its system in deb-install/root/ (unmounted) with the
#    logs beside it (debootstrap.log, apt.log, transfer.json, transfer.err);
#    the next run starts from a new copy.
#
# Must run as root (debootstrap, mount and chroot need it); CI runs as root.
# DEBIAN_MIRROR picks another mirror (default http://deb.debian.org/debian).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
build="$repo/build-release"
work="$build/deb-install"
base="$work/base"
root="$work/root"
archives="$work/apt-archives"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm

say() { printf 'check-deb-install: %s\n' "$*"; }
die() { printf 'check-deb-install: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    die "must run as root (debootstrap, mount and chroot need it): sudo $0"
fi

# shellcheck source=lib/debian-packages.sh
. "$here/lib/debian-packages.sh"

# --- Mounts: every one is under $work and undone on exit ---------------------
# The mount points under $work, deepest first.
mounts_under_work() {
    awk -v w="$work/" 'index($5 "/", w) == 1 { print $5 }' /proc/self/mountinfo | sort -r
}
unmount_all() {
    local m
    for m in $(mounts_under_work); do
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done
}
# Removes a chroot folder; never while anything is mounted in it (a bound /dev
# would be emptied with it).
remove_tree() {
    unmount_all
    [ -z "$(mounts_under_work)" ] || die "still mounted under $work: $(mounts_under_work | tr '\n' ' ')"
    rm -rf --one-file-system "$1"
}
cli_pid=
cleanup() {
    if [ -n "$cli_pid" ]; then kill "$cli_pid" 2>/dev/null || true; fi
    unmount_all
}
trap cleanup EXIT

# --- Host packages --------------------------------------------------------------
"$here/install-deps.sh"
ensure_packages check-deb-install debootstrap lintian

# --- 1. The package and lintian -------------------------------------------------
say "building the Release package (cmake --workflow --preset deb, $build)"
mkdir -p "$build"
CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
    CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache} \
    cmake --workflow --preset deb >"$build/workflow.log" 2>&1 ||
    { tail -n 40 "$build/workflow.log"; die "the Release build or cpack failed (log: $build/workflow.log)"; }
# CPack names each file it made ("CPack: - package: <file> generated.").
packaged_deb() {
    sed -n "s|^CPack: - package: \(.*/${1}_[^/]*\.deb\) generated\.\$|\1|p" "$build/workflow.log" | tail -n 1
}
deb=$(packaged_deb counterdesk)
gateway_deb=$(packaged_deb counterdesk-gateway)
[ -f "$deb" ] || die "no counterdesk .deb named in $build/workflow.log"
[ -f "$gateway_deb" ] || die "no counterdesk-gateway .deb named in $build/workflow.log"
say "packages: $deb $gateway_deb"

say "lintian"
# The packaging test's own check (no error, no warning), on the Release packages.
cmake "-DDEB=$deb;$gateway_deb" -DLINTIAN="$(command -v lintian)" -P "$repo/tests/packaging/CheckLintian.cmake" ||
    die "lintian reports errors or warnings on $(basename "$deb") or $(basename "$gateway_deb")"

# --- 2. A minimal Debian 12, made once ---------------------------------------------
mkdir -p "$work" "$archives"
unmount_all # what an interrupted run may have left
if [ ! -f "$base/.complete" ]; then
    remove_tree "$base"
    say "checking the mirror $mirror"
    if ! wget -q -T 20 -t 2 -O /dev/null "$mirror/dists/$suite/Release"; then
        die "cannot reach the Debian mirror $mirror (no $mirror/dists/$suite/Release): debootstrap needs it." \
            "Check the network or proxy (http_proxy), or set DEBIAN_MIRROR to a reachable mirror."
    fi
    say "debootstrap --variant=minbase $suite into $base (once; a few minutes)"
    if ! debootstrap --variant=minbase --cache-dir="$archives" "$suite" "$base" "$mirror" \
        >"$work/debootstrap.log" 2>&1; then
        unmount_all
        tail -n 20 "$work/debootstrap.log" >&2
        if grep -qE "Failed getting release|Couldn't download|Could not resolve|Temporary failure|Connection (refused|timed out)|Unable to connect" \
            "$work/debootstrap.log"; then
            die "debootstrap could not download from the Debian mirror $mirror (log: $work/debootstrap.log)." \
                "Check the network or proxy, or set DEBIAN_MIRROR to a reachable mirror."
        fi
        die "debootstrap failed (log: $work/debootstrap.log)"
    fi
    touch "$base/.complete"
else
    say "reusing the minimal Debian 12 in $base"
fi

# --- 3. A fresh copy, and the package installed with apt ----------------------------
remove_tree "$root"
say "copying it to $root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# DEBIAN_MIRROR counts for apt too, not only for the debootstrap that made base/.
printf 'deb %s %s main\n' "$mirror" "$suite" >"$root/etc/apt/sources.list"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$archives" "$root/var/cache/apt/archives"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }

say "apt-get update in the chroot"
in_root apt-get update -q >"$work/apt.log" 2>&1 ||
    { tail -n 20 "$work/apt.log" >&2; die "apt-get update in the chroot could not reach $mirror (log: $work/apt.log)"; }
cp "$deb" "$gateway_deb" "$root/tmp/"
say "apt-get install ./$(basename "$deb") ./$(basename "$gateway_deb") (dependencies from the mirror, no recommends)"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" "/tmp/$(basename "$gateway_deb")" >>"$work/apt.log" 2>&1 ||
    { tail -n 30 "$work/apt.log" >&2; die "apt could not install the packages (log: $work/apt.log)"; }
for package in counterdesk counterdesk-gateway; do
    # shellcheck disable=SC2016 # ${Status} is dpkg-query's field, not the shell's
    in_root dpkg-query -W -f='${Status}\n' "$package" | grep -qx 'install ok installed' ||
        die "dpkg does not list $package as installed"
done

# The gateway: its postinst made the service's user (systemd-sysusers) and
# neither enabled nor started the service, which has no configuration yet.
in_root getent passwd counterdesk-gateway >/dev/null ||
    die "counterdesk-gateway's postinst did not create the user counterdesk-gateway"
[ ! -e "$root/etc/systemd/system/multi-user.target.wants/counterdesk-gateway.service" ] ||
    die "installing counterdesk-gateway enabled its service"
gateway_version=$(dpkg-deb -f "$gateway_deb" Version)
out=$(in_root timeout 60 /usr/sbin/counterdesk-gateway --version 2>&1) ||
    die "counterdesk-gateway --version failed in the chroot: $out"
grep -q "${gateway_version%-*}" <<<"$out" || die "counterdesk-gateway --version does not print ${gateway_version%-*}: $out"
out=$(in_root timeout 60 /usr/sbin/counterdesk-gateway --help 2>&1) ||
    die "counterdesk-gateway --help failed in the chroot: $out"
grep -q "counter add" <<<"$out" || die "counterdesk-gateway --help lists no commands: $out"
say "counterdesk-gateway: user created, service not enabled, --version and --help run"

# --- 4. Use it, as an ordinary user ------------------------------------------------
in_root useradd --create-home --shell /bin/bash agent
as_agent() {
    chroot --userspec=agent:agent "$root" env -i PATH=/usr/bin:/bin HOME=/home/agent LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}
# The upstream part of the package's version (0.1.0 of 0.1.0-1).
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*}
for program in counterdesk counterdesk-sandbox counterdesk-cli; do
    out=$(as_agent timeout 60 "$program" --version 2>&1) ||
        die "$program --version failed in the chroot: $out"
    grep -q "$version" <<<"$out" || die "$program --version does not print $version: $out"
    say "$program --version: $(head -n 1 <<<"$out")"
done

# A seeded customer of the training sandbox and one of their recipients
# (counterdesk-sandbox --help lists them).
customer=9000000001
recipient=10017680
amount=110
say "training transfer: Rs $amount from $customer (DigiKhata) to recipient $recipient"
fifo="$work/otp-in"
out_file="$work/transfer.json"
err_file="$work/transfer.err"
rm -f "$fifo"
mkfifo "$fifo"
as_agent timeout 180 counterdesk-cli transfer --json --rail digikhata --customer "$customer" \
    --recipient-id "$recipient" --amount "$amount" <"$fifo" >"$out_file" 2>"$err_file" &
cli_pid=$!
exec 3>"$fifo"
# Should the program end early, a write to the pipe fails instead of killing this script.
trap '' PIPE
# Each OTP the training sandbox "sends" is printed on stderr as
# "[training] SMS to <last four digits> (PURPOSE): 123456"; it is typed in as one line.
for purpose in sender transaction; do
    otp=
    for _ in $(seq 1 600); do
        otp=$(sed -n "s/^\[training\] SMS to ${customer: -4} ($purpose): \([0-9]\{4,8\}\)\$/\1/p" "$err_file" | tail -n 1)
        [ -n "$otp" ] && break
        kill -0 "$cli_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$otp" ]; then
        cat "$out_file" "$err_file" >&2
        if ! kill -0 "$cli_pid" 2>/dev/null; then
            rc=0
            wait "$cli_pid" || rc=$?
            cli_pid=
            die "counterdesk-cli transfer ended (exit $rc) before the $purpose OTP"
        fi
        die "counterdesk-cli showed no $purpose OTP within a minute"
    fi
    printf '%s\n' "$otp" >&3 || true
done
exec 3>&-
rc=0
wait "$cli_pid" || rc=$?
cli_pid=
if [ "$rc" -ne 0 ]; then
    cat "$out_file" "$err_file" >&2
    die "counterdesk-cli transfer exited $rc (0 is SUCCESS; docs/cli.md lists the codes)"
fi
grep -Eq '"state": ?"SUCCESS"' "$out_file" || { cat "$out_file" >&2; die "the transfer is not SUCCESS"; }
grep -Eq "\"amount\": ?\"$amount\\.00\"" "$out_file" ||
    { cat "$out_file" >&2; die "the transfer's amount is not $amount.00"; }
ref=$(sed -n 's/.*"client_ref_id": \{0,1\}"\([A-Za-z0-9]*\)".*/\1/p' "$out_file")
[ -n "$ref" ] || { cat "$out_file" >&2; die "the transfer's JSON has no client_ref_id"; }
say "transfer $ref: SUCCESS"

# The journal kept it: the history, read by a second process, lists it.
history=$(as_agent timeout 60 counterdesk-cli history --json 2>&1) ||
    die "counterdesk-cli history failed: $history"
grep -q "\"$ref\"" <<<"$history" || die "the journal's history does not list $ref: $history"
say "history lists $ref"

remove_tree "$root"
say "passed: $(basename "$deb") and $(basename "$gateway_deb") install into a minimal Debian 12;" \
    "a training transfer is sent, the gateway runs"
