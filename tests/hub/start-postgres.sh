#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on loopback for the hub's tests, and print its URL.
# Uses the operating system's PostgreSQL server (Debian: postgresql); run as root or as a
# user that may run initdb.
set -euo pipefail
PORT="${PGPORT:-54329}"
DATA="${PGDATA_DIR:-/tmp/cnis-hub-pg}"
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ ! -x "$BIN/initdb" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA"
    as_pg "'$BIN/initdb' -D '$DATA' -A trust -U postgres >/dev/null"
fi
as_pg "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/log' -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -w start >/dev/null" || true
echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
