#!/bin/sh
# Refits the runtime factors on the calibration corpus, writes them into the seed, and regenerates the
# embedded held-out report from the rebuilt binary. Run from the source tree root after an engine or
# corpus change: tests/data/calibration/refit.sh [BUILD_DIR]   (default: build)
set -eu
build="${1:-build}"
db="$(mktemp -d)"
trap 'rm -rf "$db"' EXIT
cmake --build "$build" --target hwplanner
HWPLANNER_CATALOG="$db/fit.sqlite" "$build/app/hwplanner" accuracy --json --factors > "$db/factors.json"
python3 tests/data/calibration/apply_factors.py "$db/factors.json" resources/catalog/seed.json
cmake --build "$build" --target hwplanner
"$build/app/hwplanner" accuracy --write-report resources/catalog/accuracy.json
cmake --build "$build"
