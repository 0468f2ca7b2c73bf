#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install missing Debian packages, configure, build.
# Usage: scripts/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev qt6-qpa-plugins
    qt6-tools-dev qt6-l10n-tools
    sqlite3 libsqlite3-dev liblemon-dev libglpk-dev glpk-utils libical-dev libxlsxwriter-dev
    libexif-dev libzip-dev
    node-csv-spectrum poppler-utils xvfb xauth fonts-dejavu-core fonts-noto-core
    clang libclang-rt-14-dev python3 tzdata hyperfine time librsvg2-bin
)

scripts/install-packages.sh "${packages[@]}"

build_dir=${1:-build}
shift || true
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
