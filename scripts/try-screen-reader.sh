#!/usr/bin/env bash
# Runs CounterDesk (a fresh counter: the first-run set-up, then training) under Xvfb with the Orca screen reader
# attached over AT-SPI, presses the keys given (xdotool names), and prints
# what Orca would have spoken, from its debug log. A manual check, outside
# the test suite (tests/wizard/tst_accessibility and tests/gui/
# tst_accessibilitywindows are the automatic ones).
#
#   scripts/try-screen-reader.sh [BUILD_DIR] [KEYS...]
#   scripts/try-screen-reader.sh build Tab Tab Return
#
# Needs Debian's orca, speech-dispatcher, at-spi2-core, dbus, xvfb and xdotool
# (apt-get install --no-install-recommends orca speech-dispatcher at-spi2-core
# dbus-x11 xvfb xdotool); no sound
# device is needed: Orca's speech goes to its log.
set -euo pipefail
build=${1:-build}
shift || true
keys=("$@")
[ ${#keys[@]} -gt 0 ] || keys=(Tab Tab Tab)
app="$build/app/counterdesk"
[ -x "$app" ] || { echo "try-screen-reader: no $app; build first (cmake --build --preset dev)" >&2; exit 1; }
for tool in orca Xvfb xdotool dbus-run-session; do
    command -v "$tool" >/dev/null || { echo "try-screen-reader: $tool is missing (see the header of this script)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for d in $(seq 150 199); do [ -e /tmp/.X$d-lock ] || { display=:$d; break; }; done
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 0.5

export DISPLAY=$display HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME/speech-dispatcher" && chmod 700 "$XDG_RUNTIME_DIR"
# A silent voice: speech-dispatcher's dummy module with libao's null driver,
# so no sound device is needed and every utterance still reaches Orca's log.
printf 'AudioOutputMethod "libao"\nDefaultModule dummy\nAddModule "dummy" "sd_dummy" ""\n' \
    >"$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf"
printf 'default_driver=null\n' >"$HOME/.libao"
# Qt talks to AT-SPI only when a screen reader is said to be on.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
export APP="$app" WORK="$work" KEYS="${keys[*]}"
cat >"$work/session.sh" <<'SESSION'
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
# Orca speaks through speech-dispatcher; without a sound card the silent
# voice above is enough, and Orca logs each utterance.
speech-dispatcher --spawn --timeout 0 >/dev/null 2>&1 || true
sleep 1
gsettings set org.gnome.desktop.a11y.applications screen-reader-enabled true 2>/dev/null || true
orca --replace --debug-file="$WORK/orca.log" >/dev/null 2>&1 &
sleep 3
"$APP" --settings "$WORK/counter.ini" --data-dir "$WORK/data" >"$WORK/app.log" 2>&1 &
sleep 6
orca --list-apps >"$WORK/apps.txt" 2>&1 || true
for key in $KEYS; do xdotool key --delay 100 "$key"; sleep 1; done
sleep 2
SESSION
dbus-run-session -- bash "$work/session.sh"
cp "$work/app.log" /tmp/app-last.log 2>/dev/null || true
echo "try-screen-reader: applications Orca sees: $(tr '\n' ' ' <"$work/apps.txt")"
cp "$work/orca.log" /tmp/orca-last.log 2>/dev/null || true
grep -a -E "SPEECH OUTPUT|^  *\"" "$work/orca.log" | grep -a "SPEECH OUTPUT" | sed -e "s/^.*SPEECH OUTPUT: //" | uniq
