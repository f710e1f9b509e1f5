#!/usr/bin/env bash
# The main job on the bundled examples: scripts/setup.sh (packages, configure, build), then for
# each resources/examples/*.relata.json: `relata-cli validate` and `relata-cli ddl --dialect postgres`;
# then the editor (`relata`) on a copy of an example design, with a SQLite file beside it as the
# default sync target: on a display it opens the window; without one it renders a screenshot and
# says how to get the window (xvfb-run, a desktop session).
# Knobs: RELATA_BUILD_DIR (build), RELATA_EXAMPLES_DIR (resources/examples), RELATA_EXAMPLE
# (shop.relata.json: the design the editor opens), RELATA_PLAYGROUND (BUILD_DIR/playground: where the
# copy and its SQLite file live), RELATA_NO_GUI=1 (skip the editor), RELATA_GUI_SECONDS (close the
# editor after that many seconds, e.g. under xvfb-run), and those of setup.sh.
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

# ---- The editor ---------------------------------------------------------------------------------
GUI=$BUILD_DIR/app/relata
EXAMPLE=${RELATA_EXAMPLE:-shop.relata.json}
PLAYGROUND=${RELATA_PLAYGROUND:-$BUILD_DIR/playground}
if [[ ${RELATA_NO_GUI:-} == 1 ]]; then
  echo
  echo "==== editor: skipped (RELATA_NO_GUI=1)"
elif [[ ! -x $GUI ]]; then
  echo
  echo "==== editor: $GUI was not built (configure with -DRELATA_BUILD_GUI=ON, the default, and Qt Widgets installed)"
  fail=$((fail + 1))
elif [[ ! -f $EXAMPLES/$EXAMPLE ]]; then
  echo
  echo "==== editor: no $EXAMPLE in ${EXAMPLES#"$ROOT"/}"
  fail=$((fail + 1))
else
  # A copy to play with (kept between runs, so your edits stay); the SQLite file beside it
  # (shop.sqlite) is the Sync dialog's default target: no database server needed.
  mkdir -p "$PLAYGROUND"
  DESIGN=$PLAYGROUND/$EXAMPLE
  [[ -f $DESIGN ]] || cp "$EXAMPLES/$EXAMPLE" "$DESIGN"
  chmod u+w "$DESIGN"
  SQLITE=${DESIGN%.relata.json}.sqlite
  echo
  if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    echo "==== editor: relata ${DESIGN#"$ROOT"/}"
    echo "Draw models and associations, watch the Inspector, Problems and DDL Preview panels, then"
    echo "Database > Sync with Database (Ctrl+Shift+Y): the default target is ${SQLITE#"$ROOT"/}."
    echo "Close the window to finish."
    if [[ -n ${RELATA_GUI_SECONDS:-} ]]; then
      timeout "$RELATA_GUI_SECONDS" "$GUI" "$DESIGN"
      status=$?
      [[ $status -eq 124 ]] && status=0 # closed by the timer
    else
      "$GUI" "$DESIGN"
      status=$?
    fi
    if [[ $status -eq 0 ]]; then
      pass=$((pass + 1))
    else
      echo "FAILED: relata ${DESIGN#"$ROOT"/} (exit $status)"
      fail=$((fail + 1))
    fi
  else
    SHOT=$PLAYGROUND/${EXAMPLE%.relata.json}.png
    echo "==== editor: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    echo "The editor needs a screen. To see it:"
    echo "  * on a desktop session: run this script (or $GUI ${DESIGN#"$ROOT"/}) from a terminal there;"
    echo "  * on a server: xvfb-run -a bash scripts/run-examples.sh   (a virtual screen; add"
    echo "    RELATA_GUI_SECONDS=20 so that the window closes by itself), or ssh -X from a desktop;"
    echo "  * or render the window into an image: $GUI --screenshot OUT.png DESIGN"
    echo "Rendering the window offscreen instead: ${SHOT#"$ROOT"/}"
    if "$GUI" --screenshot "$SHOT" "$DESIGN" --select order; then
      pass=$((pass + 1))
    else
      echo "FAILED: relata --screenshot ${SHOT#"$ROOT"/} (exit $?)"
      fail=$((fail + 1))
    fi
  fi
fi

echo
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
