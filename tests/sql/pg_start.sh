#!/bin/bash
# pg_start.sh DIR BINDIR - a private PostgreSQL cluster for the tests labelled `postgres`:
# initdb in DIR/data, started on 127.0.0.1 on a free port with its socket in DIR (no TCP port
# of a server started by hand is used), as user `postgres` when run as root (the server refuses
# to run as root). Writes DIR/env, which the tests source: PGHOST (the socket directory),
# PGPORT, PGUSER, PGDATABASE. pg_stop.sh DIR stops it and removes DIR. (Run as root with DIR
# where user postgres cannot write, the cluster goes to a temporary directory under /tmp instead.)
set -euo pipefail
dir=$1
bindir=$2
rm -rf "$dir"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
cluster=$dir # the data directory's and the socket's parent
as_server=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "pg_start: running as root and there is no user 'postgres' to run the server as" >&2; exit 1; }
  chown postgres "$dir"
  as_server=(runuser -u postgres --)
  # A build tree under a directory user postgres cannot enter (/root is 0700): the cluster goes to
  # a temporary directory instead, which pg_stop.sh removes too (its path is in DIR/cluster).
  if ! runuser -u postgres -- test -w "$dir"; then
    cluster=$(mktemp -d /tmp/trialspec-pg.XXXXXX)
    chown postgres "$cluster"
    echo "pg_start: user postgres cannot write $dir; the cluster is in $cluster"
  fi
fi
echo "$cluster" >"$dir/cluster"
"${as_server[@]}" "$bindir/initdb" -D "$cluster/data" -U trialspec -A trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
for attempt in $(seq 1 20); do
  port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
  if "${as_server[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c full_page_writes=off" start >/dev/null 2>&1; then
    printf 'export PGHOST=%q PGPORT=%s PGUSER=trialspec PGDATABASE=postgres\n' "$cluster" "$port" >"$dir/env"
    echo "pg_start: server pid $(head -1 "$cluster/data/postmaster.pid") on 127.0.0.1:$port, socket in $cluster"
    exit 0
  fi
  echo "pg_start: port $port: could not start (attempt $attempt), trying another" >&2
done
cat "$cluster/server.log" >&2 || true
exit 1
