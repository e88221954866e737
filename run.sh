#!/usr/bin/env bash
# Builds the Castellan product when it is missing (or when --build is given) and starts it.
#
#   ./run.sh [--build] [-data DIR] [other options of the castellan script]
#
# The installation folder is ~/.castellan/default unless -data DIR or CASTELLAN_HOME says otherwise.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

product=releng/org.castellan.repository/target/products/org.castellan.product/linux/gtk/x86_64

build=false
if [[ "${1:-}" == "--build" ]]; then
    build=true
    shift
fi
if [[ ! -x "$product/castellan" ]]; then
    build=true
fi

if $build; then
    source releng/scripts/java.sh
    # The product needs every module but none of the tests.
    ./mvnw -B verify -DskipTests
fi

exec "$product/castellan" "$@"
