#!/bin/bash
# pg_stop.sh DIR BINDIR - stops the cluster pg_start.sh started in DIR and removes DIR. Runs as
# the fixture's cleanup, also after a failed test; proves the server is gone (its postmaster
# process no longer exists) before removing the directory.
set -uo pipefail
dir=$1
bindir=$2
[ -d "$dir" ] || { echo "pg_stop: nothing to stop ($dir does not exist)"; exit 0; }
as_server=()
[ "$(id -u)" = 0 ] && as_server=(runuser -u postgres --)
cluster=$dir
[ -f "$dir/cluster" ] && cluster=$(cat "$dir/cluster")
pid=
[ -f "$cluster/data/postmaster.pid" ] && pid=$(head -1 "$cluster/data/postmaster.pid")
if [ -n "$pid" ]; then
  "${as_server[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "pg_stop: server pid $pid still running after pg_ctl stop" >&2
    exit 1
  fi
  echo "pg_stop: server pid $pid stopped (process gone)"
fi
[ "$cluster" != "$dir" ] && rm -rf "$cluster"
rm -rf "$dir"
[ ! -e "$dir" ] && [ ! -e "$cluster" ] || { echo "pg_stop: could not remove $dir ($cluster)" >&2; exit 1; }
echo "pg_stop: removed $dir${cluster:+$([ "$cluster" != "$dir" ] && echo " and $cluster")}"
