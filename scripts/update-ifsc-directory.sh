#!/usr/bin/env bash
# Refresh CounterDesk's offline IFSC directory (resources/banks/ifsc-directory.txt)
# from the IFSC dataset Razorpay publishes as the npm package "ifsc".
#
#   scripts/update-ifsc-directory.sh [VERSION]     (default: the latest on npm)
#
# Run by hand, then review and commit the new file; the build never needs npm
# or a network. Needs npm and python3. The dataset is in the public domain
# (the package's README; its code is MIT): src/IFSC.json (every branch code by
# bank code), src/banknames.json (bank names), src/sublet.json and
# src/custom-sublets.json (IFSCs leased to another bank).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

version=${1:-$(npm view ifsc version)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "update-ifsc-directory: fetching ifsc@$version"
(cd "$work" && npm pack --silent "ifsc@$version" >/dev/null && tar xzf "ifsc-$version.tgz")
python3 scripts/ifsc-directory.py "$work/package" "$version" "$(date -u +%Y-%m-%d)" \
    > resources/banks/ifsc-directory.txt.new
mv resources/banks/ifsc-directory.txt.new resources/banks/ifsc-directory.txt
echo "update-ifsc-directory: wrote resources/banks/ifsc-directory.txt" \
     "($(wc -c < resources/banks/ifsc-directory.txt) bytes)"
