#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the desk's tests and benchmarks; print its URL on stdout.
#   url=$(bash .ci/postgres.sh start DIR [PORT])   ...   bash .ci/postgres.sh stop DIR
# Uses Debian's postgresql package (installed with apt-get when missing and we are root). PostgreSQL
# refuses to run as root, so as root the server runs as the postgres user. Any failure exits non-zero
# with a reason on stderr; callers treat that as "no server" (the tests then skip and say why).
set -euo pipefail
action=${1:?start or stop}
dir=${2:?data folder}
port=${3:-54329}

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 || true
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$found" ] || { echo "no PostgreSQL server binaries (apt-get install postgresql)" >&2; return 1; }
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    bin=$(bindir)
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 \
      || { echo "initdb failed: $(tail -n 3 "$dir/initdb.log")" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" \
      -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { echo "PostgreSQL did not start: $(tail -n 3 "$dir/server.log")" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
