#!/bin/bash
# hand_relapses.sh TOOL WORKDIR PGENV - relapse_count, diagnosed_with and investigator_judgement in
# SQL on a few persons (hand_relapses.jsonl), against values worked out by hand below from the
# criteria's definitions (eligibility/criteria/relapses.hpp, not from either implementation),
# screening as of 2014-01-05; then `trialspec screen` must give the same.
# The sql-relapses set (trialspec/sql/relapse_criteria.hpp); W12 = 2013-01-05..2014-01-05,
# W24 = 2012-01-05..2014-01-05, W* = everything up to 2014-01-05:
#   I1 >= 1 attack of any severity in W12 (gap 30)      I2 >= 1 moderate or severe in W12 (gap 30)
#   I3 <= 1 report in W12 (gap 0: each report counted)  I4 >= 2 severe in W24 (gap 15)
#   I5 > 0 attacks in W* (gap 30)                       I6 == 1 mild in W12 (gap 30)
#   I7 < 2 attacks in W12 (gap 1: reports of one day are one attack)
# An attack: reports less than the gap apart, chained from the previous report, dated at its first
# report with its worst severity; in a window when its first report is. The count is a range
# [counted, counted + ungraded + may begin before the window], the upper end unbounded unless the
# relapse history covers the window. Everyone is born 1980-06-01 (the history's origin) and, unless
# said, the relapse history is complete since 2010-01-01 (covers W12 and W24, not W*).
set -euo pipefail
source "$(dirname "$0")/hand_check.sh" "$@"
hand_load "$here/hand_relapses.jsonl" hand_relapses "$work/omop"
cat >"$work/expected.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4,I5,I6,I7
R01,ineligible,met,met,met,not_met,met,not_met,met
R02,ineligible,not_met,not_met,met,not_met,met,not_met,met
R03,ineligible,met,met,not_met,not_met,met,not_met,not_met
R04,ineligible,met,met,not_met,not_met,met,met,not_met
R05,ineligible,met,met,not_met,not_met,met,not_met,not_met
R06,ineligible,met,not_met,not_met,not_met,met,met,not_met
R07,ineligible,met,unknown,met,not_met,met,unknown,met
R08,undetermined,met,unknown,unknown,unknown,met,unknown,unknown
R09,ineligible,not_met,not_met,met,not_met,not_met,not_met,met
R10,undetermined,unknown,unknown,unknown,unknown,unknown,unknown,unknown
R11,ineligible,unknown,unknown,met,unknown,met,not_met,met
R12,ineligible,not_met,not_met,met,not_met,met,not_met,met
R13,ineligible,met,met,not_met,not_met,met,not_met,met
R14,ineligible,met,not_met,met,not_met,met,met,met
J1,ineligible,met,met,met,not_met,met,not_met,met
J2,ineligible,met,met,met,not_met,met,not_met,met
J3,ineligible,met,met,met,not_met,met,not_met,met
J4,ineligible,met,met,met,not_met,met,not_met,met
J5,ineligible,met,met,met,not_met,met,not_met,met
J6,ineligible,met,met,met,not_met,met,not_met,met
J7,ineligible,met,met,met,not_met,met,not_met,met
CSV
# Why:
# R01 one moderate report on W12's first day 2013-01-05: one attack in W12 and W24, [1,1]: I1,
#   I2 met; I3 1 report <= 1 met; I4 no severe [0,0] not met; I5 met; I6 no mild [0,0] not met;
#   I7 [1,1] < 2 met.
# R02 the same on the day before, 2013-01-04: outside W12 ([0,0]: I1, I2, I6 not met; I3, I7
#   met), inside W24 (moderate: I4 not met) and W* (I5 met).
# R03 mild 2013-06-01, severe 2013-06-30 (29 days): one attack, severe, for gap 30 (I1, I2 met;
#   I6 no mild attack: not met); 2 reports (I3 not met); gap 15 and gap 1: two attacks (I4 1
#   severe [1,1]: not met; I7 [2,2]: not met).
# R04 mild 2013-06-01, severe 2013-07-01 (30 days): two attacks at gap 30: I6 1 mild [1,1] met;
#   I1, I2 met; I3, I7 2: not met; I4 1 severe: not met.
# R05 mild 03-01, moderate 03-21, mild 04-10 (2013, 20 days apart): one attack at gap 30 (each
#   report less than 30 days after the previous one; 04-10 is 40 days after the first onset, so a
#   gap measured from the first onset would make it a second, mild attack and I6 met), moderate:
#   I1, I2 met, I6 not met; I3 3 reports, I7 3 attacks: not met; I4 (gap 15: 3 attacks, none
#   severe) not met.
# R06 ungraded 2013-05-01, mild 2013-05-10: at gap 30 one attack, worst severity mild (ungraded is
#   below mild): I1 met, I2 [0,0] not met, I6 [1,1] met; I3 2 reports (every grade counted, so an
#   ungraded report counts): not met; I4 one mild attack: not met; I7 2 attacks: not met.
# R07 one ungraded report 2013-08-01: I1 (every grade) met; I2 [0,1] unknown; I3 [1,1] met; I4
#   [0,1] < 2: not met; I5 met; I6 [0,1] unknown; I7 [1,1] met.
# R08 mild 2013-09-01, history not documented complete: upper ends unbounded: I1, I5 met (1
#   counted); I2 [0,inf) unknown; I3 [1,inf) <= 1 unknown; I4 unknown; I6 [1,inf) unknown; I7
#   [1,inf) < 2 unknown.
# R09 no relapse, history complete since the birth 1980-06-01 (covers W* too): every count [0,0]:
#   I1, I2, I4, I5, I6 not met; I3, I7 met.
# R10 no relapse, history complete only since 2013-02-01: no window covered: all unknown.
# R11 severe 2013-01-20, history complete since 2013-01-05 (W12's first day): at gap 30 the
#   report may continue an unrecorded one of 2012-12-22..2013-01-04 (29 days before, before both
#   the window and the history): [0,1]: I1, I2 unknown; I3 (gap 0) [1,1] met; I7 (gap 1) [1,1]
#   met; I6 a severe attack is not mild: [0,0] not met; I4 (gap 15: 2013-01-06 onwards reaches
#   neither W24's start nor before the history) 1 counted, W24 not covered (history from
#   2013-01-05): [1,inf) unknown; I5 met.
# R12 mild 2012-12-20, severe 2013-01-10 (21 days): at gap 30 one attack begun before W12: not in
#   it (I1, I2, I6 not met; I5 met); I3 (gap 0) the 01-10 report [1,1] met; I7 (gap 1) two
#   attacks, one in W12 [1,1] met; I4 (gap 15) two attacks in W24, one severe: not met.
# R13 mild and moderate on 2013-04-01: one attack at gaps 30, 15 and 1 (same day), moderate: I1,
#   I2 met; I6 not met; I4 not met; I7 [1,1] met; I3 (gap 0) 2 reports: not met.
# R14 mild 2013-12-20, severe 2014-01-06 (after screening, so not read): one mild attack: I1, I5,
#   I6 met; I2 not met; I3, I7 [1,1] met; I4 not met.
# J1 to J7: one moderate report 2013-06-01, history complete since the birth: I1, I2, I3, I5, I7
#   met, I4, I6 not met.
# Every status is ineligible (some inclusion not met) except R08 and R10 (undetermined: nothing
#   not met, something unknown).
hand_check "hand_relapses" "$here/hand_relapses.jsonl" sql-relapses hand_relapses "$work/expected.csv"

