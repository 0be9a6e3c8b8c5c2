#!/bin/bash
# differential.sh TOOL WORKDIR PGENV [PATIENTS] - the SQL of each expressible criteria set (sql-core,
# sql-relapses and the bundled trials SAkuraStar, SAkuraSky, PREVENT, N-MOmentum, NCT02249676,
# CHAMPION-NMOSD, OPERA, ORATORIO and ASCLEPIOS) in PostgreSQL against the C++ evaluation
# (`trialspec screen --protocol NAME --format csv`) of the same records, for every person and every
# criterion: 100% agreement or the first disagreements.
# The records: `trialspec synth` (PATIENTS, default 20000; missing diagnosis, AQP4-IgG not tested,
# therapy histories without a completeness date, ongoing courses), made harder by editing ids by
# their last digits: births known to the year only (...3) or to the month (...7), no birth date
# (...29), no sex (...11), births on an age boundary of the set (...41 to ...48: turning 45, 50, 55
# or 60 on the screening day, the day after, or turning 56 the day after), relapse histories
# complete only from the 12-month window's first day (...9) or from 16 days before it (...1), so
# that attacks early in the window may continue an unrecorded report, the investigator's answer to
# SAkuraStar's I1b yes (...5) or no (...6), the diagnostic criteria set removed (...8), an ungraded
# report on the day of the first one (...2), the agents of azathioprine, mycophenolate mofetil and
# prednisone courses named (...0 and ...4) with their last dose change on their first day (...0)
# or, for the ongoing courses, on the screening day (...4), rituximab courses named (...0 and ...4)
# or turned into named mitoxantrone courses (...3), prednisone courses turned into named IV
# immunoglobulin courses (...7); the reproductive facts PREVENT reads, which synth does not write:
# of childbearing potential with contraception and a negative pregnancy test on the 4-week
# window's first day (...0), with no contraception and the test on the day before (...1), with a
# positive test on the screening day (...2), not of childbearing potential (...3), contraception
# with an indeterminate test (...4); the investigator's answer to PREVENT's I6 no (...0) or yes
# (...9); for N-MOmentum, every relapse treated with rescue therapy (second-last digit 0 to 5) or
# not (6, 7; 8, 9: not recorded), lactating (...1, ...3) or not (...5, also not of childbearing
# potential, ...7), interferon beta courses made named investigational agents (...1, ...9), the
# investigator's answers to N-MOmentum's I3, E3 and E4 yes, no, no (...5, ...6), no, yes, yes
# (...0) or yes, no, yes (...9); for NCT02249676 (synth writes MRI, conditions, laboratory results
# and blood pressure, but no condition found absent and no therapy history complete from birth),
# births on its age bounds (turning 81 on the screening day ...49 or the day after ...50, 19 on
# the day ...51 or the day after ...52), the therapy history complete from the birth day (...5,
# so that "no year of therapy" can be proved), conditions looked for and found absent: cardiac,
# renal, other and brain tumour added to a list that has conditions (...6), all six kinds where
# the record has none (...6), or all but "other" and brain tumour (...8); for CHAMPION-NMOSD, a
# birth the day after the 18th birthday would be (...54), weights of 39.99999999999999 kg (...13)
# and 40 kg (...17), the investigator's answers to its I6 yes (...5) or no (...0) and to its I4
# yes (...9) or no (...6, and ...4, whose supportive agents are named), a Neisseria meningitidis infection (...19), interferon beta courses made
# named eculizumab courses (...8); for OPERA (synth writes no MS course, McDonald revision, MRI
# contraindication or other neurological disorder), the MS diagnoses' course RRMS (...0, ...1),
# PPMS (...2), SPMS (...3) or PRMS (...4) and revision McDonald 2010 (second-last digit 0 to 3),
# 2017 (4) or 2005 (5), an MRI contraindication (...23), another neurological disorder (...33),
# the investigator's answers to its E2 and E6 yes and none (...5), no and no (...0, also not
# lactating) or no and yes (...9); for ASCLEPIOS (synth writes no first MS symptoms), the MS
# diagnoses' first symptoms 10 years and a day before screening (second-last digit 0, 1), exactly
# 10 years (2), a day under (3) or on 2010-06-01 (4 to 6), another immune disease (...27), a
# hepatitis B risk (...37), PML findings (...57), the investigator's answer to its E5 no (...0)
# or yes (...9); for ORATORIO (synth writes no functional-system assessment and no cancer), a
# pyramidal grade on 2013-12-01 by the third-last digit: 2 due to the lower limbs (0), 1 (1), 2
# not due to them (2), 2 attribution not recorded (3), 3 on the screening day (4), 3 the day
# after (5), 1 then 2 listed on one day (6), 3 on 2013-06-01 then an assessment without a
# pyramidal grade (7), 2 then 1 on one day (8), none (9); a cancer not the skin or cervix
# exception (...61), the exception (...71), its exception not recorded (...81) or cancer found
# absent (...91), a chronic infection (...39); the investigator's answers to its C1, E8 and I5 yes, no, none (...5, ...6),
# no, no, no (...0) or yes, yes, yes (...9); then the hand-worked cases (hand_cases.jsonl,
# hand_relapses.jsonl, hand_background.jsonl, hand_reproductive.jsonl, hand_rescue.jsonl,
# hand_seed.jsonl, hand_champion.jsonl, hand_ms.jsonl, hand_asclepios.jsonl,
# hand_oratorio.jsonl).
# Then the counts query against the attrition table of `trialspec screen` (compare_counts.sh), for
# every set but PREVENT, N-MOmentum, NCT02249676, CHAMPION-NMOSD, OPERA, ORATORIO and ASCLEPIOS.
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
  -e '/"id":"S[0-9]*9"/ s/"relapses_recorded_since":"[^"]*"/"relapses_recorded_since":"2013-01-05"/' \
  -e '/"id":"S[0-9]*1"/ s/"relapses_recorded_since":"[^"]*"/"relapses_recorded_since":"2012-12-20"/' \
  -e '/"id":"S[0-9]*5"/ s/^\{/{"investigator_judgements":{"NCT02073279.I1b":true},/' \
  -e '/"id":"S[0-9]*6"/ s/^\{/{"investigator_judgements":{"NCT02073279.I1b":false},/' \
  -e '/"id":"S[0-9]*8"/ s/,"criteria":"[a-z0-9]*"//' \
  -e '/"id":"S[0-9]*2"/ s/"relapses":\[\{"onset":"([0-9-]*)"/"relapses":[{"onset":"\1"},{"onset":"\1"/' \
  -e '/"id":"S[0-9]*[04]"/ s/"name":"azathioprine","class":"immunosuppressant"/&,"agent":"azathioprine"/g' \
  -e '/"id":"S[0-9]*[04]"/ s/"name":"rituximab","class":"immunosuppressant"/&,"agent":"rituximab"/g' \
  -e '/"id":"S[0-9]*3"/ s/"name":"rituximab","class":"immunosuppressant"/"name":"mitoxantrone","class":"immunosuppressant","agent":"mitoxantrone"/g' \
  -e '/"id":"S[0-9]*7"/ s/"name":"prednisone","class":"corticosteroid"/"name":"IVIG","class":"immunomodulator","agent":"ivig"/g' \
  -e '/"id":"S[0-9]*[04]"/ s/"name":"mycophenolate mofetil","class":"immunosuppressant"/&,"agent":"mycophenolate_mofetil"/g' \
  -e '/"id":"S[0-9]*[04]"/ s/"name":"prednisone","class":"corticosteroid"/&,"agent":"oral_corticosteroid"/g' \
  -e '/"id":"S[0-9]*0"/ s/("agent":"[a-z_]*","start":"([0-9-]*)")/\1,"stable_since":"\2"/g' \
  -e '/"id":"S[0-9]*4"/ s/("start":"[0-9-]*")\}/\1,"stable_since":"2014-01-05"}/g' \
  -e '/"id":"S[0-9]*0"/ s/^\{/{"childbearing_potential":true,"effective_contraception":true,"pregnancy_test":{"date":"2013-12-08","result":"negative"},/' \
  -e '/"id":"S[0-9]*1"/ s/^\{/{"childbearing_potential":true,"effective_contraception":false,"pregnancy_test":{"date":"2013-12-07","result":"negative"},/' \
  -e '/"id":"S[0-9]*2"/ s/^\{/{"childbearing_potential":true,"pregnancy_test":{"date":"2014-01-05","result":"positive"},/' \
  -e '/"id":"S[0-9]*3"/ s/^\{/{"childbearing_potential":false,"effective_contraception":false,/' \
  -e '/"id":"S[0-9]*4"/ s/^\{/{"effective_contraception":true,"pregnancy_test":{"date":"2013-12-20","result":"indeterminate"},/' \
  -e '/"id":"S[0-9]*0"/ s/^\{/{"investigator_judgements":{"NCT01892345.I6":false},/' \
  -e '/"id":"S[0-9]*9"/ s/^\{/{"investigator_judgements":{"NCT01892345.I6":true},/' \
  -e '/"id":"S[0-9]*[0-5][0-9]"/ s/(\{"onset":"[0-9-]*"[^}]*)\}/\1,"rescue_therapy":true}/g' \
  -e '/"id":"S[0-9]*[67][0-9]"/ s/(\{"onset":"[0-9-]*"[^}]*)\}/\1,"rescue_therapy":false}/g' \
  -e '/"id":"S[0-9]*[13]"/ s/^\{/{"lactating":true,/' \
  -e '/"id":"S[0-9]*5"/ s/^\{/{"lactating":false,"childbearing_potential":false,/' \
  -e '/"id":"S[0-9]*7"/ s/^\{/{"lactating":false,/' \
  -e '/"id":"S[0-9]*[19]"/ s/"name":"interferon beta","class":"immunomodulator"/&,"agent":"investigational"/g' \
  -e '/"id":"S[0-9]*[56]"/ s/"investigator_judgements":\{/&"NCT02200770.I3":true,"NCT02200770.E3":false,"NCT02200770.E4":false,/' \
  -e '/"id":"S[0-9]*0"/ s/"investigator_judgements":\{/&"NCT02200770.I3":false,"NCT02200770.E3":true,"NCT02200770.E4":true,/' \
  -e '/"id":"S[0-9]*9"/ s/"investigator_judgements":\{/&"NCT02200770.I3":true,"NCT02200770.E3":false,"NCT02200770.E4":true,/' \
  -e '/"id":"S[0-9]*49"/ s/"birth_date":"[^"]*"/"birth_date":"1933-01-05"/' \
  -e '/"id":"S[0-9]*50"/ s/"birth_date":"[^"]*"/"birth_date":"1933-01-06"/' \
  -e '/"id":"S[0-9]*51"/ s/"birth_date":"[^"]*"/"birth_date":"1995-01-05"/' \
  -e '/"id":"S[0-9]*52"/ s/"birth_date":"[^"]*"/"birth_date":"1995-01-06"/' \
  -e '/"id":"S[0-9]*5"/ s/("birth_date":"([0-9]{4}-[0-9]{2}-[0-9]{2})".*"therapies_recorded_since":")[^"]*"/\1\2"/' \
  -e '/"id":"S[0-9]*6"/ s/"conditions":\[/&{"code":"cardiac_failure","present":false},{"code":"renal_failure","present":false},{"code":"other","present":false},{"code":"brain_tumor","present":false},/' \
  -e '/"id":"S[0-9]*6"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"cardiac_failure","present":false},{"code":"renal_failure","present":false},{"code":"hepatic_failure","present":false},{"code":"other","present":false},{"code":"allergy","present":false},{"code":"brain_tumor","present":false}],/ }' \
  -e '/"id":"S[0-9]*8"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"cardiac_failure","present":false},{"code":"renal_failure","present":false},{"code":"hepatic_failure","present":false},{"code":"allergy","present":false}],/ }' \
  -e '/"id":"S[0-9]*54"/ s/"birth_date":"[^"]*"/"birth_date":"1996-01-06"/' \
  -e '/"id":"S[0-9]*13"/ s/"weight_kg":[0-9.]*/"weight_kg":39.99999999999999/' \
  -e '/"id":"S[0-9]*17"/ s/"weight_kg":[0-9.]*/"weight_kg":40/' \
  -e '/"id":"S[0-9]*5"/ s/"investigator_judgements":\{/&"NCT04201262.I6":true,/' \
  -e '/"id":"S[0-9]*0"/ s/"investigator_judgements":\{/&"NCT04201262.I6":false,/' \
  -e '/"id":"S[0-9]*9"/ s/"investigator_judgements":\{/&"NCT04201262.I4":true,/' \
  -e '/"id":"S[0-9]*6"/ s/"investigator_judgements":\{/&"NCT04201262.I4":false,/' \
  -e '/"id":"S[0-9]*4"/ s/^\{/{"investigator_judgements":{"NCT04201262.I4":false},/' \
  -e '/"id":"S[0-9]*19"/ s/"conditions":\[/&{"code":"neisseria_meningitidis_infection"},/' \
  -e '/"id":"S[0-9]*19"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"neisseria_meningitidis_infection"}],/ }' \
  -e '/"id":"S[0-9]*8"/ s/"name":"interferon beta","class":"immunomodulator"/"name":"eculizumab","class":"immunosuppressant","agent":"eculizumab"/g' \
  -e '/"id":"S[0-9]*[01]"/ s/"kind":"ms"/&,"ms_course":"rrms"/' \
  -e '/"id":"S[0-9]*2"/ s/"kind":"ms"/&,"ms_course":"ppms"/' \
  -e '/"id":"S[0-9]*3"/ s/"kind":"ms"/&,"ms_course":"spms"/' \
  -e '/"id":"S[0-9]*4"/ s/"kind":"ms"/&,"ms_course":"prms"/' \
  -e '/"id":"S[0-9]*[0-3][0-9]"/ s/"kind":"ms"/&,"mcdonald":2010/' \
  -e '/"id":"S[0-9]*4[0-9]"/ s/"kind":"ms"/&,"mcdonald":2017/' \
  -e '/"id":"S[0-9]*5[0-9]"/ s/"kind":"ms"/&,"mcdonald":2005/' \
  -e '/"id":"S[0-9]*23"/ s/"conditions":\[/&{"code":"mri_contraindication"},/' \
  -e '/"id":"S[0-9]*23"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"mri_contraindication"}],/ }' \
  -e '/"id":"S[0-9]*33"/ s/"conditions":\[/&{"code":"other_neurological_disorder"},/' \
  -e '/"id":"S[0-9]*33"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"other_neurological_disorder"}],/ }' \
  -e '/"id":"S[0-9]*5"/ s/"investigator_judgements":\{/&"NCT01247324.E2":true,/' \
  -e '/"id":"S[0-9]*0"/ s/"investigator_judgements":\{/&"NCT01247324.E2":false,"NCT01247324.E6":false,/' \
  -e '/"id":"S[0-9]*9"/ s/"investigator_judgements":\{/&"NCT01247324.E2":false,"NCT01247324.E6":true,/' \
  -e '/"id":"S[0-9]*0"/ s/^\{/{"lactating":false,/' \
  -e '/"id":"S[0-9]*[01][0-9]"/ s/"kind":"ms"/&,"first_symptom":"2004-01-04"/' \
  -e '/"id":"S[0-9]*2[0-9]"/ s/"kind":"ms"/&,"first_symptom":"2004-01-05"/' \
  -e '/"id":"S[0-9]*3[0-9]"/ s/"kind":"ms"/&,"first_symptom":"2004-01-06"/' \
  -e '/"id":"S[0-9]*[4-6][0-9]"/ s/"kind":"ms"/&,"first_symptom":"2010-06-01"/' \
  -e '/"id":"S[0-9]*27"/ s/"conditions":\[/&{"code":"immune_disease_other_than_ms"},/' \
  -e '/"id":"S[0-9]*27"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"immune_disease_other_than_ms"}],/ }' \
  -e '/"id":"S[0-9]*37"/ s/"conditions":\[/&{"code":"hepatitis_b_risk"},/' \
  -e '/"id":"S[0-9]*37"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"hepatitis_b_risk"}],/ }' \
  -e '/"id":"S[0-9]*57"/ s/"conditions":\[/&{"code":"pml_findings"},/' \
  -e '/"id":"S[0-9]*57"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"pml_findings"}],/ }' \
  -e '/"id":"S[0-9]*0"/ s/"investigator_judgements":\{/&"NCT02792218.E5":false,/' \
  -e '/"id":"S[0-9]*9"/ s/"investigator_judgements":\{/&"NCT02792218.E5":true,/' \
  -e '/"id":"S[0-9]*0[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2013-12-01","pyramidal":2,"pyramidal_lower_limb":true}],/' \
  -e '/"id":"S[0-9]*1[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2013-12-01","pyramidal":1,"pyramidal_lower_limb":true}],/' \
  -e '/"id":"S[0-9]*2[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2013-12-01","pyramidal":2,"pyramidal_lower_limb":false}],/' \
  -e '/"id":"S[0-9]*3[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2013-12-01","pyramidal":2}],/' \
  -e '/"id":"S[0-9]*4[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2014-01-05","pyramidal":3,"pyramidal_lower_limb":true}],/' \
  -e '/"id":"S[0-9]*5[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2014-01-06","pyramidal":3,"pyramidal_lower_limb":true}],/' \
  -e '/"id":"S[0-9]*6[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2013-12-01","pyramidal":1,"pyramidal_lower_limb":true},{"date":"2013-12-01","pyramidal":2,"pyramidal_lower_limb":true}],/' \
  -e '/"id":"S[0-9]*7[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2013-06-01","pyramidal":3,"pyramidal_lower_limb":true},{"date":"2013-12-01","cerebellar":2}],/' \
  -e '/"id":"S[0-9]*8[0-9][0-9]"/ s/^\{/{"functional_systems":[{"date":"2013-12-01","pyramidal":2,"pyramidal_lower_limb":true},{"date":"2013-12-01","pyramidal":1,"pyramidal_lower_limb":true}],/' \
  -e '/"id":"S[0-9]*61"/ s/"conditions":\[/&{"code":"cancer","excised_skin_or_cervix_in_situ":false},/' \
  -e '/"id":"S[0-9]*61"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"cancer","excised_skin_or_cervix_in_situ":false}],/ }' \
  -e '/"id":"S[0-9]*71"/ s/"conditions":\[/&{"code":"cancer","excised_skin_or_cervix_in_situ":true},/' \
  -e '/"id":"S[0-9]*71"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"cancer","excised_skin_or_cervix_in_situ":true}],/ }' \
  -e '/"id":"S[0-9]*81"/ s/"conditions":\[/&{"code":"cancer"},/' \
  -e '/"id":"S[0-9]*81"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"cancer"}],/ }' \
  -e '/"id":"S[0-9]*91"/ s/"conditions":\[/&{"code":"cancer","present":false},/' \
  -e '/"id":"S[0-9]*91"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"cancer","present":false}],/ }' \
  -e '/"id":"S[0-9]*39"/ s/"conditions":\[/&{"code":"chronic_infection"},/' \
  -e '/"id":"S[0-9]*39"/ { /"conditions":\[/! s/^\{/{"conditions":[{"code":"chronic_infection"}],/ }' \
  -e '/"id":"S[0-9]*[56]"/ s/"investigator_judgements":\{/&"NCT01194570.C1":true,"NCT01194570.E8":false,/' \
  -e '/"id":"S[0-9]*0"/ s/"investigator_judgements":\{/&"NCT01194570.C1":false,"NCT01194570.E8":false,"NCT01194570.I5":false,/' \
  -e '/"id":"S[0-9]*9"/ s/"investigator_judgements":\{/&"NCT01194570.C1":true,"NCT01194570.E8":true,"NCT01194570.I5":true,/' \
  "$work/synth.jsonl" >"$work/cohort.jsonl"
