#!/bin/bash
# hand_check.sh - what every hand-case script does, sourced by them with the script's own
# arguments (`source "$(dirname "$0")/hand_check.sh" "$@"`: TOOL WORK PG_ENV): sets tool, work and
# here (the script's folder), sources the PostgreSQL environment and empties WORK; then load
# persons into a schema and check a protocol's person query against values worked out by hand and
# against `trialspec screen`. Screening is as of 2014-01-05 throughout.
tool=$1
work=$2
source "$3"
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"

# hand_load JSONL SCHEMA DIR: the persons of JSONL exported as OMOP CSV files under DIR and loaded
# into SCHEMA.
hand_load() {
  "$tool" omop-export "$1" "$3" --schema "$2" >/dev/null
  psql -q -v ON_ERROR_STOP=1 -f "$3/load.sql" >/dev/null 2>&1
}

# hand_check WHAT JSONL PROTOCOL SCHEMA EXPECTED [READING OPTIONS...]: PROTOCOL's person query on
# SCHEMA must give the rows of EXPECTED (worked out by hand) exactly, and `trialspec screen` of
# JSONL the same values (compare.sh), both under the reading options given (NCT02249676's, e.g.
# --bp both). WHAT names the check in the failure message. The query's rows are left in
# $work/PROTOCOL.csv (with reading options, $work/PROTOCOL.readings.csv).
hand_check() {
  local what=$1 jsonl=$2 protocol=$3 schema=$4 expected=$5
  shift 5
  local out=$work/$protocol
  if [ $# -gt 0 ]; then out=$out.readings; fi
  "$tool" sql --protocol "$protocol" --as-of 2014-01-05 --schema "$schema" "$@" >"$out.sql"
  psql -v ON_ERROR_STOP=1 --csv -f "$out.sql" >"$out.csv"
  if ! diff -u "$expected" "$out.csv"; then
    echo "$what: the SQL differs from the values worked out by hand (- expected, + SQL)" >&2
    exit 1
  fi
  "$tool" screen "$jsonl" --protocol "$protocol" --as-of 2014-01-05 --format csv --quiet "$@" >"$out.screen.csv"
  bash "$here/compare.sh" "$out.csv" "$out.screen.csv"
}
