#!/usr/bin/env bash
# THE test command (CI runs it through .ci/run):
#   1. scripts/setup.sh: installs missing Debian packages, configures and builds build/
#   2. starts throwaway PostgreSQL 15 + MariaDB 10.11 on 127.0.0.1 (scripts/db-servers.sh) in a
#      temp dir and exports their URLs (RELATA_TEST_* / RELATA_CHECK_*, see db-servers.sh)
#   3. ctest on build/ (all tests: unit, conformance, ...)
#   4. ASan+UBSan build (build-asan) and ctest -L core there       skip: RELATA_SKIP_SANITIZE=1
#   5. libFuzzer build with clang (build-fuzz) and a bounded run    skip: RELATA_SKIP_FUZZ=1
#      of tests/fuzz/fuzz_pipeline on a temp copy of tests/fuzz/corpus
# The servers and the temp dir are removed at the end, also on failure, Ctrl-C or SIGTERM.
# The exit status is 0 only if every step passed. The last line printed is "N passed, M failed",
# totalled over all steps (a failed build or server start counts as one failure).
#
# Knobs (environment):
#   RELATA_BUILD_DIR (build), RELATA_ASAN_BUILD_DIR (build-asan), RELATA_FUZZ_BUILD_DIR (build-fuzz)
#   RELATA_SKIP_SANITIZE=1, RELATA_SKIP_FUZZ=1
#   RELATA_FUZZ_SECONDS (60)      length of the fuzz run
#   RELATA_TEST_JOBS (2)          ctest -j
#   RELATA_TEST_TIMEOUT (900)     ctest --timeout, for tests that set none
#   RELATA_CTEST_ARGS             extra ctest arguments for the main run, e.g. "-L core" or "-R conformance"
#   RELATA_ASAN_BUILD_TYPE (Debug), plus everything scripts/setup.sh takes (RELATA_JOBS, CCACHE_DIR, ...)
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

