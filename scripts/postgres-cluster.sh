#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benches: private folder, private unix socket, private
# port, no TCP listener, trust authentication (only the socket's owner can reach it).
#
#   scripts/postgres-cluster.sh start <dir> <port>   creates and starts it, prints its DATABASE_URL
#   scripts/postgres-cluster.sh stop <dir>           stops it (the folder stays, with server.log)
#
# PG_BIN names the folder with initdb and pg_ctl; else pg_config's, else the newest under
# /usr/lib/postgresql. Exits with 3 when PostgreSQL is not installed. As root the server runs as
# the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail

usage() { echo "usage: $0 start <dir> <port> | stop <dir>" >&2; exit 2; }

find_bin() {
  local candidate
  for candidate in "${PG_BIN:-}" "$(pg_config --bindir 2>/dev/null || true)" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

bin=$(find_bin) || { echo "postgres-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 3; }

# Runs a PostgreSQL program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "${PG_USER:-postgres}" -- "$@"; else "$@"; fi
}

command=${1:-}
dir=${2:-}
[ -n "$command" ] && [ -n "$dir" ] || usage
dir=$(realpath -m "$dir")

case "$command" in
  start)
    port=${3:-}
    [[ "$port" =~ ^[0-9]+$ ]] || usage
    mkdir -p "$dir/socket"
    if [ "$(id -u)" -eq 0 ]; then chown -R "${PG_USER:-postgres}:" "$dir"; fi
    chmod 700 "$dir" "$dir/socket"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir/socket -c listen_addresses=''" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@/postgres?host=$dir/socket&port=$port"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *) usage ;;
esac
