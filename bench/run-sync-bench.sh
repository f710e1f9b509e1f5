#!/usr/bin/env bash
# Sync benchmark, side by side in one run: the floor is psql running the DDL of a synthetic
# 1,000-model design in one transaction; then relata's sync of the same design into an empty
# database (introspect + plan + apply), then its no-op diff of the result.
#   bench/run-sync-bench.sh [BUILD_DIR] [MODELS] [ROUNDS]     (defaults: build 1000 3)
# Starts throwaway servers with scripts/db-servers.sh (stopped again at the end).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
MODELS=${2:-1000}
ROUNDS=${3:-3}
BENCH=$BUILD/bench/bench_sync
[[ -x $BENCH ]] || { echo "run-sync-bench: $BENCH not built (cmake --build $BUILD --target bench_sync)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/relata-sync-bench.XXXXXX")
chmod 711 "$WORK"
trap 'bash "$ROOT/scripts/db-servers.sh" stop "$WORK/db" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
bash "$ROOT/scripts/db-servers.sh" start "$WORK/db" 2>/dev/null
# shellcheck disable=SC1091
source "$WORK/db/env.sh"
export PGPASSWORD=$RELATA_TEST_DB_PASSWORD RELATA_PASSWORD=$RELATA_TEST_DB_PASSWORD
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$RELATA_TEST_PG_HOST" -p "$RELATA_TEST_PG_PORT" -U "$RELATA_TEST_DB_USER")
"$BENCH" --ddl "$MODELS" >"$WORK/ddl.sql"
now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) * 1000 }'; }
floors=() syncs=() diffs=()
for ((r = 1; r <= ROUNDS; r++)); do
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE floor_$r" -c "CREATE DATABASE sync_$r"
  t0=$(now)
  "${PSQL[@]}" -d "floor_$r" --single-transaction -f "$WORK/ddl.sql" >/dev/null
  floors+=("$(ms "$t0" "$(now)")")
  out=$("$BENCH" --url "postgres://$RELATA_TEST_DB_USER@$RELATA_TEST_PG_HOST:$RELATA_TEST_PG_PORT/sync_$r" "$MODELS" 5)
  syncs+=("$(awk '/^sync_ms/ {print $2}' <<<"$out")")
  diffs+=("$(awk '/^diff_median_ms/ {print $2}' <<<"$out")")
  tables=$(awk '/^tables/ {print $2}' <<<"$out")
  statements=$(awk '/^statements/ {print $2}' <<<"$out")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
F=$(median "${floors[@]}") S=$(median "${syncs[@]}") D=$(median "${diffs[@]}")
echo
echo "Sync benchmark: $MODELS models ($tables tables, $statements statements), PostgreSQL $(${PSQL[@]} -d postgres -tAc 'SHOW server_version'), median of $ROUNDS rounds"
echo
echo "| what | ms | vs floor |"
echo "|---|---:|---:|"
echo "| floor: psql --single-transaction -f ddl.sql | $F | 1.00x |"
echo "| relata sync (connect, introspect, plan, apply in one transaction) | $S | $(awk -v s="$S" -v f="$F" 'BEGIN { printf "%.2fx", s / f }') |"
echo "| relata no-op diff of $tables tables (introspect + plan) | $D | goal < 1000 ms |"
echo
echo "rounds: floor ${floors[*]} | sync ${syncs[*]} | diff ${diffs[*]}"