cat "$here/hand_cases.jsonl" "$here/hand_relapses.jsonl" "$here/hand_background.jsonl" "$here/hand_reproductive.jsonl" \
  "$here/hand_rescue.jsonl" "$here/hand_seed.jsonl" "$here/hand_champion.jsonl" "$here/hand_ms.jsonl" \
  "$here/hand_asclepios.jsonl" "$here/hand_oratorio.jsonl" >>"$work/cohort.jsonl"
for what in '"birth_date":"[0-9]{4}"' '"birth_date":"[0-9]{4}-[0-9]{2}"' '"birth_date":"1959-01-05"' \
  '"id":"S[0-9]*9".*"relapses_recorded_since":"2013-01-05"' '"NCT02073279.I1b":false\},"id"' \
  '"criteria":"wingerchuk2006"' '"agent":"oral_corticosteroid","start":"[0-9-]*","stable_since"' \
  '"agent":"azathioprine","start":"[0-9-]*","stable_since":"2014-01-05"\}' '"agent":"rituximab"' '"agent":"mitoxantrone"' '"agent":"ivig"' \
  '"pregnancy_test":\{"date":"2013-12-07","result":"negative"\}' '"NCT01892345.I6":false' '"rescue_therapy":false' '"agent":"investigational"' \
  '"NCT02200770.E3":true' '"lactating":true' '"birth_date":"1933-01-05"' \
  '"conditions":\[\{"code":"cardiac_failure","present":false\},\{"code":"renal_failure","present":false\},\{"code":"other"' \
  '"id":"S[0-9]*5".*"birth_date":"([0-9-]{10})".*"therapies_recorded_since":"\1"' \
  '"birth_date":"1996-01-06"' '"weight_kg":39.99999999999999' '"NCT04201262.I6":false' '"NCT04201262.I4":true' \
  '"code":"neisseria_meningitidis_infection"' '"agent":"eculizumab"' '"relapses":\[\{"onset":"([0-9-]*)"\},\{"onset":"\1"' \
  '"kind":"ms",("first_symptom":"[0-9-]*",)?"mcdonald":2017,"ms_course":"ppms"' '"code":"mri_contraindication"' '"code":"other_neurological_disorder"' \
  '"NCT01247324.E2":true' '"NCT01247324.E6":true' '^\{"lactating":false,"investigator_judgements"' \
  '"kind":"ms","first_symptom":"2004-01-05"' '"code":"immune_disease_other_than_ms"' '"code":"hepatitis_b_risk"' \
  '"code":"pml_findings"' '"NCT02792218.E5":true' '"functional_systems":\[\{"date":"2014-01-06"' \
  '"functional_systems":\[\{"date":"2013-12-01","pyramidal":2,"pyramidal_lower_limb":true\},\{"date":"2013-12-01","pyramidal":1' \
  '"code":"cancer","excised_skin_or_cervix_in_situ":false' '"code":"cancer","present":false' '"NCT01194570.E8":true' \
  '"NCT01194570.I5":false' '"code":"chronic_infection"'; do
  grep -Eq "$what" "$work/cohort.jsonl" || { echo "differential: no record matches $what: the edits no longer apply to synth's output" >&2; exit 1; }
