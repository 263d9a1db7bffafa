#!/usr/bin/env bash
# Installs a CounterDesk Windows installer in a fresh Wine prefix and uses it
# as a shop would, then uninstalls it. Called by scripts/check-windows.sh;
# can be run alone on an installer:
#
#   scripts/windows/install-check.sh INSTALLER.exe WORKDIR
#
# Checks, in order: the silent install (/S) puts the executables, the Qt
# plugins, the uninstaller, the Start-menu entry and the desktop shortcut in
# place; the installed counterdesk.exe --version answers; a training transfer
# with the installed counterdesk-cli.exe succeeds and leaves its journal under
# %LOCALAPPDATA%; a screenshot of the installed counterdesk.exe in Hindi
# (WORKDIR/windows.png); the silent uninstall leaves nothing of ours but the
# user's data.
set -euo pipefail

installer=$(realpath "${1:?usage: install-check.sh INSTALLER.exe WORKDIR}")
work=$(realpath -m "${2:?usage: install-check.sh INSTALLER.exe WORKDIR}")
mkdir -p "$work"

say() { printf 'install-check: %s\n' "$*"; }
die() { printf 'install-check: FAILED: %s\n' "$*" >&2; exit 1; }

export WINEPREFIX="$work/wine-install"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono/Gecko installer dialogs
unset WINEPATH QT_PLUGIN_PATH QT_QPA_PLATFORM # the installed app must find its own
rm -rf "$WINEPREFIX"
say "fresh Wine prefix: $WINEPREFIX"
wineboot --init >/dev/null 2>&1
wineserver -w

