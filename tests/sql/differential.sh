#!/bin/bash
# differential.sh TOOL WORKDIR PGENV [PATIENTS] - the SQL of the sql-core criteria set in PostgreSQL
# against the C++ evaluation (`trialspec screen --protocol sql-core --format csv`) of the same
# records, for every person and every criterion: 100% agreement or the first disagreements.
# The records: `trialspec synth` (PATIENTS, default 20000; missing diagnosis, AQP4-IgG not tested,
# therapy histories without a completeness date, ongoing courses), made harder by editing ids by
# their last digits: births known to the year only (...3) or to the month (...7), no birth date
# (...29), no sex (...11), births on an age boundary of the set (...41 to ...48: turning 45, 50, 55
# or 60 on the screening day, the day after, or turning 56 the day after); then the hand-worked
# cases (hand_cases.jsonl).
# Then the counts query against the attrition table of `trialspec screen` (compare_counts.sh).
set -euo pipefail
tool=$1
work=$2
source "$3"
patients=${4:-20000}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
"$tool" synth --patients "$patients" --seed 21 --as-of 2014-01-05 --output "$work/synth.jsonl"
sed -E \
  -e '/"id":"S[0-9]*3"/ s/"birth_date":"([0-9]{4})-[0-9]{2}-[0-9]{2}"/"birth_date":"\1"/' \
  -e '/"id":"S[0-9]*7"/ s/"birth_date":"([0-9]{4}-[0-9]{2})-[0-9]{2}"/"birth_date":"\1"/' \
  -e '/"id":"S[0-9]*29"/ s/"birth_date":"[^"]*",//' \
  -e '/"id":"S[0-9]*11"/ s/"sex":"[a-z]*",//' \
  -e '/"id":"S[0-9]*41"/ s/"birth_date":"[^"]*"/"birth_date":"1969-01-05"/' \
  -e '/"id":"S[0-9]*42"/ s/"birth_date":"[^"]*"/"birth_date":"1969-01-06"/' \
  -e '/"id":"S[0-9]*43"/ s/"birth_date":"[^"]*"/"birth_date":"1964-01-05"/' \
  -e '/"id":"S[0-9]*44"/ s/"birth_date":"[^"]*"/"birth_date":"1964-01-06"/' \
  -e '/"id":"S[0-9]*45"/ s/"birth_date":"[^"]*"/"birth_date":"1959-01-05"/' \
  -e '/"id":"S[0-9]*46"/ s/"birth_date":"[^"]*"/"birth_date":"1958-01-06"/' \
  -e '/"id":"S[0-9]*47"/ s/"birth_date":"[^"]*"/"birth_date":"1954-01-05"/' \
  -e '/"id":"S[0-9]*48"/ s/"birth_date":"[^"]*"/"birth_date":"1954-01-06"/' \
  "$work/synth.jsonl" >"$work/cohort.jsonl"
cat "$here/hand_cases.jsonl" >>"$work/cohort.jsonl"
for what in '"birth_date":"[0-9]{4}"' '"birth_date":"[0-9]{4}-[0-9]{2}"' '"birth_date":"1959-01-05"'; do
  grep -Eq "$what" "$work/cohort.jsonl" || { echo "differential: no record matches $what: the edits no longer apply to synth's output" >&2; exit 1; }
done
"$tool" omop-export "$work/cohort.jsonl" "$work/omop" --schema differential
psql -q -v ON_ERROR_STOP=1 -f "$work/omop/load.sql" >/dev/null
"$tool" sql --protocol sql-core --as-of 2014-01-05 --schema differential >"$work/query.sql"
start=$(date +%s.%N)
psql -v ON_ERROR_STOP=1 --csv -f "$work/query.sql" >"$work/sql.csv"
end=$(date +%s.%N)
"$tool" screen "$work/cohort.jsonl" --protocol sql-core --as-of 2014-01-05 --format csv --quiet >"$work/screen.csv"
bash "$here/compare.sh" "$work/sql.csv" "$work/screen.csv"
"$tool" sql --protocol sql-core --as-of 2014-01-05 --schema differential --counts >"$work/counts.sql"
psql -v ON_ERROR_STOP=1 --csv -f "$work/counts.sql" >"$work/counts.csv"
"$tool" screen "$work/cohort.jsonl" --protocol sql-core --as-of 2014-01-05 --quiet >"$work/screen.txt"
bash "$here/compare_counts.sh" "$work/counts.csv" "$work/screen.txt"
awk -F, 'NR > 1 { s[$2]++; for (i = 3; i <= NF; ++i) v[$i]++ }
  END { printf "differential: statuses"; for (k in s) printf " %s %d", k, s[k]; printf "; values"; for (k in v) printf " %s %d", k, v[k]; print "" }' "$work/sql.csv"
echo "differential: the query took $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') s in PostgreSQL"