done
"$tool" omop-export "$work/cohort.jsonl" "$work/omop" --schema differential
psql -q -v ON_ERROR_STOP=1 -f "$work/omop/load.sql" >/dev/null
for protocol in sql-core sql-relapses sakurastar sakurasky prevent n-momentum nct02249676 champion-nmosd opera oratorio asclepios; do
  w="$work/$protocol"
  mkdir -p "$w"
  "$tool" sql --protocol "$protocol" --as-of 2014-01-05 --schema differential >"$w/query.sql"
  start=$(date +%s.%N)
  psql -v ON_ERROR_STOP=1 --csv -f "$w/query.sql" >"$w/sql.csv"
  end=$(date +%s.%N)
  "$tool" screen "$work/cohort.jsonl" --protocol "$protocol" --as-of 2014-01-05 --format csv --quiet >"$w/screen.csv"
  echo "differential: $protocol"
  bash "$here/compare.sh" "$w/sql.csv" "$w/screen.csv"
  # The counts query is the same for every set (sql/query.hpp): checked on the first four, so that
  # PREVENT, N-MOmentum, NCT02249676, CHAMPION-NMOSD, OPERA, ORATORIO and ASCLEPIOS cost one more
  # screening of the cohort each, not two.
  if [ "$protocol" != prevent ] && [ "$protocol" != n-momentum ] && [ "$protocol" != nct02249676 ] &&
    [ "$protocol" != champion-nmosd ] && [ "$protocol" != opera ] && [ "$protocol" != oratorio ] && [ "$protocol" != asclepios ]; then
    "$tool" sql --protocol "$protocol" --as-of 2014-01-05 --schema differential --counts >"$w/counts.sql"
    psql -v ON_ERROR_STOP=1 --csv -f "$w/counts.sql" >"$w/counts.csv"
    "$tool" screen "$work/cohort.jsonl" --protocol "$protocol" --as-of 2014-01-05 --quiet >"$w/screen.txt"
    bash "$here/compare_counts.sh" "$w/counts.csv" "$w/screen.txt"
  fi
  # Every criterion takes each of its three values somewhere in the cohort (else the agreement
  # says little about it).
  awk -F, -v p="$protocol" 'NR == 1 { for (i = 3; i <= NF; ++i) id[i] = $i; n = NF; next }
    { s[$2]++; for (i = 3; i <= NF; ++i) v[i, $i]++ }
    END {
      printf "differential: %s statuses", p; for (k in s) printf " %s %d", k, s[k]; print ""
      for (i = 3; i <= n; ++i) {
        printf "differential: %s %s met %d, not_met %d, unknown %d\n", p, id[i], v[i, "met"], v[i, "not_met"], v[i, "unknown"]
        if (!v[i, "met"] || !v[i, "not_met"] || !v[i, "unknown"]) { printf "differential: %s %s does not take all three values\n", p, id[i] > "/dev/stderr"; bad = 1 }
      }
      exit bad
    }' "$w/sql.csv"
  echo "differential: $protocol: the query took $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') s in PostgreSQL"
done
