#!/usr/bin/env bash
# Builds the Debian package dist/fieldday_VERSION_amd64.deb with CPack's DEB generator, from the
# build in BUILD_DIR (built first if needed; default build/). docs/architecture.md, "Packaging",
# says what goes in; scripts/check-package.sh checks and installs the result.
# Usage: scripts/package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
# dpkg-shlibdeps (dpkg-dev) computes the package's dependencies; CPack finds the binaries to give
# it with file.
scripts/install-packages.sh dpkg-dev file
scripts/setup.sh "$build"
rm -rf "$build/cpack"
cpack --config "$build/CPackConfig.cmake" -B "$(realpath "$build")/cpack" >/dev/null
mkdir -p dist
deb=$(ls "$build"/cpack/fieldday_*_amd64.deb)
rm -f dist/fieldday_*_amd64.deb
mv "$deb" dist/
echo "dist/$(basename "$deb")"