c="$WINEPREFIX/drive_c"
pf="$c/Program Files/CounterDesk"
user_dir=$(find "$c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -n 1)
start_menu="$c/ProgramData/Microsoft/Windows/Start Menu/Programs/CounterDesk"
desktop_link="$c/users/Public/Desktop/CounterDesk.lnk"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\CounterDesk'

# --- Install ---------------------------------------------------------------------
say "silent install: $(basename "$installer") /S"
wine "$installer" /S
wineserver -w
for f in bin/counterdesk.exe bin/counterdesk-cli.exe bin/counterdesk-sandbox.exe Uninstall.exe \
         bin/Qt6Core.dll bin/Qt6Widgets.dll bin/platforms/qwindows.dll bin/platforms/qoffscreen.dll \
         bin/sqldrivers/qsqlite.dll bin/tls/qschannelbackend.dll bin/libcrypto-3-x64.dll; do
    [ -f "$pf/$f" ] || die "not installed: Program Files\\CounterDesk\\${f//\//\\}"
done
[ -f "$start_menu/CounterDesk.lnk" ] || die "no Start-menu entry ($start_menu)"
[ -f "$start_menu/Uninstall.lnk" ] || die "no Start-menu uninstall entry"
[ -f "$desktop_link" ] || die "no desktop shortcut ($desktop_link)"
wine reg query "$uninstall_key" >/dev/null 2>&1 || die "no Apps & features entry ($uninstall_key)"
say "installed into C:\\Program Files\\CounterDesk, Start menu and desktop shortcut in place"

# The executables as Explorer shows them: the GUI without a console window
# (PE subsystem 2), the CLI a console program (3), each with the icon (resource
# type 14) and version information (type 16).
subsystem() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^Subsystem[[:space:]]*0*\([0-9]*\).*/\1/p'; }
[ "$(subsystem "$pf/bin/counterdesk.exe")" = 2 ] || die "counterdesk.exe is not a GUI program (subsystem $(subsystem "$pf/bin/counterdesk.exe"))"
[ "$(subsystem "$pf/bin/counterdesk-cli.exe")" = 3 ] || die "counterdesk-cli.exe is not a console program"
for exe in counterdesk counterdesk-cli counterdesk-sandbox; do
    resources=$(wrestool -l "$pf/bin/$exe.exe")
    grep -q -- '--type=14' <<<"$resources" || die "$exe.exe carries no icon"
    grep -q -- '--type=16' <<<"$resources" || die "$exe.exe carries no version information"
done
say "counterdesk.exe: GUI subsystem; counterdesk-cli.exe: console; icons and version information in all three"

# --- Use -------------------------------------------------------------------------
version=$(wine "$pf/bin/counterdesk.exe" --version 2>/dev/null | tr -d '\r')
echo "$version" | grep -q '^CounterDesk [0-9]' || die "counterdesk.exe --version printed: '$version'"
say "counterdesk.exe --version: $(echo "$version" | head -n 1)"

# A training transfer: each OTP the built-in sandbox "sends" (printed on
# stderr) is typed back on stdin, as the agent would.
say "training transfer with counterdesk-cli.exe"
transfer_log="$work/cli-transfer.txt"
coproc CLI { wine "$pf/bin/counterdesk-cli.exe" transfer --json --rail digikhata --customer 9000000001 \
                 --recipient-id 10017680 --amount 110 --channel imps 2>&1; }
cli_pid=$CLI_PID
exec {from_cli}<&"${CLI[0]}" {to_cli}>&"${CLI[1]}"
: >"$transfer_log"
while IFS= read -r line <&"$from_cli"; do
    printf '%s\n' "${line%$'\r'}" >>"$transfer_log"
    if [[ $line =~ \[training\]\ SMS\ to\ .*:\ ([0-9]{4,8}) ]]; then
        printf '%s\r\n' "${BASH_REMATCH[1]}" >&"$to_cli"
    fi
done
set +e; wait "$cli_pid"; cli_rc=$?; set -e
exec {from_cli}<&- {to_cli}>&-
grep -q '"state": "SUCCESS"' "$transfer_log" ||
    { cat "$transfer_log"; die "the training transfer did not succeed (exit $cli_rc)"; }
tid=$(sed -n 's/.*"tid": "\([0-9]*\)".*/\1/p' "$transfer_log")
data_dir="$user_dir/AppData/Local/CounterDesk"
[ -n "$(find "$data_dir" -name '*.sqlite*' -o -name '*.db' 2>/dev/null | head -n 1)" ] ||
    die "no journal under %LOCALAPPDATA%\\CounterDesk ($data_dir)"
say "training transfer SUCCESS, TID $tid; journal in %LOCALAPPDATA%\\CounterDesk"

# The window in Hindi, as an agent who chose Hindi sees it after the first run.
say "screenshot of the installed counterdesk.exe in Hindi"
settings="$work/hindi-settings.ini"
# Settings' INI groups are the scopes (agent, local), as Settings.cpp writes them.
printf '[agent]\nui\\language=hi\n[local]\nconnection\\activeProfile=Training\nreceipt\\shopName=Sharma Mobile Point\n' >"$settings"
display=""
for d in $(seq 91 140); do [ -e "/tmp/.X$d-lock" ] || { display=":$d"; break; }; done
[ -n "$display" ] || die "no free X display number"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display wine "$pf/bin/counterdesk.exe" --settings "Z:${settings//\//\\}" >/dev/null 2>&1 &
app_pid=$!
window=""
for _ in $(seq 1 60); do
    sleep 1
    window=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -i 'CounterDesk' | grep -v 'has no name' | head -n 1 || true)
    [ -n "$window" ] && break
done
[ -n "$window" ] || die "the installed counterdesk.exe showed no window within 60 s"
sleep 4 # let it finish painting
DISPLAY=$display import -window root "$work/windows.png"
wine "$pf/bin/counterdesk.exe" --version >/dev/null 2>&1 || true
kill "$app_pid" 2>/dev/null || true
wineserver -k || true
kill "$xvfb_pid" 2>/dev/null || true
trap - EXIT
say "screenshot: $work/windows.png"

# --- Uninstall -----------------------------------------------------------------------
say "silent uninstall"
wine "$pf/Uninstall.exe" /S
# The uninstaller copies itself to %TEMP% and returns at once: wait for it.
for _ in $(seq 1 60); do
    [ -e "$pf" ] || break
    sleep 1
done
wineserver -w
[ ! -e "$pf" ] || die "left behind: $(cd "$pf" && find . | head -n 20)"
[ ! -e "$start_menu" ] || die "Start-menu folder left behind"
[ ! -e "$desktop_link" ] || die "desktop shortcut left behind"
if wine reg query "$uninstall_key" >/dev/null 2>&1; then die "Apps & features entry left behind"; fi
[ -d "$data_dir" ] || die "the uninstaller removed the user's data ($data_dir)"
say "uninstalled: nothing of ours left but the user's data in %LOCALAPPDATA%\\CounterDesk"
