#!/usr/bin/env bash
# The main job on the bundled examples: scripts/setup.sh (packages, configure, build), then for
# each resources/examples/*.relata.json: `relata-cli validate` and `relata-cli ddl --dialect postgres`.
# Knobs: RELATA_BUILD_DIR (build), RELATA_EXAMPLES_DIR (resources/examples), and those of setup.sh.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
export RELATA_BUILD_DIR=${RELATA_BUILD_DIR:-build}
case $RELATA_BUILD_DIR in /*) BUILD_DIR=$RELATA_BUILD_DIR ;; *) BUILD_DIR=$ROOT/$RELATA_BUILD_DIR ;; esac
EXAMPLES=${RELATA_EXAMPLES_DIR:-$ROOT/resources/examples}

bash "$ROOT/scripts/setup.sh" || { echo "run-examples: setup failed" >&2; exit 1; }

CLI=$BUILD_DIR/app/relata-cli
[[ -x $CLI ]] || { echo "run-examples: $CLI was not built" >&2; exit 1; }

shopt -s nullglob
files=("$EXAMPLES"/*.relata.json)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "run-examples: no *.relata.json in ${EXAMPLES#"$ROOT"/}: nothing to run"
  echo "0 passed, 0 failed"
  exit 0
fi

pass=0
fail=0
for f in "${files[@]}"; do
  name=${f#"$ROOT"/}
  echo
  echo "==== $name: relata-cli validate"
  if "$CLI" validate "$f"; then
    pass=$((pass + 1))
  else
    echo "FAILED: relata-cli validate $name (exit $?)"
    fail=$((fail + 1))
  fi
  echo "==== $name: relata-cli ddl --dialect postgres"
  if "$CLI" ddl "$f" --dialect postgres; then
    pass=$((pass + 1))
  else
    echo "FAILED: relata-cli ddl $name --dialect postgres (exit $?)"
    fail=$((fail + 1))
  fi
done
echo
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