abs() { case $1 in /*) echo "$1" ;; *) echo "$ROOT/$1" ;; esac; }
export RELATA_BUILD_DIR=${RELATA_BUILD_DIR:-build}
BUILD_DIR=$(abs "$RELATA_BUILD_DIR")
ASAN_DIR=$(abs "${RELATA_ASAN_BUILD_DIR:-build-asan}")
FUZZ_DIR=$(abs "${RELATA_FUZZ_BUILD_DIR:-build-fuzz}")
FUZZ_SECONDS=${RELATA_FUZZ_SECONDS:-60}
TEST_JOBS=${RELATA_TEST_JOBS:-2}
TEST_TIMEOUT=${RELATA_TEST_TIMEOUT:-900}
JOBS=${RELATA_JOBS:-$(nproc 2>/dev/null || echo 2)}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
banner() { printf '\n==== %s ====\n' "$*"; }

# ------------------------------------------------------------------ bookkeeping
STAGE_NAMES=()
STAGE_RESULTS=()
STAGE_NOTES=()
TOTAL_PASS=0
TOTAL_FAIL=0
MAIN_CTEST_LINE=""

record() { # name ok|FAILED|skipped note passed failed
  STAGE_NAMES+=("$1")
  STAGE_RESULTS+=("$2")
  STAGE_NOTES+=("$3")
  TOTAL_PASS=$((TOTAL_PASS + $4))
  TOTAL_FAIL=$((TOTAL_FAIL + $5))
}

# ------------------------------------------------------------------ temp dir, cleanup, signals
WORK=$(mktemp -d "${TMPDIR:-/tmp}/relata-test.XXXXXX") || { echo "test.sh: mktemp failed" >&2; exit 1; }
chmod 711 "$WORK" # the servers run as postgres/mysql when we are root
DB_DIR=$WORK/db
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
  export XDG_RUNTIME_DIR=$WORK/xdg
  mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
# Qt tests without a display draw offscreen (GUI tests may start their own Xvfb)
[[ -n ${DISPLAY:-} ]] || export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

CHILD=""
CLEANED=""

kill_child() {
  local i
  [[ -n $CHILD ]] || return 0
  if kill -0 "$CHILD" 2>/dev/null; then
    # the child runs in its own session: signal its whole process group (ctest, tests, check.py ...)
    kill -TERM -- "-$CHILD" 2>/dev/null || kill -TERM "$CHILD" 2>/dev/null
    for ((i = 0; i < 100; i++)); do
      kill -0 "$CHILD" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$CHILD" 2>/dev/null || true
  fi
  wait "$CHILD" 2>/dev/null
  CHILD=""
}

cleanup() {
  [[ -z $CLEANED ]] || return 0
  CLEANED=1
  kill_child
  bash "$ROOT/scripts/db-servers.sh" stop "$DB_DIR" || echo "test.sh: stopping the database servers failed" >&2
  rm -rf -- "$WORK"
}

on_signal() {
  trap '' INT TERM
  echo >&2
  echo "test.sh: interrupted by SIG$1: stopping the running step and the database servers" >&2
  cleanup
  trap - EXIT
  exit "$2"
}
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

# Runs "$@" in its own session, in the background, and waits for it: a signal to this script is
# handled at once (bash defers traps while a foreground child runs) and reaches the whole tree.
run_bg() {
  setsid "$@" </dev/null &
  CHILD=$!
  wait "$CHILD"
  local rc=$?
  CHILD=""
  return $rc
}

# "95% tests passed, 3 tests failed out of 60" -> "57 3"; nothing when ctest printed no such line
ctest_counts() {
  local line
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -n1)
  [[ -n $line ]] || return 1
  local failed total
  failed=$(sed -E 's/^[0-9]+% tests passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/^[0-9]+% tests passed, ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
  echo "$((total - failed)) $failed $line"
}

# runs ctest (arguments: name, build dir, extra ctest args...) and records the result
run_ctest() {
  local name=$1 dir=$2
  shift 2
  local log=$WORK/ctest-$RANDOM.log t0 rc counts
  t0=$(now)
  run_bg ctest --test-dir "$dir" --output-on-failure -j "$TEST_JOBS" --timeout "$TEST_TIMEOUT" \
    --output-log "$log" "$@"
  rc=$?
  if counts=$(ctest_counts "$log"); then
    read -r p f line <<<"$counts"
    [[ $name != main* ]] || MAIN_CTEST_LINE=$line
    if [[ $rc -eq 0 && $f -eq 0 ]]; then
      record "$name" ok "$line ($(elapsed "$t0") s)" "$p" 0
    else
      record "$name" FAILED "$line (ctest rc $rc, $(elapsed "$t0") s)" "$p" "$((f > 0 ? f : 1))"
    fi
  elif grep -q 'No tests were found' "$log" 2>/dev/null && [[ $rc -eq 0 ]]; then
    record "$name" ok "no tests found ($(elapsed "$t0") s)" 0 0
  else
    record "$name" FAILED "ctest printed no summary (rc $rc)" 0 1
  fi
}

T_ALL=$(now)

# ------------------------------------------------------------------ 1. setup + build
banner "setup: packages, configure, build ($RELATA_BUILD_DIR)"
t0=$(now)
# packages in the foreground (sudo may ask for a password; apt is not interrupted half-way),
# then configure + build in the background so that a signal stops the build at once
bash "$ROOT/scripts/setup.sh" --deps-only
rc=$?
if [[ $rc -eq 0 ]]; then
  run_bg env RELATA_SKIP_APT=1 bash "$ROOT/scripts/setup.sh"
  rc=$?
fi
case $rc in
  0) record "setup + build $RELATA_BUILD_DIR" ok "$(elapsed "$t0") s" 0 0 ;;
  3) record "setup + build $RELATA_BUILD_DIR" FAILED "build failed; running the tests that built ($(elapsed "$t0") s)" 0 1 ;;
  *)
    record "setup" FAILED "scripts/setup.sh exited $rc" 0 1
    cleanup
    echo "test.sh: setup failed (exit $rc); nothing was tested" >&2
    echo "0 passed, 1 failed"
    exit 1
    ;;
esac

# ------------------------------------------------------------------ 2. database servers
banner "database servers"
t0=$(now)
if run_bg bash "$ROOT/scripts/db-servers.sh" start "$DB_DIR"; then
  # shellcheck disable=SC1091
  source "$DB_DIR/env.sh"
  record "database servers" ok "PostgreSQL :$RELATA_TEST_PG_PORT, MariaDB :$RELATA_TEST_MY_PORT, started in $(elapsed "$t0") s" 0 0
else
  record "database servers" FAILED "did not start; tests that need them start their own or fail" 0 1
fi

# ------------------------------------------------------------------ 3. tests
banner "ctest $RELATA_BUILD_DIR"
extra=()
# shellcheck disable=SC2206
[[ -z ${RELATA_CTEST_ARGS:-} ]] || extra=(${RELATA_CTEST_ARGS})
run_ctest "main ctest ($RELATA_BUILD_DIR)" "$BUILD_DIR" "${extra[@]}"

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_init_order=1}
if [[ -f $ROOT/tests/lsan.supp && -z ${LSAN_OPTIONS:-} ]]; then
  export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
fi

# ------------------------------------------------------------------ 4. sanitizers
# Only the executables of the tests labelled "core" (each is a target of the same name), to keep
# CI short; everything when one of them is not a target name.
asan_targets() {
  local names targets n out=()
  names=$(ctest --test-dir "$ASAN_DIR" -N -L core 2>/dev/null | sed -nE 's/^ *Test +#[0-9]+: +([^ ]+).*/\1/p')
  [[ -n $names ]] || return 0
  targets=$(ninja -C "$ASAN_DIR" -t targets all 2>/dev/null | sed -nE 's/^([^:]+): phony$/\1/p')
  for n in $names; do
    grep -qxF "$n" <<<"$targets" || return 0
    out+=(--target "$n")
  done
  echo "${out[@]}"
}
if [[ ${RELATA_SKIP_SANITIZE:-0} == 1 ]]; then
  record "ASan+UBSan" skipped "RELATA_SKIP_SANITIZE=1" 0 0
