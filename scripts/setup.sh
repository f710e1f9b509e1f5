#!/usr/bin/env bash
# Sets Relata up on Debian 12: installs the Debian packages that are missing, then configures
# (CMake + Ninja + ccache) and builds. Idempotent: a second run installs nothing and only
# rebuilds what changed.
#
#   bash scripts/setup.sh              packages + configure + build
#   bash scripts/setup.sh --deps-only  packages only
#
# Knobs (environment):
#   RELATA_BUILD_DIR    build directory (default: build)
#   RELATA_BUILD_TYPE   CMAKE_BUILD_TYPE (default: RelWithDebInfo)
#   RELATA_CMAKE_ARGS   extra arguments for the configure step, split on spaces
#   RELATA_JOBS         parallel build jobs (default: number of cores)
#   RELATA_SKIP_APT=1   do not check or install packages (e.g. no root and no sudo)
#   CCACHE_DIR          compiler cache (default: $HOME/.cache/ccache, or /tmp/ccache)
#
# Exit status: 0 ok, 1 package install failed, 2 configure failed, 3 build failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPS_ONLY=0
for arg in "$@"; do
  case $arg in
    --deps-only) DEPS_ONLY=1 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

BUILD_DIR=${RELATA_BUILD_DIR:-build}
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$ROOT/$BUILD_DIR ;; esac
BUILD_TYPE=${RELATA_BUILD_TYPE:-RelWithDebInfo}
JOBS=${RELATA_JOBS:-$(nproc 2>/dev/null || echo 2)}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
say() { echo "setup: $*"; }

# Debian 12 packages (see shared toolchain notes). postgresql, clang, libclang-rt-14-dev and the
# analysis tools are already on a new machine; they are listed so that any machine gets them.
PACKAGES=(
  # build
  g++ cmake ninja-build ccache git
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libxkbcommon-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql
  nlohmann-json3-dev
  # GUI tests and screenshots
  xvfb xauth x11-apps imagemagick fonts-dejavu-core
  # database servers and clients for the tests
  postgresql postgresql-contrib postgresql-client mariadb-server mariadb-client
  # sanitizers, fuzzing, analysis
  clang libclang-rt-14-dev clang-tidy clang-format cppcheck
  # conformance checker
  python3
)

missing_packages() {
  local p status
  for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ $status == installed ]] || echo "$p"
  done
  # Node.js and npm: a machine may carry them from another source (NodeSource's nodejs
  # provides npm itself, and Debian's npm package would conflict with it), so look for the
  # commands rather than the packages.
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    command -v node >/dev/null 2>&1 || echo nodejs
    command -v npm >/dev/null 2>&1 || echo npm
  fi
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup: need root or sudo to install packages (or set RELATA_SKIP_APT=1)" >&2
    return 1
  fi
}

install_packages() {
  local t0 missing
  t0=$(now)
  mapfile -t missing < <(missing_packages)
  if [[ ${#missing[@]} -eq 0 ]]; then
    say "packages: all ${#PACKAGES[@]} present (+ node/npm), nothing to install ($(elapsed "$t0") s)"
    return 0
  fi
  say "packages: installing ${#missing[@]} missing: ${missing[*]}"
  local apt_opts=(-o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 -o APT::Color=0)
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -q -y \
    --no-install-recommends install "${missing[@]}" </dev/null
  mapfile -t missing < <(missing_packages)
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "setup: still missing after install: ${missing[*]}" >&2
    return 1
  fi
  say "packages: done ($(elapsed "$t0") s)"
}

setup_ccache() {
  if [[ -z ${CCACHE_DIR:-} ]]; then
    if [[ -n ${HOME:-} ]] && mkdir -p "$HOME/.cache/ccache" 2>/dev/null && [[ -w $HOME/.cache/ccache ]]; then
      CCACHE_DIR=$HOME/.cache/ccache
    else
      CCACHE_DIR=/tmp/ccache
    fi
  fi
  mkdir -p "$CCACHE_DIR"
  export CCACHE_DIR
}

configure_and_build() {
  local t0 extra=()
  setup_ccache
  # shellcheck disable=SC2206
  [[ -z ${RELATA_CMAKE_ARGS:-} ]] || extra=(${RELATA_CMAKE_ARGS})
  t0=$(now)
  say "configure: $BUILD_DIR ($BUILD_TYPE, ccache in $CCACHE_DIR)"
  if ! cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${extra[@]}"; then
    echo "setup: configure FAILED" >&2
    return 2
  fi
  say "configure: done ($(elapsed "$t0") s)"
  t0=$(now)
  say "build: $BUILD_DIR with $JOBS jobs"
  # -k 0: build everything that can be built, so that one broken file does not hide the rest
  if ! cmake --build "$BUILD_DIR" --parallel "$JOBS" -- -k 0; then
    echo "setup: build FAILED ($(elapsed "$t0") s)" >&2
    return 3
  fi
  say "build: done ($(elapsed "$t0") s)"
}

T_START=$(now)
if [[ ${RELATA_SKIP_APT:-0} != 1 ]]; then
  install_packages || exit 1
else
  say "packages: not checked (RELATA_SKIP_APT=1)"
fi
if [[ $DEPS_ONLY == 1 ]]; then
  exit 0
fi
rc=0
configure_and_build || rc=$?
say "total $(elapsed "$T_START") s"
exit $rc
