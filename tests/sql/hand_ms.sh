#!/bin/bash
# hand_ms.sh TOOL WORKDIR PGENV - OPERA I (NCT01247324, default readings) in SQL on a few persons
# (hand_ms.jsonl): the recorded MS course (E1 primary progressive, ms_course_is) and the McDonald
# revision of the diagnosis (I1 McDonald 2010 as written, mcdonald_is), against values worked out
# by hand below from the criteria's definitions, screening as of 2014-01-05; then `trialspec
# screen` must give the same. ASCLEPIOS I and ORATORIO follow, each on its own persons.
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
source "$(dirname "$0")/hand_check.sh" "$@"
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

# ORATORIO (NCT01194570, default readings: version C's C1 and C5 included) on hand_oratorio.jsonl:
# C5 the pyramidal functional-system grade (pyramidal_lower_limb_at_least<2>: the latest
# assessment on or before screening whose pyramidal grade is recorded, on a tie of dates the last
# listed; grade below 2 not met, else the lower-limb attribution: yes met, no not met, not
# recorded unknown; no such assessment unknown) and E5 the cancer history (cancer_history: a
# present cancer not the excepted skin or cervix carcinoma met; else a present cancer whose
# exception is not recorded unknown; else not met over a complete condition list or with cancer
# looked for and found absent; else unknown).
#   I1 age 18 to 55; I2 MS, PPMS, McDonald 2005 or 2010; I3 latest EDSS 3.0 to 6.5; I4 disease
#   duration below 15 years with EDSS below 5.0 (below 10 at 5.0 or more); I5 not of childbearing
#   potential or two methods of contraception; C1 able to consent and the investigator's yes to
#   NCT01194570.C1; E1 RRMS, SPMS or PRMS; E2-E4 MRI contraindication, another neurological
#   disorder, chronic infection; E6, E7 B-cell targeted or the named agents ever; E8 the
#   investigator's yes to NCT01194570.E8.
# Everyone is a woman born 1984-01-01 (30), MS, PPMS, McDonald 2010, first symptoms 2008-01-05 (6
# years), EDSS 4.0 on 2013-12-01, pyramidal grade 2 due to the lower limbs on 2013-12-01, no
# therapy with the history complete since birth, a complete condition list without conditions,
# able to consent, not of childbearing potential, the investigator's yes to C1 and no to E8,
# unless said (so I1-I5, C1, C5 met, E1-E8 not met: eligible).
hand_load "$here/hand_oratorio.jsonl" hand_oratorio "$work/omop_oratorio"
cat >"$work/expected_oratorio.csv" <<'CSV'
person_source_value,status,I1,I2,I3,I4,I5,C1,C5,E1,E2,E3,E4,E5,E6,E7,E8
P01,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P02,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P03,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P04,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P05,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P06,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P07,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P08,undetermined,met,met,met,met,met,met,unknown,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P09,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P10,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P11,ineligible,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P12,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P13,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P14,ineligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,met,not_met,not_met,not_met
P15,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P16,undetermined,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,unknown,not_met,not_met,not_met
P17,eligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,not_met,not_met,not_met,not_met
P18,undetermined,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,unknown,not_met,not_met,not_met
P19,undetermined,met,met,met,met,met,met,met,not_met,unknown,unknown,unknown,unknown,not_met,not_met,not_met
P20,ineligible,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,met,not_met,not_met,not_met
P21,undetermined,met,met,met,met,met,met,met,not_met,not_met,not_met,not_met,unknown,not_met,not_met,not_met
P22,ineligible,met,met,met,met,met,met,met,not_met,unknown,unknown,unknown,met,not_met,not_met,not_met
CSV
# Why (C5's threshold is grade 2; screening 2014-01-05):
# P01 the base: grade 2 (at the threshold), lower limb: C5 met: eligible.
# P02 grade 1 (one below), lower limb: C5 not met: ineligible.
# P03 grade 2, not due to the lower limbs: C5 not met: ineligible.
# P04 grade 2, attribution not recorded: C5 unknown: undetermined.
# P05 no functional-system assessment: C5 unknown.
# P06 an assessment on 2013-12-01 without a pyramidal grade (cerebellar 2 only): C5 unknown.
# P07 grade 3, lower limb, on the screening day (the window's last day, inside): C5 met.
# P08 grade 3, lower limb, on 2014-01-06 (the day after screening, outside): none left: unknown.
# P09 grade 3 on 2013-06-01, then grade 1 on 2013-12-01: the latest decides: C5 not met.
# P10 on 2013-12-01 grade 1, then grade 2 listed after it on the same day: the last listed: met.
# P11 the same two in the other order: the last listed is grade 1: C5 not met.
# P12 grade 2 on 2013-06-01, then 2013-12-01 without a pyramidal grade (cerebellar 3): the latest
#   with a pyramidal grade is 2013-06-01: C5 met.
# P13 grade 2 on the screening day, grade 1 the day after (outside): C5 met.
# P14 cancer, not the exception: E5 met: ineligible.
# P15 cancer, the excepted excised in situ carcinoma, complete list: E5 not met: eligible.
# P16 cancer, exception not recorded: E5 unknown: undetermined.
# P17 incomplete list; MRI contraindication, other neurological disorder, chronic infection and
#   cancer each looked for and absent: E2-E5 not met: eligible.
# P18 as P17 but an excepted cancer instead of cancer found absent: it does not prove that no
#   other cancer is missing from the incomplete list: E5 unknown.
# P19 incomplete list, nothing recorded: E2-E5 unknown.
# P20 complete list, an excepted cancer and a cancer that is not: E5 met.
# P21 complete list, an excepted cancer and a cancer whose exception is not recorded: unknown.
# P22 incomplete list, a cancer whose exception is not recorded and one that is not excepted:
#   met (E2-E4 unknown): ineligible.
hand_check "hand_ms" "$here/hand_oratorio.jsonl" oratorio hand_oratorio "$work/expected_oratorio.csv"
echo "hand_ms: 9 persons, OPERA's MS course and McDonald revision, 10 persons, ASCLEPIOS's disease duration by EDSS, and 22 persons, ORATORIO's pyramidal grade and cancer history, as worked out by hand, and as trialspec screen"
