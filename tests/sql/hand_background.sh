#!/bin/bash
# hand_background.sh TOOL WORKDIR PGENV - SAkuraSky (NCT02028884) in SQL on a few persons
# (hand_background.jsonl): concurrent_agents and stable_dose, against values worked out by hand
# below from the criteria's definitions (eligibility/criteria/background_therapy.hpp), screening as
# of 2014-01-05; then `trialspec screen` must give the same.
#   I1 NMO with Wingerchuk 2006, or NMOSD with AQP4-IgG positive and the investigator's yes to
#   NCT02028884.I1b; I2 >= 2 relapses in the 2 years and >= 1 in the 12 months before screening;
#   I3 latest EDSS <= 6.5; I4 age 12 to 74;
#   BT (monotherapy: exactly 1 of azathioprine, mycophenolate mofetil, oral corticosteroid ongoing
#   on 2014-01-05; or aged 12 to 17 with exactly 1 oral corticosteroid and exactly 1 of
#   azathioprine, mycophenolate mofetil) and every ongoing course of those three at a dose
#   unchanged since on or before 2014-01-04 (the default reading: stable for 0 days before
#   screening, so a change on the screening day is too late).
# A course is ongoing on 2014-01-05 when it starts on or before it and has no end or ends on or
# after it. The number of agents is a range: a course naming no agent whose class fits a listed
# agent may be one more; the upper end is unbounded unless the therapy history is documented
# complete on 2014-01-05. Everyone is NMOSD, AQP4-IgG positive, answered yes (I1 met), has
# moderate relapses on 2012-06-01 and 2013-06-01 with both histories complete since 2010-01-01
# (I2 met), EDSS 3.0 on 2013-12-01 (I3 met), is born 1980-06-01 (33: I4 met) unless said; the
# courses start 2012-01-01 with no end unless said.
set -euo pipefail
source "$(dirname "$0")/hand_check.sh" "$@"
hand_load "$here/hand_background.jsonl" hand_background "$work/omop"
cat >"$work/expected.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4,BT
K01,eligible,met,met,met,met,met
K02,ineligible,met,met,met,met,not_met
K03,eligible,met,met,met,met,met
K04,undetermined,met,met,met,met,unknown
K05,ineligible,met,met,met,met,not_met
K06,eligible,met,met,met,met,met
K07,ineligible,met,met,met,met,not_met
K08,ineligible,met,met,met,met,not_met
K09,undetermined,met,met,met,met,unknown
K10,undetermined,met,met,met,met,unknown
K11,undetermined,met,met,met,met,unknown
K12,ineligible,met,met,met,met,not_met
K13,eligible,met,met,met,met,met
CSV
# Why (BT):
# K01 azathioprine, dose unchanged since 2012-01-01: 1 agent [1,1], monotherapy met; stable met.
# K02 the same, last dose change on the screening day 2014-01-05: after 2014-01-04, not stable.
# K03 last dose change 2014-01-04, the latest day that counts: stable, met.
# K04 azathioprine, last dose change not recorded: monotherapy met, stable unknown: unknown.
# K05 azathioprine and oral corticosteroid, both stable, aged 33: 2 agents [2,2], not exactly 1;
#   the adolescent option needs age 12 to 17 (not met): not met.
# K06 the same, born 2000-03-01 (13 on 2014-01-05): 1 oral corticosteroid and 1 of azathioprine /
#   mycophenolate: the adolescent option met; both stable: met (I4 12 to 74 met).
# K07 azathioprine ended on 2014-01-04: not ongoing, 0 agents [0,0]: not met (stable: nothing
#   ongoing, history complete: met).
# K08 azathioprine started on the screening day, dose set that day: ongoing (1 agent), last dose
#   change 2014-01-05 after 2014-01-04: not met.
# K09 an immunosuppressant course naming no agent: may be azathioprine or mycophenolate [0,1]:
#   exactly 1 unknown; stable unknown (it may be a listed course): unknown.
# K10 azathioprine stable, therapy history not documented: [1,inf): unknown; stable: the stable
#   course does not decide, the history does not cover the day: unknown.
# K11 azathioprine stable and a corticosteroid course naming no agent (may be oral
#   corticosteroid): [1,2]: unknown.
# K12 interferon beta only (not listed): [0,0] not met (stable met): not met.
# K13 two azathioprine courses at once, both stable: 1 distinct agent [1,1]: met.
hand_check "hand_background" "$here/hand_background.jsonl" sakurasky hand_background "$work/expected.csv"
echo "hand_background: 13 persons, SAkuraSky's background therapy as worked out by hand, and as trialspec screen"