else
  banner "ASan+UBSan build ($ASAN_DIR) and core tests"
  t0=$(now)
  if run_bg cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${RELATA_ASAN_BUILD_TYPE:-Debug}" \
      -DRELATA_SANITIZE=ON -DRELATA_BUILD_GUI=OFF &&
     run_bg cmake --build "$ASAN_DIR" --parallel "$JOBS" $(asan_targets) -- -k 0; then
    record "ASan+UBSan build" ok "$(elapsed "$t0") s" 0 0
  else
    record "ASan+UBSan build" FAILED "$(elapsed "$t0") s" 0 1
  fi
  if [[ -f $ASAN_DIR/CTestTestfile.cmake ]]; then
    run_ctest "ASan+UBSan ctest -L core" "$ASAN_DIR" -L core
  fi
fi

# ------------------------------------------------------------------ 5. fuzzing
if [[ ${RELATA_SKIP_FUZZ:-0} == 1 ]]; then
  record "fuzz" skipped "RELATA_SKIP_FUZZ=1" 0 0
else
  banner "libFuzzer build ($FUZZ_DIR) and a ${FUZZ_SECONDS} s run"
  t0=$(now)
  # -O1 -g without NDEBUG: assertions stay on while fuzzing
  if run_bg cmake -S "$ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_COMPILER=clang++ \
      -DRELATA_FUZZ=ON -DRELATA_BUILD_GUI=OFF &&
     run_bg cmake --build "$FUZZ_DIR" --parallel "$JOBS" --target fuzz_pipeline; then
    record "fuzz build" ok "$(elapsed "$t0") s" 0 0
    corpus=$WORK/fuzz-corpus
    mkdir -p "$corpus" "$FUZZ_DIR/artifacts"
    cp -R "$ROOT/tests/fuzz/corpus/." "$corpus/"
    fuzz_log=$WORK/fuzz.log
    t0=$(now)
    echo "fuzz_pipeline -max_total_time=$FUZZ_SECONDS on a copy of tests/fuzz/corpus ($(ls "$corpus" | wc -l) inputs); log: libFuzzer's start and end"
    run_bg "$FUZZ_DIR/tests/fuzz/fuzz_pipeline" -max_total_time="$FUZZ_SECONDS" -timeout=25 \
      -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 -dict="$ROOT/tests/fuzz/relata.dict" \
      -artifact_prefix="$FUZZ_DIR/artifacts/" "$corpus" >"$fuzz_log" 2>&1
    rc=$?
    grep -E '^INFO: (Seed|Loaded|-max_len|seed corpus)|^#[0-9]+[[:space:]]+INITED' "$fuzz_log" | head -n 8
    runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$fuzz_log" | grep -oE '[0-9]+$' | tail -n1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$fuzz_log" | tail -n1)
    if [[ $rc -eq 0 ]]; then
      grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::' "$fuzz_log"
      record "fuzz ${FUZZ_SECONDS} s" ok "${runs:-?} runs, $cov ($(elapsed "$t0") s)" 1 0
    else
      echo "---- fuzzer failed (exit $rc): last lines of its log ----"
      tail -n 120 "$fuzz_log"
      echo "---- crashing inputs are kept in $FUZZ_DIR/artifacts/ ----"
      ls -l "$FUZZ_DIR/artifacts/" 2>/dev/null | tail -n 5
      record "fuzz ${FUZZ_SECONDS} s" FAILED "fuzzer exit $rc after ${runs:-?} runs; inputs in $FUZZ_DIR/artifacts/" 0 1
    fi
  else
    record "fuzz build" FAILED "$(elapsed "$t0") s" 0 1
  fi
fi

# ------------------------------------------------------------------ summary
banner "stopping the database servers"
cleanup
trap - EXIT INT TERM

banner "summary ($(elapsed "$T_ALL") s)"
failed=0
for i in "${!STAGE_NAMES[@]}"; do
  printf '%-34s %-8s %s\n' "${STAGE_NAMES[$i]}" "${STAGE_RESULTS[$i]}" "${STAGE_NOTES[$i]}"
  [[ ${STAGE_RESULTS[$i]} != FAILED ]] || failed=1
done
echo
[[ -z $MAIN_CTEST_LINE ]] || echo "main ctest: $MAIN_CTEST_LINE"
echo "$TOTAL_PASS passed, $TOTAL_FAIL failed"
exit $((failed || TOTAL_FAIL > 0))
