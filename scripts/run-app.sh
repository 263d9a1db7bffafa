#!/usr/bin/env bash
# Build CounterDesk and start it, on a fresh Debian 12 machine or an old one.
#
#   scripts/run-app.sh [ARGS...]     ARGS go to the app
#
# Installs the missing Debian packages, configures build/ (CMake preset "dev":
# Ninja, ccache, RelWithDebInfo), builds the app and starts it. A first run
# opens in training mode: the built-in Eko sandbox, no credentials, no money.
# Safe to run again: every step does only what is not done yet.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh

echo "run-app: configuring build/ (preset dev)"
cmake --preset dev >/dev/null
echo "run-app: building"
cmake --build --preset dev --target counterdesk --parallel "$(nproc)"

echo "run-app: starting build/app/counterdesk"
exec build/app/counterdesk "$@"
