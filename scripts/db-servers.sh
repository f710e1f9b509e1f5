#!/usr/bin/env bash
# Throwaway database servers for the tests: PostgreSQL 15 and MariaDB 10.11 on free ports on
# 127.0.0.1, with all their files under one directory.
#
#   scripts/db-servers.sh start DIR   start both servers under DIR (created if missing; must be empty)
#                                     and write DIR/env.sh (see below)
#   scripts/db-servers.sh stop DIR    stop both servers and delete DIR (safe to call more than once,
#                                     also after a failed or partial start)
#   scripts/db-servers.sh env DIR     print DIR/env.sh
#
# DIR/env.sh exports:
#   RELATA_TEST_PG_URL=postgres://relata@127.0.0.1:PORT/relata   (role relata, superuser, owns db relata)
#   RELATA_TEST_MY_URL=mysql://relata@127.0.0.1:PORT/            (user relata@127.0.0.1, ALL ON *.* WITH GRANT OPTION)
#   RELATA_TEST_DB_USER=relata  RELATA_TEST_DB_PASSWORD=relata-pw-7x
#     (the password differs from the user name, so that a test can tell them apart)
#   RELATA_TEST_PG_HOST/RELATA_TEST_PG_PORT, RELATA_TEST_MY_HOST/RELATA_TEST_MY_PORT
#   RELATA_CHECK_PG_URL=postgres://relata:relata-pw-7x@127.0.0.1:PORT/postgres   (for check.py --pg-url)
#   RELATA_CHECK_MY_URL=mysql://relata:relata-pw-7x@127.0.0.1:PORT/              (for check.py --my-url)
# TCP logins need the password (PostgreSQL: scram-sha-256; MariaDB: native password).
#
# As root the servers run as the users postgres and mysql (DIR is made traversable for them);
# as a normal user they run as that user. Knobs: RELATA_PG_BIN (default: Debian's PostgreSQL 15
# bin dir), RELATA_DB_START_TIMEOUT (seconds, default 90).
set -euo pipefail

MARKER=.relata-db-servers
DB_USER=relata
DB_PASSWORD=relata-pw-7x # URL-safe: it goes into RELATA_CHECK_*_URL as it is
HOST=127.0.0.1
TIMEOUT=${RELATA_DB_START_TIMEOUT:-90}

die() { echo "db-servers: $*" >&2; exit 1; }
log() { echo "db-servers: $*" >&2; }

usage() {
  echo "usage: $0 start|stop|env DIR" >&2
  exit 2
}

