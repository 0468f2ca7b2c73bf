#!/usr/bin/env bash
# Installs what is missing, builds, and opens the app. With no arguments it opens the sample
# event (created on first use in ~/.local/share/fieldday/); any arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
if [ $# -eq 0 ]; then
    data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/fieldday"
    mkdir -p "$data_dir"
    sample="$data_dir/sample.fieldday"
    [ -f "$sample" ] || build/app/cli/fieldday-cli new "$sample" --sample
    set -- "$sample"
fi
exec build/app/gui/fieldday "$@"
