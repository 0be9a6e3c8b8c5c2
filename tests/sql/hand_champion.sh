#!/bin/bash
# hand_champion.sh TOOL WORKDIR PGENV - CHAMPION-NMOSD (NCT04201262, default readings) in SQL on a
# few persons (hand_champion.jsonl): the body weight (I5, body_weight_is), a history of
# Neisseria meningitidis infection (E1, has_condition), HIV (E2, lab_result_is), the complement
# inhibitor washout without a window (E3) and the supportive therapy (I4), against values worked
# out by hand below from the criteria's definitions, screening as of 2014-01-05; then `trialspec
# screen` must give the same.
#   Age 18 or older; I1 AQP4-IgG positive, NMOSD, diagnosed with IPND 2015; I2 at least 1 relapse
#   in the 12 months before screening; I3 latest EDSS at most 7.0; I4 no supportive
#   immunosuppressant (oral corticosteroid, azathioprine, mycophenolate mofetil, methotrexate,
#   tacrolimus) ongoing on the screening day, or the investigator's yes to NCT04201262.I4 (a stable
#   regimen); I5 body weight at least 40 kg; I6 the investigator's yes to NCT04201262.I6;
#   E1 Neisseria meningitidis infection; E2 latest HIV result positive; E3 eculizumab or
#   ravulizumab at any time before screening; E4 rituximab or mitoxantrone in the 3 months before;
#   E5 IV immunoglobulin in the 3 weeks before.
# E3's window has no first day: "no complement inhibitor" is proved only by a therapy history
# complete from the earliest possible birth day. The weight has no date: it is the weight at
# screening, compared as the number recorded.
# Everyone is a woman born 1980-06-01, NMOSD (IPND 2015) with AQP4-IgG positive, EDSS 3.0 on
# 2013-12-01, a moderate relapse on 2013-06-01 with the relapse history complete since
# 2010-01-01, weighing 60 kg, the therapy history complete from the birth day with no course, a
# complete condition list without conditions, HIV negative on 2013-12-01, the investigator's yes
# to I6, unless said (so Age and I1-I3, I5, I6 met, I4 met as nothing is ongoing, E1-E5 not met:
# eligible).
set -euo pipefail
source "$(dirname "$0")/hand_check.sh" "$@"
hand_load "$here/hand_champion.jsonl" hand_champion "$work/omop"
cat >"$work/expected.csv" <<'CSV'
person_source_value,status,Age,I1,I2,I3,I4,I5,I6,E1,E2,E3,E4,E5
C01,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
C02,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
C03,ineligible,met,met,met,met,met,not_met,met,not_met,not_met,not_met,not_met,not_met
C04,undetermined,met,met,met,met,met,unknown,met,not_met,not_met,not_met,not_met,not_met
C05,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
C06,ineligible,met,met,met,met,met,not_met,met,not_met,not_met,not_met,not_met,not_met
C07,undetermined,met,met,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met
C08,ineligible,met,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met
C09,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
C10,ineligible,met,met,met,met,met,met,met,not_met,met,not_met,not_met,not_met
C11,undetermined,met,met,met,met,met,met,met,not_met,unknown,not_met,not_met,not_met
C12,undetermined,met,met,met,met,met,met,met,not_met,not_met,unknown,not_met,not_met
C13,ineligible,met,met,met,met,met,met,met,not_met,not_met,met,not_met,not_met
C14,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met
C15,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met
C16,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
C17,ineligible,met,met,met,met,not_met,met,met,not_met,not_met,not_met,not_met,not_met
C18,undetermined,met,met,met,met,unknown,met,met,not_met,not_met,not_met,not_met,not_met
CSV
# Why:
# C01 the base: eligible.
# C02 40 kg, on the threshold: I5 met.
# C03 39.9 kg: not met.
# C04 no weight: unknown.
# C05 40.0000001 kg: met.
# C06 39.99999999999999 kg, below 40 by less than the sixth significant digit: not met.
# C07 no condition, the list not documented complete: E1 unknown.
# C08 a Neisseria meningitidis infection: E1 met.
# C09 the infection looked for and found absent, the list not complete: E1 not met.
# C10 HIV positive: E2 met.
# C11 no HIV result: E2 unknown.
# C12 the therapy history complete from the day after the birth: a complement inhibitor on the
#   birth day cannot be ruled out: E3 unknown (E4, E5 and I4's ongoing courses are covered: not
#   met, not met, met).
# C13 eculizumab from 2005-01-01 to 2005-06-01: E3 met (I4: nothing ongoing, met).
# C14 the investigator's no to I6: not met.
# C15 no answer to I6: unknown.
# C16 azathioprine ongoing since 2012-01-01 (one supportive agent: "none" not met) and the
#   investigator's yes to I4: met; E3, E4 not met (not a complement inhibitor, rituximab or
#   mitoxantrone).
# C17 the same with the investigator's no: I4 not met.
# C18 the same without an answer: I4 unknown.
hand_check "hand_champion" "$here/hand_champion.jsonl" champion-nmosd hand_champion "$work/expected.csv"
echo "hand_champion: 18 persons, CHAMPION-NMOSD's body weight, conditions, HIV, complement inhibitor washout and supportive therapy as worked out by hand, and as trialspec screen"
