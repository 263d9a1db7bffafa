# Sourced by the scripts that need Debian packages beyond scripts/debian-packages.txt
# (the Windows build and check, the icon renderer).
#
#   ensure_packages NAME PKG...   installs the missing PKGs with apt-get (root or sudo);
#                                 NAME prefixes the messages
#   as_root CMD...                runs CMD as root (itself, or through sudo)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "not root and no sudo: as root, run: $*" >&2
        return 1
    fi
}

ensure_packages() {
    local name=$1; shift
    local missing=() pkg status
    for pkg in "$@"; do
        # db:Status-Abbrev is "ii " for a package that is fully installed.
        status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
        [[ $status == ii* ]] || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "$name: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}
