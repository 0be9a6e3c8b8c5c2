# trialspec screen / criteria --protocol NAME over the three MS trials (issue 18), and match's
# grouping by status.
#
# Each bundled cohort (examples/data/<name>-cohort.json) is built from one eligible patient by
# changing one thing each; the expected rows (data/<name>_screen.csv.out) were worked out by hand
# as of 2024-03-15 from the registry wording and the printed readings (1 year back: 2023-03-15;
# 2 years: 2022-03-15; 30 days: 2024-02-14; a 10th or 15th anniversary on 2024-03-15 is exactly
# 10 or 15 years, neither "less than" nor "more than").
#  ASCLEPIOS I: A01 eligible (40, RRMS, relapse 2023-08-01, EDSS 3.0, first symptom 2019-06-01,
#   complete condition list, E5 judged no). A02 SPMS, no relapse, 1 Gd lesion 2023-05-01: eligible
#   (I4 by the MRI). A03 turns 56 on 2024-03-15 (I1). A04 diagnosis other (I2). A05 PPMS (I3 and
#   E1). A06 one relapse 2023-03-14 and a scan without Gd lesions (I4); A07 the relapse on
#   2023-03-15: eligible. A08 EDSS 6.0 (I5). A09 EDSS 2.0, first symptom 2014-03-14: more than 10
#   years (E2); A10 first symptom 2014-03-15: exactly 10, eligible; A11 EDSS 2.5 with 24 years:
#   the EDSS > 2.0 row, eligible. A12-A14 immune disease, hepatitis risk, PML findings (E3-E5).
#   A15 no EDSS, 4 years' duration: I5 unknown, E2 not met under both rows. A16 no EDSS, 14 years:
#   the rows disagree (I5, E2 unknown). A17 EDSS 2.0, no first symptom (E2 unknown). A18 condition
#   list not complete, E5 not answered (E3-E5 unknown).
#  OPERA I: O01 eligible (40, RRMS, McDonald 2010, relapses 2022-09-01 and 2023-08-01, EDSS 3.0,
#   not pregnant, not lactating, E2 and E6 judged no). O02 one relapse 2023-08-01: eligible. O03 17
#   (Age). O04 McDonald 2017 (I1). O05 McDonald revision not recorded (I1 unknown). O06 one relapse
#   2023-03-14 (I2). O07 a relapse 2024-02-14, 30 days before screening (I2, I3); O08 2024-02-13:
#   eligible. O09 EDSS 6.0 (I4). O10 PPMS (E1). O11 E2 judged yes. O12 MRI contraindication (E3).
#   O13 another neurological disorder (E4). O14 pregnant, O15 lactating (E5). O16 E6 judged yes.
#   O17 E2 and E6 not answered (unknown). O18 relapse list not complete: 2 in 2 years counts, but
#   no relapse in the 30 days cannot be shown (I2, I3 unknown).
#  ORATORIO: R01 eligible (49, a man not of reproductive potential, PPMS by McDonald 2010, EDSS
#   4.5, first symptom 2016-01-01, pyramidal 2 due to the lower limbs, no therapy since birth,
#   C1 judged yes, E8 judged no). R02 a woman of reproductive potential, two methods judged yes,
#   EDSS 5.5 and first symptom 2010-03-16 (under 15 years): eligible (the registry's overlapping
#   "< 10 years if EDSS >= 5.0" would exclude her: policy R5). R03 turns 56 (I1). R04 RRMS (I2,
#   E1). R05 McDonald 2017 (I2). R06 EDSS 2.5, R07 EDSS 7.0 (I3). R08 EDSS 5.0 and exactly 10
#   years (I4); R09 a day under 10 years: eligible. R10 EDSS 5.5 and exactly 15 years (I4). R11
#   two methods judged no (I5). R12 pyramidal 1 (C5), R13 pyramidal 2 not due to the lower limbs
#   (C5), R14 attribution not recorded (C5 unknown). R15-R17 MRI contraindication, another
#   neurological disorder, latent tuberculosis (E2-E4). R18 breast cancer (E5); R19 an excised
#   basal cell carcinoma: eligible. R20 rituximab in 2019 (E6). R21 fingolimod 2015 (E7). R22
#   therapy history complete only since 2015 (E6, E7 unknown). R23 E8 judged yes. R24 first
#   symptom not recorded (I4 unknown).
foreach(trial IN ITEMS opera oratorio asclepios)
  trialspec_cli_test(screen_${trial}_csv ARGS screen ../../data/${trial}-cohort.json --as-of 2024-03-15 --protocol ${trial} --format csv
    EXPECT_OUTPUT data/${trial}_screen.csv.out)
  trialspec_cli_test(screen_${trial}_text ARGS screen ../../data/${trial}-cohort.json --as-of 2024-03-15 --protocol ${trial}
    EXPECT_STDOUT "screening as of 2024-03-15 \\(reading: registry\\)")
  trialspec_cli_test(criteria_${trial} ARGS criteria --protocol ${trial} EXPECT_STDOUT "Readings of the registry text:")
  trialspec_cli_test(criteria_${trial}_json ARGS criteria --protocol ${trial} --format json EXPECT_STDOUT "\"reading\": \"registry\"")
