#!/usr/bin/env bash
# The test command: installs what the tests need and a fresh Debian machine lacks, then builds
# Castellan and runs every test (about 20 minutes on 2 cores).
#
#   ./test.sh [Maven options]      for example ./test.sh -o, or ./test.sh -pl tests/org.castellan.store.tests -am
#
# Needs a JDK 21 or newer (see releng/scripts/java.sh) and, when not run as root, sudo for apt-get.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian package, and the command (or, for a library, the shared object) that shows it is there:
# Xvfb is the display of the UI tests, xauth lets xvfb-run use it, GTK 3 is SWT's toolkit,
# ImageMagick's import takes screenshots, xdotool drives the product's dialogs, Tesseract reads
# what menus and dialogs show. The directory tests start OpenLDAP's slapd (in /usr/sbin, which a
# user's PATH may not hold) and load it with slapadd; ldap-utils' clients help to look into it.
# The server tests run the example host that is not Java with Python 3 (its standard library only).
required=(
    "xvfb          command Xvfb"
    "xauth         command xauth"
    "libgtk-3-0    library libgtk-3.so.0"
    "imagemagick   command import"
    "xdotool       command xdotool"
    "tesseract-ocr command tesseract"
    "slapd         file    /usr/sbin/slapd"
    "ldap-utils    command ldapsearch"
    "python3       command python3"
)

libraries="$(ldconfig -p 2>/dev/null || true)"
missing=()
for entry in "${required[@]}"; do
    read -r package kind name <<<"$entry"
    case "$kind" in
        command) command -v "$name" >/dev/null 2>&1 || missing+=("$package") ;;
        library) grep -q "$name" <<<"$libraries" || missing+=("$package") ;;
        file)    [[ -x "$name" ]] || missing+=("$package") ;;
    esac
done
if (( ${#missing[@]} > 0 )); then
    echo "Installing ${missing[*]} (Debian packages the tests need)"
    sudo=()
    if (( $(id -u) != 0 )); then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

source releng/scripts/java.sh
echo "Using JAVA_HOME=$JAVA_HOME"

xvfb-run -a ./mvnw -B verify "$@"
