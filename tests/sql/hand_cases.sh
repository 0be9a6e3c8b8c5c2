#!/bin/bash
# hand_cases.sh TOOL WORKDIR PGENV - the SQL of each criterion of the sql-core set
# (trialspec/sql/core_criteria.hpp) on a few persons, against values worked out by hand below from
# the criteria's definitions (not from either implementation), screening as of 2014-01-05.
#   I1 age >= 18; I2 age 18 to 55; I3 diagnosis NMO or NMOSD; I4 AQP4-IgG positive, or (female and
#   age < 60); I5 at most 1 of (male, age > 50, AQP4-IgG negative); E1 immunosuppressant or
#   immunomodulator overlapping 2013-10-05..2014-01-05; E2 a corticosteroid on or before
#   2014-01-05 (no lower bound: an absence needs the history complete from the birth on); E3 at
#   least 2 of (MS, age > 45, male); E4 other diagnosis and not AQP4-IgG negative; I6 latest EDSS on
#   or before 2014-01-05 at most 6.5; E5 latest EDSS of 2013-01-05..2014-01-05 above 7.5; E6 pregnant
#   or possibly pregnant; E7 pregnant (possibly pregnant is unknown); I7 able to consent; E8 unable
#   to consent; E9 judged unsuitable.
set -euo pipefail
source "$(dirname "$0")/hand_check.sh" "$@"
hand_load "$here/hand_cases.jsonl" hand "$work/omop"
cat >"$work/expected.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4,I5,I6,I7,E1,E2,E3,E4,E5,E6,E7,E8,E9
H00,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H01,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H02,ineligible,not_met,not_met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H03,undetermined,unknown,unknown,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H04,undetermined,met,unknown,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H05,undetermined,unknown,unknown,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H07,undetermined,met,met,met,unknown,unknown,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H08,ineligible,met,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H09,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H10,undetermined,met,met,met,met,met,met,met,unknown,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H11,undetermined,met,met,met,met,met,met,met,unknown,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H12,ineligible,met,met,met,met,met,met,met,not_met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H13,undetermined,unknown,unknown,met,met,met,met,met,not_met,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H14,undetermined,met,met,unknown,unknown,unknown,met,met,not_met,not_met,unknown,not_met,not_met,not_met,not_met,not_met,not_met
H15,ineligible,met,met,not_met,met,met,met,met,not_met,not_met,not_met,unknown,not_met,not_met,not_met,not_met,not_met
H16,ineligible,met,met,not_met,met,met,met,met,not_met,not_met,met,not_met,not_met,not_met,not_met,not_met,not_met
H17,undetermined,met,met,met,met,met,unknown,met,not_met,not_met,not_met,not_met,unknown,not_met,not_met,not_met,not_met
H18,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H19,ineligible,met,met,met,met,met,not_met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H20,ineligible,met,met,met,met,met,not_met,met,not_met,not_met,not_met,not_met,met,not_met,not_met,not_met,not_met
H21,ineligible,met,met,met,met,met,not_met,met,not_met,not_met,not_met,not_met,unknown,not_met,not_met,not_met,not_met
H22,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
H23,ineligible,met,met,met,met,met,not_met,met,not_met,not_met,not_met,not_met,met,not_met,not_met,not_met,not_met
H24,undetermined,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,unknown,unknown,not_met,not_met
H25,ineligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,met,unknown,not_met,not_met
H26,ineligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,met,met,not_met,not_met
H27,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,met,not_met
H28,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met,unknown,not_met
H29,ineligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,met
H30,undetermined,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,unknown
CSV
# Why (age on 2014-01-05; "covered": the therapy history is complete over the window):
# H00 born 1980-06-01: 33; NMOSD, AQP4+, female; no therapy, history from the birth on: covered.
# H01 born 1996-01-05: turns 18 on the screening day: 18, I1 and I2 met.
# H02 born 1996-01-06: turns 18 the day after: 17, I1 and I2 not met.
# H03 born in 1996 (year only): 18 if born on 1 January, 17 if on 31 December: I1, I2 unknown.
#     I5: above 50 is false either way. History from 1996-01-01, the earliest birth day: covered.
# H04 born in 1958: 56 if born 1 January (birthday passed), 55 if 31 December: I2 (<= 55) unknown;
#     I1 met; I5: above 50 true, male false, AQP4- false: one met, met; E3: above 45 alone: not met.
# H05 born in January 1996 (month only): 18 if born 1 to 5 January, 17 after: I1, I2 unknown.
# H07 male, AQP4-IgG not tested: I4 = unknown OR (false AND true) = unknown; I5: male met, AQP4-
#     unknown: 1 met + 1 unknown, at most 1 is unknown; E3: male alone: not met.
# H08 azathioprine ending 2013-10-05, the window's first day: overlaps, E1 met: ineligible.
# H09 the same course ending 2013-10-04, the day before the window: E1 not met (covered).
# H10 history complete only from 2013-11-01 (after 2013-10-05, after the birth): the absence of
#     therapy is not proven: E1 and E2 unknown.
# H11 no therapy history date: E1 and E2 unknown.
# H12 prednisone ongoing since 2000-03-01: E2 met; E1 (immunotherapy only) not met.
# H13 no birth date: I1, I2 unknown; I5: above 50 unknown, 0 met + 1 unknown <= 1: met; E2: the
#     window has no lower bound and no birth date starts the history: unknown; E1: covered (from
#     1980-06-01 on, before 2013-10-05): not met; E3: 0 met + 1 unknown < 2: not met.
# H14 no sex, no diagnosis, AQP4-IgG negative: I3 unknown; I4 = false OR (unknown AND true) =
#     unknown; I5: male unknown, AQP4- met: unknown; E3: MS unknown, male unknown: 0 met + 2
#     unknown: unknown; E4 = unknown AND NOT true = not met.
# H15 other diagnosis, AQP4 not tested, female 33: I3 not met; I4 met by female and below 60;
#     E4 = true AND NOT unknown = unknown.
# H16 MS, male, born 1963-06-01: 50: E3 met (MS and male; above 45 too); I3 not met; I5: male
#     only (50 is not above 50): met.
# H00 to H16 have one EDSS, 3.0 on 2013-12-01: I6 met, E5 not met. H17 to H23 are H00 but for it:
# H17 no EDSS: I6 and E5 unknown (a missing measurement is not a low score).
# H18 6.5: at most 6.5, I6 met. H19 7.0: I6 not met.
# H20 8.0 on 2013-01-05, the first day of E5's window: E5 met; I6 not met.
# H21 8.0 on 2013-01-04, the day before it: E5 unknown (no EDSS in the window); I6 not met.
# H22 7.0 then 6.0 listed on the same day: the latest is the last listed, 6.0: I6 met, E5 not met.
# H23 3.0 (2013-06-01), 8.0 on the screening day, 3.0 after it (2014-02-01, outside both windows):
#     the latest is 8.0: I6 not met, E5 met.
# Every woman of H00 to H23 is recorded not pregnant: E6, E7 not met; H07 and H16 are men with no
# pregnancy status: not pregnant, not met. H24 to H26 are H00 (EDSS 3.0) but for the status:
# H24 none recorded (a woman): E6, E7 unknown. H25 possibly pregnant: E6 met, E7 unknown.
# H26 pregnant: both met.
# H00 to H26 can consent and are not judged unsuitable: I7 met, E8 and E9 not met. H27 to H30 are
# H00 recorded not pregnant but for these: H27 cannot consent: I7 not met, E8 met. H28 capacity
# not recorded: I7, E8 unknown. H29 judged unsuitable: E9 met. H30 judgement not recorded: E9
# unknown.
hand_check "hand_cases" "$here/hand_cases.jsonl" sql-core hand "$work/expected.csv"
# The counts query, against counts made by hand from the table above (met / not met / unknown per
# column; removed: ruled out here and by no earlier column (an inclusion not met or an exclusion
# met); remaining: not ruled out up to here; passing: every column so far passed).
"$tool" sql --protocol sql-core --as-of 2014-01-05 --schema hand --counts >"$work/counts.sql"
psql -v ON_ERROR_STOP=1 --csv -f "$work/counts.sql" >"$work/counts.csv"
cat >"$work/counts.expected.csv" <<'CSV'
position,criterion,role,met,not_met,unknown,removed,remaining,passing
1,I1,inclusion,26,1,3,1,29,26
2,I2,inclusion,25,1,4,0,29,25
3,I3,inclusion,27,2,1,2,27,22
4,I4,inclusion,28,0,2,0,27,21
5,I5,inclusion,28,0,2,0,27,21
6,I6,inclusion,25,4,1,4,23,16
7,I7,inclusion,28,1,1,1,22,14
8,E1,exclusion,1,27,2,1,21,11
9,E2,exclusion,1,26,3,1,20,10
10,E3,exclusion,1,28,1,0,20,10
11,E4,exclusion,0,29,1,0,20,10
12,E5,exclusion,2,26,2,0,20,10
13,E6,exclusion,2,27,1,2,18,7
14,E7,exclusion,1,27,2,0,18,7
15,E8,exclusion,1,28,1,0,18,7
16,E9,exclusion,1,28,1,1,17,5
17,total,,5,13,12,0,0,0
CSV
# I1: not met H02; unknown H03 H05 H13; met the other 26. removed: H02 (first not met); remaining
#   29; passing (met): 26. I2: not met H02 (already removed); unknown H03 H04 H05 H13: passing 25.
# I3: not met H15 H16 (both removed here), unknown H14: remaining 27; passing: 25 less H14, H15,
#   H16 = 22. I4: unknown H07 H14 (H14 already not passing): passing 21. I5: unknown H07 H14: 21.
# I6: not met H19 H20 H21 H23 (removed here: 23 remain), unknown H17: passing 21 - 5 = 16 (H00 H01
#   H08 H09 H10 H11 H12 H18 H22 H24 to H30).
# I7: not met H27 (removed: 22 remain), unknown H28: passing 14.
# E1: met H08 (removed: 21 remain); unknown H10 H11: passing 14 - H08 - H10 - H11 = 11.
# E2: met H12 (removed: 20); unknown H10 H11 H13: passing 11 - H12 = 10 (H00 H01 H09 H18 H22 H24
#   H25 H26 H29 H30). E3: met H16 (already removed); unknown H14. E4: unknown H15 (already
#   removed). E5: met H20 H23 (already removed by I6), unknown H17 H21.
# E6: met H25 H26 (removed here: 18 remain), unknown H24: passing 10 - 3 = 7. E7: met H26 (already
#   removed), unknown H24 H25. E8: met H27 (already removed by I7), unknown H28.
# E9: met H29 (removed: 17 remain), unknown H30: passing 7 - 2 = 5.
# total: eligible H00 H01 H09 H18 H22; ineligible H02 H08 H12 H15 H16 H19 H20 H21 H23 H25 H26 H27
#   H29; undetermined H03 H04 H05 H07 H10 H11 H13 H14 H17 H24 H28 H30.
diff -u "$work/counts.expected.csv" "$work/counts.csv" || { echo "hand_cases: the counts query differs (- by hand, + SQL)" >&2; exit 1; }
# A 29 February birthday (leap_case.jsonl, L1 born 1996-02-29) in the common year 2014 falls on
# 28 February (age_in_years): on 2014-02-27 L1 is 17 (I1 age >= 18 not met, I2 18..55 not met),
# on 2014-02-28 18 (both met).
"$tool" omop-export "$here/leap_case.jsonl" "$work/leap" --schema hand_leap >/dev/null
psql -q -v ON_ERROR_STOP=1 -f "$work/leap/load.sql" >/dev/null
for day in 27:not_met 28:met; do
  "$tool" sql --protocol sql-core --as-of "2014-02-${day%%:*}" --schema hand_leap >"$work/leap.sql"
  got=$(psql -v ON_ERROR_STOP=1 --csv -t -f "$work/leap.sql" | cut -d, -f1,3,4)
  [ "$got" = "L1,${day#*:},${day#*:}" ] || { echo "hand_cases: L1 on 2014-02-${day%%:*}: I1,I2 = $got, expected ${day#*:} for both" >&2; exit 1; }
  "$tool" screen "$here/leap_case.jsonl" --protocol sql-core --as-of "2014-02-${day%%:*}" --format csv --quiet >"$work/leap.screen.csv"
  psql -v ON_ERROR_STOP=1 --csv -f "$work/leap.sql" >"$work/leap.sql.csv"
  bash "$here/compare.sh" "$work/leap.sql.csv" "$work/leap.screen.csv" >/dev/null
done
echo "hand_cases: 30 persons, every criterion and the counts as worked out by hand, and as trialspec screen"
