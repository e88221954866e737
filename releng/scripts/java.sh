# Sourced by the build scripts (test.sh, run.sh, benchmarks/run.sh): exports JAVA_HOME as a JDK 21
# or newer, the oldest Java that Tycho 5 and the Eclipse platform of the product accept.
#
# A JAVA_HOME already set to such a JDK is kept; otherwise the newest JDK under /usr/lib/jvm, then
# the javac on the PATH. Without one, it says what to install and ends the calling script.

castellan_required_java=21

# The major version of a java executable ("" when it does not run); Java 8 and older say 1.x.
castellan_java_major() {
    local version
    version="$("$1" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')"
    version="${version#1.}"
    printf '%s' "${version%%[.+-]*}"
}

# Whether a folder is a JDK (javac too: Maven compiles) of the required version or newer.
castellan_is_jdk() {
    local major
    [[ -x "$1/bin/java" && -x "$1/bin/javac" ]] || return 1
    major="$(castellan_java_major "$1/bin/java")"
    [[ "$major" =~ ^[0-9]+$ ]] && (( major >= castellan_required_java ))
}

castellan_find_jdk() {
    if [[ -n "${JAVA_HOME:-}" ]] && castellan_is_jdk "$JAVA_HOME"; then
        printf '%s' "$JAVA_HOME"
        return
    fi
    local candidate best="" best_major=0 major
    for candidate in /usr/lib/jvm/*; do
        if castellan_is_jdk "$candidate"; then
            major="$(castellan_java_major "$candidate/bin/java")"
            if (( major > best_major )); then
                best="$candidate"
                best_major="$major"
            fi
        fi
    done
    if [[ -z "$best" ]] && candidate="$(command -v javac)"; then
        candidate="$(dirname "$(dirname "$(readlink -f "$candidate")")")"
        castellan_is_jdk "$candidate" && best="$candidate"
    fi
    [[ -n "$best" ]] && printf '%s' "$best"
}

if ! JAVA_HOME="$(castellan_find_jdk)"; then
    echo "No JDK ${castellan_required_java} or newer found (JAVA_HOME, /usr/lib/jvm, PATH)." >&2
    echo "Install one, for example: sudo apt-get install openjdk-${castellan_required_java}-jdk-headless (or Temurin), or set JAVA_HOME to it." >&2
    exit 1
fi
export JAVA_HOME