# SAkuraStar (NCT02073279): I1 NMO with Wingerchuk 2006, or NMOSD with AQP4-IgG positive and the
# investigator's yes to NCT02073279.I1b; I2 = I1 above; I3 latest EDSS <= 6.5 (3.0 on
# 2013-12-01: met); I4 age 18 to 74 (33: met).
cat >"$work/sakurastar.expected.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4
R01,eligible,met,met,met,met
R02,ineligible,met,not_met,met,met
R03,eligible,met,met,met,met
R04,eligible,met,met,met,met
R05,eligible,met,met,met,met
R06,eligible,met,met,met,met
R07,eligible,met,met,met,met
R08,eligible,met,met,met,met
R09,ineligible,met,not_met,met,met
R10,undetermined,met,unknown,met,met
R11,undetermined,met,unknown,met,met
R12,ineligible,met,not_met,met,met
R13,eligible,met,met,met,met
R14,eligible,met,met,met,met
J1,eligible,met,met,met,met
J2,ineligible,not_met,met,met,met
J3,eligible,met,met,met,met
J4,ineligible,not_met,met,met,met
J5,undetermined,unknown,met,met,met
J6,undetermined,unknown,met,met,met
J7,undetermined,unknown,met,met,met
CSV
# R01 to R14: NMOSD, IPND 2015, AQP4-IgG positive, the investigator answers yes: I1b, so I1, met;
#   the status follows I2.
# J1 NMO, Wingerchuk 2006: I1a met. J2 NMO with IPND 2015: I1a not met (criteria set), I1b not met
#   (not NMOSD): I1 not met. J3 NMOSD, positive, yes: met. J4 the investigator answers no: I1b not
#   met, I1a not met (not NMO): not met. J5 no answer: I1b unknown, I1 unknown. J6 NMO, criteria
#   set not recorded: I1a unknown, I1b not met: unknown. J7 an answer under another key only: I1b
#   unknown.
hand_check "hand_relapses (SAkuraStar)" "$here/hand_relapses.jsonl" sakurastar hand_relapses "$work/sakurastar.expected.csv"
echo "hand_relapses: 21 persons, relapse_count's forms and SAkuraStar as worked out by hand, and as trialspec screen"
