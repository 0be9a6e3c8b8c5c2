#!/bin/bash
# hand_rescue.sh TOOL WORKDIR PGENV - N-MOmentum (NCT02200770) in SQL on a few persons
# (hand_rescue.jsonl): relapses treated with rescue therapy (rescue_treated_in_last,
# eligibility/criteria/rescue_therapy.hpp), lactating (reproductive.hpp) and the investigational
# agent's washout (agent_exposure), against values worked out by hand below from the criteria's
# definitions, screening as of 2014-01-05; then `trialspec screen` must give the same.
#   I1 age >= 18 and NMO or NMOSD; I2 (I2a) AQP4-IgG positive NMO or NMOSD, or (I2b) AQP4-IgG
#   negative NMO, either with >= 1 relapse treated with rescue therapy in the year before
#   screening or >= 2 in the 2 years; I3 able to consent and the investigator's yes to
#   NCT02200770.I3; I4 latest EDSS <= 7.5 (or <= 8 with the investigator's yes to
#   NCT02200770.I4); I5 not of reproductive potential, or effective contraception;
#   E1 lactating, or pregnant (possibly pregnant: unknown); E2 an investigational agent within 4
#   weeks before screening; E3, E4 the investigator's yes to NCT02200770.E3, .E4.
# The windows, resolved by hand: 1 year before 2014-01-05 is 2013-01-05, 2 years 2012-01-05, 4
# weeks (28 days) 2013-12-08. A relapse report counts when its onset is in the window and the
# record says it was treated with rescue therapy; one recorded as not treated does not; one
# whose treatment is not recorded may (the count is a range); the count has no upper bound unless
# the relapse history is complete from the window's first day. Reports are counted, not attacks.
# Everyone is a woman born 1980-06-01, NMOSD, AQP4-IgG positive, EDSS 3.0 on 2013-12-01, able to
# consent, answered yes to I3 and no to E3 and E4, not pregnant, not lactating, not of
# reproductive potential, with one moderate relapse on 2013-06-01 treated with rescue therapy,
# the relapse and therapy histories complete since 2010-01-01 and no therapy course, unless said
# (so I1, I3, I4, I5 met, E3, E4 not met throughout).
set -euo pipefail
source "$(dirname "$0")/hand_check.sh" "$@"
hand_load "$here/hand_rescue.jsonl" hand_rescue "$work/omop"
cat >"$work/expected.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4,I5,E1,E2,E3,E4
N01,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
N02,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
N03,ineligible,met,not_met,met,met,met,not_met,not_met,not_met,not_met
N04,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
N05,ineligible,met,not_met,met,met,met,not_met,not_met,not_met,not_met
N06,ineligible,met,not_met,met,met,met,not_met,not_met,not_met,not_met
N07,undetermined,met,unknown,met,met,met,not_met,not_met,not_met,not_met
N08,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
N09,undetermined,met,unknown,met,met,met,not_met,not_met,not_met,not_met
N10,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
N11,ineligible,met,met,met,met,met,met,not_met,not_met,not_met
N12,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
N13,undetermined,met,met,met,met,met,unknown,not_met,not_met,not_met
N14,undetermined,met,met,met,met,met,unknown,not_met,not_met,not_met
N15,ineligible,met,met,met,met,met,not_met,met,not_met,not_met
N16,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
N17,undetermined,met,met,met,met,met,not_met,unknown,not_met,not_met
N18,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met
CSV
# Why:
# N01 one treated relapse on 2013-06-01, inside the year: 1 >= 1, I2a met.
# N02 the treated relapse on 2013-01-05, the year's first day: counted, I2 met.
# N03 on 2013-01-04, the day before: 0 in the year (history complete: [0, 0]); 1 in the 2 years,
#   not >= 2; AQP4-IgG positive, so I2b is not met either: I2 not met.
# N04 treated relapses on 2012-01-05 (the 2 years' first day) and 2012-06-01: 0 in the year, 2 in
#   the 2 years: met.
# N05 the same with the first on 2012-01-04: 1 in the 2 years: not met.
# N06 the relapse of 2013-06-01 recorded as not treated: [0, 0] in both windows: not met.
# N07 its treatment not recorded: [0, 1] in the year (>= 1 unknown), [0, 1] in the 2 years (>= 2
#   not met): unknown.
# N08 the treated relapse, the relapse history not documented: [1, unbounded) >= 1: met.
# N09 no relapse, the history not documented: [0, unbounded) in both: unknown.
# N10 NMO (Wingerchuk 2006), AQP4-IgG negative, the treated relapse: I2b met.
# N11 lactating: E1 met.
# N12 a man, lactation and pregnancy not recorded: neither for a man: E1 not met.
# N13 a woman, lactation not recorded (not pregnant): E1 unknown.
# N14 not lactating, possibly pregnant (not counted as pregnant, not excluded): E1 unknown.
# N15 an investigational agent 2013-11-01 to 2013-12-08, ending on the 4 weeks' first day: E2 met.
# N16 the same ending 2013-12-07, the day before: E2 not met.
# N17 an immunosuppressant course naming no agent, ongoing: an investigational agent fits any
#   class: E2 unknown.
# N18 azathioprine, named, ongoing: not investigational: E2 not met.
hand_check "hand_rescue" "$here/hand_rescue.jsonl" n-momentum hand_rescue "$work/expected.csv"
echo "hand_rescue: 18 persons, N-MOmentum's rescue-treated relapses, lactation and washout as worked out by hand, and as trialspec screen"
