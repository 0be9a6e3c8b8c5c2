#!/bin/bash
# kleene.sh PROGRAM WORKDIR PGENV - the SQL combinators and status rule against the library's,
# for all 27 combinations of three three-valued leaves (kleene.cpp says what is compared).
set -euo pipefail
program=$1
work=$2
source "$3"
rm -rf "$work" && mkdir -p "$work"
psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS kleene CASCADE; CREATE SCHEMA kleene;"
{ echo "SET search_path TO kleene;"; "$program" table; } | psql -q -v ON_ERROR_STOP=1 >/dev/null
for set in combinators rule; do
  "$program" query-$set >"$work/$set.sql"
  PGOPTIONS="-c search_path=kleene" psql -v ON_ERROR_STOP=1 --csv -f "$work/$set.sql" >"$work/$set.sql.csv"
  "$program" expected-$set >"$work/$set.expected.csv"
  if ! diff -u "$work/$set.expected.csv" "$work/$set.sql.csv"; then
    echo "kleene: $set: the SQL differs from the library's three-valued logic (- library, + SQL)" >&2
    exit 1
  fi
done
echo "kleene: $(($(wc -l <"$work/rule.sql.csv") - 1)) combinations; 8 combinators, the inclusion / exclusion rule and the status: the SQL equals the library"
