#!/bin/bash
# differential_readings.sh TOOL WORKDIR PGENV [PATIENTS] - NCT02249676's SQL under readings other
# than the registry's, in PostgreSQL against the C++ evaluation (`trialspec screen` with the same
# reading options) of the same records, for every person and every criterion: 100% agreement or
# the first disagreements. Three reading sets, which between them choose every alternative the SQL
# can express: Q7's "and" with Q4's one continuous course (--bp both --therapy-duration
# continuous); an alternative of each other decision at once (ages 18 to 80, any severity, "1" as
# exactly one, Gd doses double or triple, the standard threshold table, each report an attack,
# values of the last 3 months, a positive single-dose scan counting, corticosteroids as immune
# inhibitors, significant allergies only); the remaining ones (ages over 18 without an upper bound,
# any Gd dose, the table cut at 5.5).
# The records: `trialspec synth` (PATIENTS, default 3000) edited by the ids' last digits: blood
# pressure (the first reading) 200/110, both on the thresholds (...1), 199/110 (...2), 200/109
# (...3), 250/130 (...4); the therapy history complete from the birth day (...5, so that "no year
# of therapy" can be proved); births known to the year only (...7); then hand_seed.jsonl and
# hand_readings.jsonl.
set -euo pipefail
tool=$1
work=$2
source "$3"
patients=${4:-3000}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
"$tool" synth --patients "$patients" --seed 21 --as-of 2014-01-05 --output "$work/synth.jsonl"
sed -E \
  -e '/"id":"S[0-9]*1"/ s/"systolic":[0-9]*,"diastolic":[0-9]*/"systolic":200,"diastolic":110/' \
  -e '/"id":"S[0-9]*2"/ s/"systolic":[0-9]*,"diastolic":[0-9]*/"systolic":199,"diastolic":110/' \
  -e '/"id":"S[0-9]*3"/ s/"systolic":[0-9]*,"diastolic":[0-9]*/"systolic":200,"diastolic":109/' \
  -e '/"id":"S[0-9]*4"/ s/"systolic":[0-9]*,"diastolic":[0-9]*/"systolic":250,"diastolic":130/' \
  -e '/"id":"S[0-9]*5"/ s/("birth_date":"([0-9]{4}-[0-9]{2}-[0-9]{2})".*"therapies_recorded_since":")[^"]*"/\1\2"/' \
  -e '/"id":"S[0-9]*7"/ s/"birth_date":"([0-9]{4})-[0-9]{2}-[0-9]{2}"/"birth_date":"\1"/' \
  "$work/synth.jsonl" >"$work/cohort.jsonl"
cat "$here/hand_seed.jsonl" "$here/hand_readings.jsonl" >>"$work/cohort.jsonl"
for what in '"systolic":200,"diastolic":110' '"systolic":199,"diastolic":110' '"systolic":200,"diastolic":109' \
  '"id":"S[0-9]*5".*"birth_date":"([0-9-]{10})".*"therapies_recorded_since":"\1"' '"id":"S[0-9]*7".*"birth_date":"[0-9]{4}"'; do
  grep -Eq "$what" "$work/cohort.jsonl" || { echo "differential_readings: no record matches $what: the edits no longer apply to synth's output" >&2; exit 1; }
done
"$tool" omop-export "$work/cohort.jsonl" "$work/omop" --schema differential_readings
psql -q -v ON_ERROR_STOP=1 -f "$work/omop/load.sql" >/dev/null
n=0
for readings in "--bp both --therapy-duration continuous" \
  "--age 18-to-80 --severity any --counts exactly-one --gd-doses double-or-triple --thresholds standard --attack-gap 0 --recency 3-months --single-dose positive-counts --corticosteroids immune-inhibitors --allergies significant" \
  "--age over-18 --gd-doses any --thresholds cut55"; do
  n=$((n + 1))
  w="$work/set$n"
  mkdir -p "$w"
  # shellcheck disable=SC2086 # the options are words
  "$tool" sql --protocol nct02249676 --as-of 2014-01-05 --schema differential_readings $readings >"$w/query.sql"
  psql -v ON_ERROR_STOP=1 --csv -f "$w/query.sql" >"$w/sql.csv"
  # shellcheck disable=SC2086
  "$tool" screen "$work/cohort.jsonl" --protocol nct02249676 --as-of 2014-01-05 --format csv --quiet $readings >"$w/screen.csv"
  echo "differential_readings: nct02249676 $readings"
  bash "$here/compare.sh" "$w/sql.csv" "$w/screen.csv"
  awk -F, -v p="$readings" 'NR == 1 { for (i = 3; i <= NF; ++i) id[i] = $i; n = NF; next }
    { s[$2]++; for (i = 3; i <= NF; ++i) v[i, $i]++ }
    END {
      printf "differential_readings: %s: statuses", p; for (k in s) printf " %s %d", k, s[k]; print ""
      for (i = 3; i <= n; ++i) {
        printf "differential_readings: %s %s met %d, not_met %d, unknown %d\n", p, id[i], v[i, "met"], v[i, "not_met"], v[i, "unknown"]
        if (!v[i, "met"] || !v[i, "not_met"] || !v[i, "unknown"]) { printf "differential_readings: %s %s does not take all three values\n", p, id[i] > "/dev/stderr"; bad = 1 }
      }
      exit bad
    }' "$w/sql.csv"
done
# Every criterion takes each of its three values under each set (checked above). The readings are
# in effect: Q7's "and" leaves E6 not met for 199/110 where "either" meets it (hand_readings'
# Q02), so the first set's rows differ from the registry reading's.
"$tool" sql --protocol nct02249676 --as-of 2014-01-05 --schema differential_readings >"$work/registry.sql"
psql -v ON_ERROR_STOP=1 --csv -f "$work/registry.sql" >"$work/registry.csv"
if cmp -s "$work/registry.csv" "$work/set1/sql.csv"; then
  echo "differential_readings: --bp both --therapy-duration continuous gives the registry reading's rows" >&2
  exit 1
fi
