#!/bin/bash
# therapy_windows.sh PROGRAM WORKDIR PGENV - therapy_duration's SQL with windows that have a first
# day (one continuous course, and since the first start) against the library's test() for every
# person of therapy_windows.cpp's cohort and every criterion (therapy_windows.cpp says which).
set -euo pipefail
program=$1
work=$2
source "$3"
rm -rf "$work" && mkdir -p "$work/omop"
"$program" export "$work/omop"
PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 -f "$work/omop/load.sql" >/dev/null
"$program" query >"$work/query.sql"
psql -v ON_ERROR_STOP=1 --csv -f "$work/query.sql" >"$work/sql.csv"
"$program" expected >"$work/expected.csv"
if ! cmp -s "$work/expected.csv" "$work/sql.csv"; then
  diff -u "$work/expected.csv" "$work/sql.csv" | head -40 || true
  echo "therapy_windows: the SQL differs from the library (- library, + SQL)" >&2
  exit 1
fi
# Every criterion takes each of its three values somewhere.
awk -F, 'NR == 1 { for (i = 3; i <= NF; ++i) id[i] = $i; n = NF; next }
  { for (i = 3; i <= NF; ++i) v[i, $i]++ }
  END {
    for (i = 3; i <= n; ++i) {
      printf "therapy_windows: %s met %d, not_met %d, unknown %d\n", id[i], v[i, "met"], v[i, "not_met"], v[i, "unknown"]
      if (!v[i, "met"] || !v[i, "not_met"] || !v[i, "unknown"]) { printf "therapy_windows: %s does not take all three values\n", id[i] > "/dev/stderr"; bad = 1 }
    }
    exit bad
  }' "$work/sql.csv"
echo "therapy_windows: $(($(wc -l <"$work/sql.csv") - 1)) persons: the SQL equals the library"
