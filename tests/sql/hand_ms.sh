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

# ASCLEPIOS I (NCT02792218, default readings) on hand_asclepios.jsonl: E2, the disease duration by
# the latest EDSS (disease_duration_by_edss: EDSS <= 2.0 excludes with more than 10 years since
# the first MS symptoms; above 2.0 the text sets nothing: not met; without an EDSS both rows are
# evaluated and their common value is the answer, else unknown).
#   I1 age 18 to 55; I2 MS; I3 RRMS or SPMS; I4 at least 1 relapse in the year before, or 2 in two
#   years, or a Gd-enhancing lesion in the year before; I5 latest EDSS at most 5.5; E1 PPMS; E2 as
#   above; E3 another immune disease; E4 hepatitis B risk; E5 the investigator's yes to
#   NCT02792218.E5 (active systemic infection) or PML findings.
# Everyone is the OPERA base person (RRMS, relapse 2013-06-01, complete condition list) with EDSS
# 2.0 on 2013-12-01, first MS symptoms on 2004-01-05 and the investigator's no to E5, unless said.
# The 10th anniversary of 2004-01-05 is 2014-01-05, the screening day: "more than 10 years"
# needs the screening day after the anniversary.
hand_load "$here/hand_asclepios.jsonl" hand_asclepios "$work/omop_asclepios"
cat >"$work/expected_asclepios.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4,I5,E1,E2,E3,E4,E5
A01,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
A02,ineligible,met,met,met,met,met,not_met,met,not_met,not_met,not_met
A03,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
A04,undetermined,met,met,met,met,met,not_met,unknown,not_met,not_met,not_met
A05,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
A06,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
A07,undetermined,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met
A08,undetermined,met,met,met,met,unknown,not_met,unknown,not_met,not_met,not_met
A09,undetermined,met,met,met,met,unknown,not_met,unknown,not_met,not_met,not_met
A10,eligible,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met
CSV
# Why:
# A01 exactly 10 years on the screening day (at the bound): not more than 10: E2 not met.
# A02 first symptoms 2004-01-04: 10 years and a day: E2 met: ineligible.
# A03 first symptoms 2004-01-06: one day under 10 years: E2 not met.
# A04 first symptoms not recorded, EDSS 2.0: E2 unknown.
# A05 first symptoms not recorded, EDSS 2.5: the fixed row: E2 not met.
# A06 first symptoms 2004-01-04 (more than 10 years), EDSS 2.5: E2 not met.
# A07 no EDSS (I5 unknown), first symptoms 2004-01-06: both rows not met: E2 not met.
# A08 no EDSS, first symptoms 2004-01-04: the duration row met, the fixed row not met: E2 unknown.
# A09 no EDSS, first symptoms not recorded: unknown and not met: E2 unknown.
# A10 first symptoms 2004-01-04, EDSS 3.0 on 2013-12-01 and 2.0 on 2014-01-06, after screening:
#   the latest on or before screening is 3.0: E2 not met; I5 met.
hand_check "hand_ms" "$here/hand_asclepios.jsonl" asclepios hand_asclepios "$work/expected_asclepios.csv"
echo "hand_ms: 9 persons, OPERA's MS course and McDonald revision, and 10 persons, ASCLEPIOS's disease duration by EDSS, as worked out by hand, and as trialspec screen"
