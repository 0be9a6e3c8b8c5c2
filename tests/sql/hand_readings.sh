#!/bin/bash
# hand_readings.sh TOOL WORKDIR PGENV - NCT02249676 in SQL under a non-default reading set, Q7's
# "and" (--bp both: E6d "BP: 200 /110 mmHg" excludes when systolic >= 200 AND diastolic >= 110)
# and Q4's one continuous course (--therapy-duration continuous: I4's "at least a year of
# attempted therapy" is one course of an immunosuppressant, immunomodulator or corticosteroid
# lasting a year, clipped to on or before screening), and under the registry reading (either
# component; a year since the first start) on the same persons (hand_readings.jsonl), against
# values worked out by hand below, screening as of 2014-01-05; `trialspec screen` with the same
# options must give the same.
# Everyone is hand_seed's M01 (eligible under the registry reading: a woman born 1970-06-01,
# NMOSD, EDSS 4.0 then 5.0 (I3 and I4a met), azathioprine 2010-01-01 to 2013-09-01 (a continuous
# year: I4's year met under both readings), histories complete since 2009-01-01, blood pressure
# 120/80 on 2013-12-20, ...) unless said. E6's other parts (brain tumour, HIV, tumour marker) are
# not met, so E6 is E6d.
# Blood pressure (the latest reading on or before 2014-01-05; on a tie of dates the last listed):
#   Q01 200/110 on 2014-01-05, both on their thresholds: either met, both met.
#   Q02 199/110 (systolic one below): either met (diastolic 110 >= 110), both not met.
#   Q03 200/109 (diastolic one below): either met (systolic), both not met.
#   Q04 250/120 on 2014-01-06, the day after screening, only: no reading in the window, unknown.
#   Q05 no reading: unknown.
#   Q06 210/120 on 2013-12-01, then 120/80 on 2013-12-20 (the latest): not met under both.
#   Q07 120/80 then 210/115 listed on 2013-12-20 (the last listed is the latest): met under both.
#   Q08 210/115 then 120/80 on 2013-12-20: not met under both.
# A year of therapy (courses of prednisone, a corticosteroid, which E1's immunotherapy leaves
# out, in place of the azathioprine; I4 is then this part, its evidence being met). A year after
# a start is the same day a year later, 29 February falling on 28 February, and a month's last
# day staying that day (2011-02-28 + 1 year = 2012-02-28). Since the first start: met when a
# course started on or before 2013-01-05; otherwise not met only when a course before the therapy
# history's start (therapies_recorded_since) could not have started by 2013-01-05, i.e. the
# history starts on or before the birth. One continuous course: met when a course lasts a year
# by its end or by 2014-01-05; otherwise not met when an unlisted course, which would have ended
# before the history's start S and begun on or after the birth B, could not have lasted a year:
# S <= B, or B + 1 year > min(S - 1 day, 2014-01-05); otherwise unknown.
#   T01 from 2013-01-05, ongoing (history from the birth): a year on 2014-01-05, met under both.
#   T02 from 2013-01-06, ongoing (history from the birth): 2014-01-06 is after screening; not met
#       under both (nothing before the birth).
#   T03 2012-01-01 to 2012-09-30 and 2012-10-01 to 2013-09-01 (history from the birth): since
#       the first start met (2012-01-01); no course lasts a year (2013-01-01 > 2012-09-30,
#       2013-10-01 > 2013-09-01): continuous not met.
#   T04 2012-03-01 to 2013-03-01: exactly a year, met under both.
#   T05 2012-03-02 to 2013-03-01: a day short, continuous not met; since the first start met.
#   T06 2012-02-29 to 2013-02-28: 2012-02-29 + 1 year = 2013-02-28, met under both.
#   T07 2011-02-28 to 2012-02-28: 2011-02-28 + 1 year = 2012-02-28 (not 2012-02-29), met under both.
#   T08 from 2013-01-06, history since 2009-01-01: a course ending before 2009 may have lasted a
#       year (1970-06-01 + 1 year = 1971-06-01 <= 2008-12-31): unknown under both.
#   T09 the same, history since 1971-03-01: continuous: 1971-06-01 > 1971-02-28, not met; since
#       the first start a course begun in 1970 or 1971 before it is enough: unknown.
#   T10 the same, history since 1971-06-02: continuous: 1971-06-01 <= 1971-06-01, unknown; since
#       the first start unknown.
#   T11 the same, no therapy history completeness: unknown under both (E1 unknown too).
#   T12 born in 1970 (day unknown: the earliest birth 1970-01-01), history since 1971-01-01:
#       continuous: 1971-01-01 > 1970-12-31, not met; since the first start unknown.
#   T13 the same, history since 1971-01-02: continuous: 1971-01-01 <= 1971-01-01, unknown.
#   T14 no course, history since 2009-01-01: unknown under both.
set -euo pipefail
source "$(dirname "$0")/hand_check.sh" "$@"
hand_load "$here/hand_readings.jsonl" hand_readings "$work/omop"
head='person_source_value,status,I1,I2,I3,I4,I5,E1,E2,E3,E4,E5,E6,E7'
# row ID STATUS I4 E1 E6
row() { echo "$1,$2,met,met,met,$3,met,$4,not_met,not_met,not_met,not_met,$5,not_met"; }
{
  echo "$head"
  row Q01 ineligible met not_met met
  row Q02 ineligible met not_met met
  row Q03 ineligible met not_met met
  row Q04 undetermined met not_met unknown
  row Q05 undetermined met not_met unknown
  row Q06 eligible met not_met not_met
  row Q07 ineligible met not_met met
  row Q08 eligible met not_met not_met
  row T01 eligible met not_met not_met
  row T02 ineligible not_met not_met not_met
  row T03 eligible met not_met not_met
  row T04 eligible met not_met not_met
  row T05 eligible met not_met not_met
  row T06 eligible met not_met not_met
  row T07 eligible met not_met not_met
  row T08 undetermined unknown not_met not_met
  row T09 undetermined unknown not_met not_met
  row T10 undetermined unknown not_met not_met
  row T11 undetermined unknown unknown not_met
  row T12 undetermined unknown not_met not_met
  row T13 undetermined unknown not_met not_met
  row T14 undetermined unknown not_met not_met
} >"$work/registry.csv"
hand_check "NCT02249676, registry reading" "$here/hand_readings.jsonl" nct02249676 hand_readings "$work/registry.csv"
{
  echo "$head"
  row Q01 ineligible met not_met met
  row Q02 eligible met not_met not_met
  row Q03 eligible met not_met not_met
  row Q04 undetermined met not_met unknown
  row Q05 undetermined met not_met unknown
  row Q06 eligible met not_met not_met
  row Q07 ineligible met not_met met
  row Q08 eligible met not_met not_met
  row T01 eligible met not_met not_met
  row T02 ineligible not_met not_met not_met
  row T03 ineligible not_met not_met not_met
  row T04 eligible met not_met not_met
  row T05 ineligible not_met not_met not_met
  row T06 eligible met not_met not_met
  row T07 eligible met not_met not_met
  row T08 undetermined unknown not_met not_met
  row T09 ineligible not_met not_met not_met
  row T10 undetermined unknown not_met not_met
  row T11 undetermined unknown unknown not_met
  row T12 ineligible not_met not_met not_met
  row T13 undetermined unknown not_met not_met
  row T14 undetermined unknown not_met not_met
} >"$work/both.csv"
hand_check "NCT02249676, --bp both --therapy-duration continuous" "$here/hand_readings.jsonl" nct02249676 hand_readings "$work/both.csv" \
  --bp both --therapy-duration continuous
# A reading the SQL cannot express is refused, naming it.
if "$tool" sql --protocol nct02249676 --as-of 2014-01-05 --evidence-timing after-therapy-year >/dev/null 2>"$work/refused.txt"; then
  echo "--evidence-timing after-therapy-year: expected a refusal" >&2
  exit 1
fi
grep -q "evidence_timing" "$work/refused.txt" || { echo "the refusal does not name the reading:" >&2; cat "$work/refused.txt" >&2; exit 1; }
echo "hand_readings: the registry reading and --bp both --therapy-duration continuous as worked out by hand"
