#!/usr/bin/env bash
# Sync benchmark, side by side in one run: the floor is psql running the DDL of a synthetic
# 1,000-model design in one transaction; then relata's sync of the same design into an empty
# database (introspect + plan + apply), then its no-op diff of the result. The same sync and
# no-op diff run on MariaDB and SQLite too (no floor there).
#   bench/run-sync-bench.sh [BUILD_DIR] [MODELS] [ROUNDS]     (defaults: build 1000 3)
#   RELATA_SYNC_BENCH_DIALECTS="postgres mysql sqlite"        (default: all three)
# Starts throwaway servers with scripts/db-servers.sh (stopped again at the end).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
MODELS=${2:-1000}
ROUNDS=${3:-3}
DIALECTS=${RELATA_SYNC_BENCH_DIALECTS:-postgres mysql sqlite}
BENCH=$BUILD/bench/bench_sync
[[ -x $BENCH ]] || { echo "run-sync-bench: $BENCH not built (cmake --build $BUILD --target bench_sync)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/relata-sync-bench.XXXXXX")
chmod 711 "$WORK"
trap 'bash "$ROOT/scripts/db-servers.sh" stop "$WORK/db" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
bash "$ROOT/scripts/db-servers.sh" start "$WORK/db" 2>/dev/null
# shellcheck disable=SC1091
source "$WORK/db/env.sh"
export PGPASSWORD=$RELATA_TEST_DB_PASSWORD MYSQL_PWD=$RELATA_TEST_DB_PASSWORD RELATA_PASSWORD=$RELATA_TEST_DB_PASSWORD
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$RELATA_TEST_PG_HOST" -p "$RELATA_TEST_PG_PORT" -U "$RELATA_TEST_DB_USER")
MYSQL=(mysql -h "$RELATA_TEST_MY_HOST" -P "$RELATA_TEST_MY_PORT" -u "$RELATA_TEST_DB_USER")
"$BENCH" --ddl "$MODELS" >"$WORK/ddl.sql"
now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) * 1000 }'; }
field() { awk -v k="$1" '$1 == k {print $2}' <<<"$2"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
wants() { [[ " $DIALECTS " == *" $1 "* ]]; }

# An empty database of `dialect` for round `r`: its URL.
fresh() {
  case $1 in
  postgres)
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE sync_$2"
    echo "postgres://$RELATA_TEST_DB_USER@$RELATA_TEST_PG_HOST:$RELATA_TEST_PG_PORT/sync_$2" ;;
  mysql)
    "${MYSQL[@]}" -e "CREATE DATABASE sync_$2 CHARACTER SET utf8mb4"
    echo "mysql://$RELATA_TEST_DB_USER@$RELATA_TEST_MY_HOST:$RELATA_TEST_MY_PORT/sync_$2" ;;
  sqlite) echo "sqlite:$WORK/sync_$2.sqlite" ;;
  esac
}

declare -A syncs diffs
floors=()
LOAD_BEFORE=$(load)
for ((r = 1; r <= ROUNDS; r++)); do
  if wants postgres; then
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE floor_$r"
    t0=$(now)
    "${PSQL[@]}" -d "floor_$r" --single-transaction -f "$WORK/ddl.sql" >/dev/null
    floors+=("$(ms "$t0" "$(now)")")
  fi
  for d in $DIALECTS; do
    out=$("$BENCH" --url "$(fresh "$d" "$r")" "$MODELS" 5)
    syncs[$d]+=" $(field sync_ms "$out")"
    diffs[$d]+=" $(field diff_median_ms "$out")"
    tables=$(field tables "$out")
    statements=$(field statements "$out")
  done
done
LOAD_AFTER=$(load)
# Of space-separated figures.
sorted() { tr -s ' ' '\n' <<<"$*" | grep . | sort -n; }
median() { sorted "$@" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
best() { sorted "$@" | head -1; }

echo
echo "Sync benchmark: $MODELS models ($tables tables, $statements statements), median of $ROUNDS rounds;" \
  "load average $LOAD_BEFORE before, $LOAD_AFTER after"
echo
echo "| database | what | median ms | best ms | vs floor |"
echo "|---|---|---:|---:|---:|"
if wants postgres; then
  F=$(median "${floors[*]}")
  S=$(median "${syncs[postgres]}")
  echo "| PostgreSQL $("${PSQL[@]}" -d postgres -tAc 'SHOW server_version' | cut -d' ' -f1) | floor: psql --single-transaction -f ddl.sql | $F | $(best "${floors[*]}") | 1.00x |"
  echo "| | relata sync (connect, introspect, plan, apply in one transaction) | $S | $(best "${syncs[postgres]}") |" \
    "$(awk -v s="$S" -v f="$F" 'BEGIN { printf "%.2fx", s / f }') |"
fi
for d in $DIALECTS; do
  case $d in
  postgres) name="" ;;
  mysql) name="MariaDB $("${MYSQL[@]}" -NBe 'SELECT VERSION()' | cut -d- -f1)" ;;
  sqlite) name="SQLite (file)" ;;
  esac
  [[ $d == postgres ]] || echo "| $name | relata sync | $(median "${syncs[$d]}") | $(best "${syncs[$d]}") | |"
  echo "| | no-op diff of $tables tables (introspect + plan) | $(median "${diffs[$d]}") | $(best "${diffs[$d]}") | goal < 1000 |"
done
echo
echo "rounds: floor ${floors[*]:-}"
for d in $DIALECTS; do echo "rounds: $d sync${syncs[$d]} | diff${diffs[$d]}"; done
