#!/usr/bin/env bash
# Runs check.py with the given arguments. When the database servers of scripts/test.sh are up
# (RELATA_CHECK_PG_URL / RELATA_CHECK_MY_URL set, see scripts/db-servers.sh), check.py uses them
# instead of starting its own; the variables are read when the test runs, not when CMake configures.
# Arguments given here win over the environment (argparse keeps the last --pg-url/--my-url).
#   run-check.sh --cli build/app/relata-cli --dialect mysql
#   run-check.sh --self-test --dialect all
# Knobs: RELATA_CHECK_JOBS (check.py --jobs, default 2), RELATA_CHECK_ARGS (extra arguments,
# split on spaces, e.g. "-v").
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
args=()
[[ -z ${RELATA_CHECK_PG_URL:-} ]] || args+=(--pg-url "$RELATA_CHECK_PG_URL")
[[ -z ${RELATA_CHECK_MY_URL:-} ]] || args+=(--my-url "$RELATA_CHECK_MY_URL")
[[ -z ${RELATA_CHECK_JOBS:-} ]] || args+=(--jobs "$RELATA_CHECK_JOBS")
# shellcheck disable=SC2206
[[ -z ${RELATA_CHECK_ARGS:-} ]] || args+=(${RELATA_CHECK_ARGS})
exec python3 "$here/check.py" "${args[@]}" "$@"