[[ $# -eq 2 ]] || usage
CMD=$1
DIR=$2
[[ -n $DIR ]] || usage
# absolute path: the servers' sockets and the env file must not depend on the caller's cwd
case $DIR in /*) ;; *) DIR=$PWD/$DIR ;; esac
DIR=${DIR%/}

if [[ $(id -u) -eq 0 ]]; then
  PG_OS_USER=postgres
  MY_OS_USER=mysql
else
  PG_OS_USER=
  MY_OS_USER=
fi

# runs "$@" as the given OS user (when root), else as ourselves
as_user() {
  local u=$1
  shift
  if [[ -n $u ]]; then
    runuser -u "$u" -- "$@"
  else
    "$@"
  fi
}

find_pg_bin() {
  local d=${RELATA_PG_BIN:-}
  if [[ -z $d ]]; then
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
      d=/usr/lib/postgresql/15/bin
    else
      d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
    fi
  fi
  [[ -n $d && -x $d/initdb && -x $d/pg_ctl ]] || die "PostgreSQL server binaries not found (install postgresql-15 or set RELATA_PG_BIN)"
  echo "$d"
}

find_prog() { # first of the names found in PATH or the extra dirs
  local n d
  for n in "$@"; do
    command -v "$n" 2>/dev/null && return 0
    for d in /usr/sbin /usr/bin /usr/local/sbin /usr/local/bin; do
      [[ -x $d/$n ]] && { echo "$d/$n"; return 0; }
    done
  done
  return 1
}

free_port() {
  python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
print(s.getsockname()[1])
s.close()
EOF
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------- PostgreSQL
pg_start() {
  local bin t0 base data port ok=0 try
  t0=$(now)
  bin=$(find_pg_bin)
  base=$DIR/pg
  data=$base/data
  mkdir -p "$base"
  chmod 700 "$base"
  [[ -z $PG_OS_USER ]] || chown "$PG_OS_USER:$PG_OS_USER" "$base"
  echo "$bin" >"$DIR/pg.bin"
  if ! as_user "$PG_OS_USER" "$bin/initdb" -D "$data" -U postgres --auth-local=trust \
      --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1; then
    # C.UTF-8 missing on some systems: fall back to C
    rm -rf "$data"
    as_user "$PG_OS_USER" "$bin/initdb" -D "$data" -U postgres --auth-local=trust \
      --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C >"$base/initdb.log" 2>&1 \
      || { cat "$base/initdb.log" >&2; die "PostgreSQL initdb failed"; }
  fi
  for try in 1 2 3 4 5; do
    port=$(free_port)
    if as_user "$PG_OS_USER" "$bin/pg_ctl" -D "$data" -l "$base/server.log" -w -t "$TIMEOUT" \
        -o "-c listen_addresses=$HOST -p $port -k $base -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
        start >"$base/pg_ctl.log" 2>&1; then
      ok=1
      break
    fi
    log "PostgreSQL did not start on port $port (try $try)"
    tail -n 5 "$base/server.log" >&2 2>/dev/null || true
  done
  [[ $ok == 1 ]] || die "PostgreSQL did not start"
  echo "$port" >"$DIR/pg.port"
  local psql
  psql=$(find_prog psql) || die "psql not found (install postgresql-client)"
  as_user "$PG_OS_USER" "$psql" -X -q -h "$base" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $DB_USER LOGIN SUPERUSER CREATEDB CREATEROLE PASSWORD '$DB_PASSWORD'" \
    -c "CREATE DATABASE $DB_USER OWNER $DB_USER" >/dev/null \
    || die "PostgreSQL: creating role/database $DB_USER failed"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $HOST:$port ready in $(elapsed "$t0") s"
}

pg_stop() {
  local base=$DIR/pg bin
  [[ -f $base/data/postmaster.pid ]] || return 0
  bin=$(cat "$DIR/pg.bin" 2>/dev/null || find_pg_bin)
  if ! as_user "$PG_OS_USER" "$bin/pg_ctl" -D "$base/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
    as_user "$PG_OS_USER" "$bin/pg_ctl" -D "$base/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  # last resort: the postmaster's pid from its pid file
  if [[ -f $base/data/postmaster.pid ]]; then
    local pid
    pid=$(head -n1 "$base/data/postmaster.pid" 2>/dev/null || true)
    if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
}

# ---------------------------------------------------------------- MariaDB
my_client() { # mariadb as root over the private socket
  "$MY_CLIENT" --no-defaults --socket="$DIR/my/mysqld.sock" -u root "$@"
}

my_start() {
  local t0 base data tmp port mariadbd install_db pid ok=0 try deadline
  t0=$(now)
  mariadbd=$(find_prog mariadbd mysqld) || die "mariadbd not found (install mariadb-server)"
  install_db=$(find_prog mariadb-install-db mysql_install_db) || die "mariadb-install-db not found (install mariadb-server)"
  MY_CLIENT=$(find_prog mariadb mysql) || die "mariadb client not found (install mariadb-client)"
  base=$DIR/my
  data=$base/data
  # a private tmpdir: at startup mariadbd deletes #sql* files in its tmpdir, which would break
  # another instance that shares /tmp
  tmp=$base/tmp
  mkdir -p "$data" "$tmp"
  chmod 700 "$base"
  [[ -z $MY_OS_USER ]] || chown -R "$MY_OS_USER:$MY_OS_USER" "$base"
  local user_opt=()
  [[ -z $MY_OS_USER ]] || user_opt=(--user="$MY_OS_USER")
  "$install_db" --no-defaults "${user_opt[@]}" --datadir="$data" --tmpdir="$tmp" \
    --auth-root-authentication-method=normal --skip-test-db >"$base/install.log" 2>&1 \
    || { tail -n 30 "$base/install.log" >&2; die "mariadb-install-db failed"; }
  for try in 1 2 3 4 5; do
    port=$(free_port)
    # own session: a Ctrl-C in the caller's terminal does not reach the server; stop shuts it down
    setsid "$mariadbd" --no-defaults "${user_opt[@]}" --datadir="$data" --tmpdir="$tmp" \
      --bind-address=$HOST --port="$port" --skip-networking=0 --socket="$base/mysqld.sock" \
      --pid-file="$base/mysqld.pid" --log-error="$base/error.log" \
      --skip-name-resolve --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=0 \
      --innodb-doublewrite=0 --skip-log-bin --character-set-server=utf8mb4 \
      --collation-server=utf8mb4_general_ci --max-connections=200 \
      </dev/null >/dev/null 2>&1 &
    pid=$!
    echo "$pid" >"$DIR/my.launcher.pid"
    deadline=$(( $(date +%s) + TIMEOUT ))
    while (( $(date +%s) < deadline )) && kill -0 "$pid" 2>/dev/null; do
      if my_client -N -B -e 'SELECT 1' >/dev/null 2>&1; then
        ok=1
        break
      fi
      sleep 0.2
    done
    [[ $ok == 1 ]] && break
    log "MariaDB did not start on port $port (try $try)"
    tail -n 5 "$base/error.log" >&2 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  [[ $ok == 1 ]] || die "MariaDB did not start"
  echo "$port" >"$DIR/my.port"
  my_client -e "CREATE USER '$DB_USER'@'$HOST' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON *.* TO '$DB_USER'@'$HOST' WITH GRANT OPTION;
    CREATE USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON *.* TO '$DB_USER'@'localhost' WITH GRANT OPTION;
    FLUSH PRIVILEGES;" || die "MariaDB: creating user $DB_USER failed"
  log "MariaDB $(my_client -N -B -e 'SELECT VERSION()') on $HOST:$port ready in $(elapsed "$t0") s"
}

my_stop() {
  local base=$DIR/my pid="" i
  [[ -d $base ]] || return 0
  [[ -f $base/mysqld.pid ]] && pid=$(cat "$base/mysqld.pid" 2>/dev/null || true)
  [[ $pid =~ ^[0-9]+$ ]] || pid=$(cat "$DIR/my.launcher.pid" 2>/dev/null || true)
  [[ $pid =~ ^[0-9]+$ ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  MY_CLIENT=$(find_prog mariadb mysql || true)
  if [[ -n $MY_CLIENT && -S $base/mysqld.sock ]]; then
    "$(find_prog mariadb-admin mysqladmin)" --no-defaults --socket="$base/mysqld.sock" -u root \
      --shutdown-timeout=30 shutdown >/dev/null 2>&1 || true
  fi
  kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------- commands
write_env() {
  local pgp myp f=$DIR/env.sh
  pgp=$(cat "$DIR/pg.port")
  myp=$(cat "$DIR/my.port")
  cat >"$f.tmp" <<EOF
# written by scripts/db-servers.sh start $DIR
export RELATA_TEST_PG_URL=postgres://$DB_USER@$HOST:$pgp/$DB_USER
export RELATA_TEST_MY_URL=mysql://$DB_USER@$HOST:$myp/
export RELATA_TEST_DB_USER=$DB_USER
export RELATA_TEST_DB_PASSWORD=$DB_PASSWORD
export RELATA_TEST_PG_HOST=$HOST
export RELATA_TEST_PG_PORT=$pgp
export RELATA_TEST_MY_HOST=$HOST
export RELATA_TEST_MY_PORT=$myp
export RELATA_CHECK_PG_URL=postgres://$DB_USER:$DB_PASSWORD@$HOST:$pgp/postgres
export RELATA_CHECK_MY_URL=mysql://$DB_USER:$DB_PASSWORD@$HOST:$myp/
export RELATA_DB_SERVERS_DIR=$DIR
EOF
  chmod 644 "$f.tmp"
  mv "$f.tmp" "$f"
}

cmd_start() {
  if [[ -e $DIR ]]; then
    [[ -d $DIR ]] || die "$DIR exists and is not a directory"
    if [[ -n $(ls -A "$DIR") ]]; then
      die "$DIR is not empty (stop it first, or pick an empty directory)"
    fi
  fi
  mkdir -p "$DIR"
  : >"$DIR/$MARKER"
  # the servers' own users must be able to reach their subdirectories
  [[ -z $PG_OS_USER ]] || chmod 711 "$DIR"
  # on any failure: undo what was started
  trap 'rc=$?; if [[ $rc -ne 0 ]]; then log "start failed; stopping what was started"; my_stop; pg_stop; fi' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_start
  my_start
  write_env
  trap - EXIT INT TERM
  log "env: $DIR/env.sh"
}

cmd_stop() {
  [[ -e $DIR ]] || return 0
  [[ -f $DIR/$MARKER ]] || die "$DIR was not made by '$0 start' (no $MARKER): not touching it"
  my_stop
  pg_stop
  rm -rf -- "$DIR"
  log "stopped, removed $DIR"
}

cmd_env() {
  [[ -f $DIR/env.sh ]] || die "no $DIR/env.sh (servers not started?)"
  cat "$DIR/env.sh"
}

case $CMD in
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  *) usage ;;
esac