endforeach()
# The NCT ids work too.
trialspec_cli_test(screen_oratorio_by_id ARGS screen ../../data/oratorio-cohort.json --as-of 2024-03-15 --protocol nct01194570 --format csv
  EXPECT_OUTPUT data/oratorio_screen.csv.out)
trialspec_cli_test(screen_opera_by_id ARGS screen ../../data/opera-cohort.json --as-of 2024-03-15 --protocol NCT01247324 --format csv
  EXPECT_OUTPUT data/opera_screen.csv.out)
trialspec_cli_test(screen_asclepios_by_id ARGS screen ../../data/asclepios-cohort.json --as-of 2024-03-15 --protocol NCT02792218 --format csv
  EXPECT_OUTPUT data/asclepios_screen.csv.out)
# Where the record is cut, the printed criteria say so; the ORATORIO table's reading is printed.
trialspec_cli_test(criteria_opera_cut_record ARGS criteria --protocol opera
  EXPECT_STDOUT "E2: Disease duration of more than 10 years in patients with EDSS score less than or equal to \\( \\[cut in the source\\]")
trialspec_cli_test(criteria_oratorio_duration_reading ARGS criteria --protocol oratorio
  EXPECT_STDOUT "if EDSS > 5.0, disease duration from the first MS symptoms below 15 years; if EDSS <= 5.0, disease duration from the first MS symptoms below 10 years.*R5 I4 overlapping conditions: ")
trialspec_cli_test(criteria_asclepios_e2_table ARGS criteria --protocol asclepios
  EXPECT_STDOUT "if EDSS <= 2.0, disease duration from the first MS symptoms above 10 years; if EDSS > 2.0, not met \\(the text sets no requirement\\)")
trialspec_cli_test(protocols_list_ms ARGS protocols
  EXPECT_STDOUT "\nopera           NCT01247324  OPERA I         A Study of Ocrelizumab[^\n]*\noratorio        NCT01194570  ORATORIO        [^\n]*\nasclepios       NCT02792218  ASCLEPIOS I     Efficacy and Safety of Ofatumumab")
# trialspec match groups each patient's trials by status. O01 (OPERA's eligible patient, a woman
# of 40 with RRMS) is eligible for OPERA I only: ASCLEPIOS I cannot decide E5 (her record has no
# answer for NCT02792218.E5; everything else holds), ORATORIO excludes RRMS (I2, E1), and
# NCT02249676 and the NMOSD trials need an NMO/NMOSD diagnosis, so they are ineligible and come
# last. R01 (ORATORIO's eligible patient, PPMS) is eligible for ORATORIO only and ineligible for
# every other trial (PPMS: OPERA I's E1, ASCLEPIOS I's I3 and E1). Her record has no relapse list,
# no MRI and no answers to OPERA I's E2 and E6 or ASCLEPIOS I's E5, so those stay undecided beside
# the failures (OPERA I: I2, I3, E2, E6; ASCLEPIOS I: I4, E5); E5 of OPERA I (pregnancy or
# lactation) is not met for a man.
trialspec_cli_test(match_groups_by_status ARGS match ../../data/opera-cohort.json --as-of 2024-03-15
  EXPECT_STDOUT "^Matching as of 2024-03-15\nO01:\n  eligible:\n    NCT01247324 \\(OPERA I\\)\n  undetermined:\n    NCT02792218 \\(ASCLEPIOS I\\): would be decided by: E5\n  ineligible:\n    NCT02249676: failed: ")
trialspec_cli_test(match_oratorio_patient ARGS match ../../data/oratorio-cohort.json --as-of 2024-03-15
  EXPECT_STDOUT "R01:\n  eligible:\n    NCT01194570 \\(ORATORIO\\)\n  ineligible:\n    NCT02249676: failed: [^\n]*\n    NCT01892345 \\(PREVENT\\): failed: I2[;\n].*    NCT01247324 \\(OPERA I\\): failed: E1; would be decided by: I2, I3, E2, E6\n    NCT02792218 \\(ASCLEPIOS I\\): failed: I3, E1; would be decided by: I4, E5\nR02:")
trialspec_cli_test(match_ms_csv ARGS match ../../data/oratorio-cohort.json --as-of 2024-03-15 --format csv
  EXPECT_STDOUT "\nR01,NCT01194570,eligible,,\nR01,NCT02792218,ineligible,I3;E1,I4;E5\n")
