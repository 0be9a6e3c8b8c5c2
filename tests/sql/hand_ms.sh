#!/bin/bash
# hand_ms.sh TOOL WORKDIR PGENV - OPERA I (NCT01247324, default readings) in SQL on a few persons
# (hand_ms.jsonl): the recorded MS course (E1 primary progressive, ms_course_is) and the McDonald
# revision of the diagnosis (I1 McDonald 2010 as written, mcdonald_is), against values worked out
# by hand below from the criteria's definitions, screening as of 2014-01-05; then `trialspec
# screen` must give the same.
#   Age 18 to 55; I1 MS diagnosed with McDonald 2010; I2 at least 2 relapses in the 2 years
#   before screening or 1 in the year before, none in the 30 days before; I3 no relapse in the 30
#   days before; I4 latest EDSS at most 5.5; E1 MS course PPMS; E2 the investigator's yes to
#   NCT01247324.E2 (its threshold is cut in the source); E3 an MRI contraindication; E4 another
#   neurological disorder; E5 pregnant or lactating; E6 the investigator's yes to NCT01247324.E6.
# Everyone is a woman born 1984-01-01 (30 at screening), MS, RRMS, diagnosed with McDonald 2010,
# a relapse on 2013-06-01 with the relapse history complete since 2010-01-01, EDSS 3.0 on
# 2013-12-01, a complete condition list without conditions, not pregnant, not lactating, the
# investigator's no to E2 and E6, unless said (so Age and I1-I4 met, E1-E6 not met: eligible).
set -euo pipefail
tool=$1
work=$2
source "$3"
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
source "$here/hand_check.sh"
hand_load "$here/hand_ms.jsonl" hand_ms "$work/omop"
cat >"$work/expected.csv" <<'CSV'
person_source_value,status,Age,I1,I2,I3,I4,E1,E2,E3,E4,E5,E6
O01,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met
O02,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
O03,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met
O04,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met
O05,undetermined,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met
O06,ineligible,met,not_met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met
O07,ineligible,met,not_met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met
O08,undetermined,met,unknown,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met
O09,undetermined,met,unknown,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met
CSV
# Why:
# O01 the base: RRMS is not PPMS (E1 not met), McDonald 2010 (I1 met): eligible.
# O02 PPMS: E1 met: ineligible.
# O03 SPMS: E1 not met: eligible.
# O04 PRMS: E1 not met (progressive-relapsing is not primary progressive): eligible.
# O05 no course recorded: E1 unknown: undetermined.
# O06 McDonald 2017: not the 2010 revision as written: I1 not met: ineligible.
# O07 McDonald 2005: I1 not met: ineligible.
# O08 no revision recorded: I1 unknown (MS itself is met): undetermined.
# O09 neither course nor revision recorded: I1 and E1 unknown: undetermined.
hand_check "hand_ms" "$here/hand_ms.jsonl" opera hand_ms "$work/expected.csv"
echo "hand_ms: 9 persons, OPERA's MS course and McDonald revision as worked out by hand, and as trialspec screen"
