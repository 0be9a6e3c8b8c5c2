# trialspec screen and trialspec criteria over NCT02249676.
#
# The bundled cohort (examples/data/nct02249676-cohort.json) has 30 patients built from one
# eligible patient (N01) by changing one thing each; the expected status of each, worked out by
# hand as of 2014-01-05 under the registry reading (windows: 18 months = 2012-07-05..2014-01-05,
# 3 months = 2013-10-05..2014-01-05):
#  N01 eligible: every inclusion met, every exclusion not met.
#  N02 eligible: male (pregnancy not recorded: not met for a man); relapse outside 18 months, but
#      2 Gd lesions on a double-dose scan meet I4c and I5b.
#  N03 I1 not met (MS).  N04 I2 not met (18 on the day: not above 18).  N05 I2 not met (81).
#  N06 I3 not met (latest EDSS 3.0 is not above 3.0).
#  N07 undetermined I4: first listed therapy 2013-03-01, less than a year before screening, but the
#      therapy list is complete only since 2008-01-01 (born 1975): an earlier course cannot be ruled
#      out, so "a year of attempted therapy" is unknown, not "not met" (issue 15).
#  N08 eligible: two courses, the first started 2012-06-01 (a year since the first start; no
#      single listed course lasted a year: undetermined with --therapy-duration continuous, since
#      a year-long course before 2008 is not ruled out).
#  N09 I4 and I5 not met: no relapse in 18 months, EDSS 4.0 -> 4.0, no lesions on a double-dose
#      scan.  N10 I5 not met: as N09 but EDSS 3.5 -> 4.5 (+1.0 from 3.5) meets I4a.
#  N11 E1 met: azathioprine ongoing.  N12 E2: significant renal failure.  N13 E3: allergy.
#  N14 E4: pregnant.  N15 E5: cannot consent.  N16-N19 E6: brain tumour, HIV positive, tumour
#  marker positive, BP 205/100 (systolic >= 200; not both components: eligible with --bp both).
#  N20 E7: judged unsuitable.
#  Undetermined: N21 no birth date (I2); N22 no EDSS (I3; I4 still met by I4b); N23 only an
#  ungraded relapse, one EDSS, no MRI (I4, I5; eligible with --severity any); N24 pregnancy not
#  established (E4); N25 no HIV test (E6); N26 therapy history not documented complete (E1); N27
#  condition list not complete (E2, E3, E6); N28 consent and judgement not recorded (E5, E7).
#  N29 eligible: NMO, two graded relapses (with --counts exactly-one "1 relapse" is not met and no
#      MRI leaves the lesion parts of I5 unknown: undetermined).
#  N30 eligible: EDSS 5.0 -> 6.0 where the protocol's table has no threshold; the gap lies between
#      the rows' +1.0 and +0.5, so +1.0 is a worsening whatever it means (I4a met); the only Gd
#      lesion is on a single-dose scan (I4c unknown); I5b (any dose) is met. Undetermined on I5
#      with --gd-doses double-or-triple (the single-dose scan no longer counts for I5b).
# The further readings (issue 15) change no bundled patient but one: no two relapse reports are
# less than 30 days apart (--attack-gap 0), every EDSS, HIV, tumour-marker and blood-pressure
# value used is from the 3 months before 2014-01-05 (--recency 3-months), N30 is already eligible
# (--single-dose), no patient takes a corticosteroid in the washout (--corticosteroids), Q9 and Q10
# do not touch the criteria; with --allergies significant N13's allergy, not graded for
# significance, leaves E3 unknown: undetermined.
# data/screen_small.json is N01, N09, N22 as S1, S2, S3; its attrition was counted by hand (S2 is
# removed at I4; S3 stays unknown at I3, so "passing" drops to 2 there and to 1 from I4 on).
# The attrition of the bundled cohort (data/screen_bundled_text.out) follows from that table:
# removed at I1 N03; I2 N04 N05; I3 N06; I4 N09; I5 N10; E1-E5 one each; E6 N16-N19; E7 N20.
set(cohort ../../data/nct02249676-cohort.json)
trialspec_cli_test(screen_bundled_text ARGS screen ${cohort} --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_bundled_text.out)
trialspec_cli_test(screen_bundled_csv ARGS screen ${cohort} --as-of 2014-01-05 --format csv
  EXPECT_OUTPUT data/screen_default.csv.out)
trialspec_cli_test(screen_registry_reading_stated ARGS screen ${cohort} --as-of 2014-01-05 --format csv --age over-18-to-80 --bp either
  EXPECT_OUTPUT data/screen_default.csv.out)
foreach(variant
    "age_18_to_80|--age|18-to-80" "age_over_18|--age|over-18" "severity_any|--severity|any"
    "therapy_continuous|--therapy-duration|continuous" "counts_exactly_one|--counts|exactly-one"
    "gd_any|--gd-doses|any" "gd_double_or_triple|--gd-doses|double-or-triple" "bp_both|--bp|both"
    "thresholds_standard|--thresholds|standard" "thresholds_cut55|--thresholds|cut55"
    "attack_gap_0|--attack-gap|0" "recency_3_months|--recency|3-months" "single_dose_counts|--single-dose|positive-counts"
    "corticosteroids|--corticosteroids|immune-inhibitors" "allergies_significant|--allergies|significant"
    "control_as_registered|--control-arm|as-registered" "design_publication|--design|single-arm-fixed-dose")
  string(REPLACE "|" ";" parts "${variant}")
  list(GET parts 0 name)
  list(GET parts 1 option)
  list(GET parts 2 value)
  trialspec_cli_test(screen_${name} ARGS screen ${cohort} --as-of 2014-01-05 --format csv ${option} ${value}
    EXPECT_OUTPUT data/screen_${name}.csv.out)
endforeach()
trialspec_cli_test(screen_small_text ARGS screen data/screen_small.json --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_small_text.out)
trialspec_cli_test(screen_small_markdown ARGS screen data/screen_small.json --as-of 2014-01-05 --format markdown
  EXPECT_OUTPUT data/screen_small_markdown.out)
trialspec_cli_test(screen_small_json ARGS screen data/screen_small.json --as-of 2014-01-05 --format json
  EXPECT_OUTPUT data/screen_small_json.out)
trialspec_cli_test(screen_explain ARGS screen data/screen_small.json --as-of 2014-01-05 --explain)
trialspec_cli_test(screen_default_date ARGS screen data/screen_small.json --format csv)
# Bad input: exit 2 naming file, patient, key and value; no partial output.
trialspec_cli_test(screen_bad_key ARGS screen data/screen_bad_key.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_STDERR "screen_bad_key.json:3: patient \"B-2\" \\(#2\\): edss_score \"4.5\": unknown key")
trialspec_cli_test(screen_bad_value ARGS screen data/screen_bad_value.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_STDERR "patient \"B-2\" \\(#2\\): edss\\[0\\]\\.score \"5.25\": an EDSS score must be")
trialspec_cli_test(screen_bad_json ARGS screen data/screen_bad_json.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_STDERR "screen_bad_json.json: cohort JSON \"byte")
trialspec_cli_test(screen_missing_file ARGS screen data/screen_no_such_file.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_STDERR "cannot be opened")
# Bad usage: exit 64.
trialspec_cli_test(screen_no_file ARGS screen --as-of 2014-01-05 EXPECT_EXIT 64 EXPECT_STDERR "a cohort file is required")
trialspec_cli_test(screen_bad_date ARGS screen ${cohort} --as-of 2014-02-30
  EXPECT_EXIT 64 EXPECT_STDERR "February 2014 has 28 days")
trialspec_cli_test(screen_bad_format ARGS screen ${cohort} --format xml EXPECT_EXIT 64 EXPECT_STDERR "--format xml: expected one of")
trialspec_cli_test(screen_bad_reading ARGS screen ${cohort} --age 21 EXPECT_EXIT 64 EXPECT_STDERR "--age 21: expected one of")
# Readings combine in one run: each of these four changes one patient (the table above), and no
# patient depends on two of them, so together they change the four rows at once: N04 eligible
# (18 on the day meets "18 to 80"), N13 undetermined (allergy not graded), N19 eligible (205/100
# is not both components), N23 eligible (the ungraded relapse counts). Given in any order.
trialspec_cli_test(screen_four_readings ARGS screen ${cohort} --as-of 2014-01-05 --format csv
  --bp both --allergies significant --age 18-to-80 --severity any EXPECT_OUTPUT data/screen_four_readings.csv.out)
trialspec_cli_test(screen_four_readings_label ARGS screen data/screen_small.json --as-of 2014-01-05
  --bp both --allergies significant --age 18-to-80 --severity any
  EXPECT_STDOUT "reading: registry, --age 18-to-80, --severity any, --bp both, --allergies significant")

trialspec_cli_test(screen_unknown_option ARGS screen ${cohort} --loud EXPECT_EXIT 64 EXPECT_STDERR "unknown option '--loud'")

trialspec_cli_test(criteria_text ARGS criteria)
trialspec_cli_test(criteria_markdown ARGS criteria --format markdown)
trialspec_cli_test(criteria_json ARGS criteria --format json --bp both)
trialspec_cli_test(criteria_bad_format ARGS criteria --format csv EXPECT_EXIT 64 EXPECT_STDERR "--format csv: expected one of text, markdown, json")

# Births known to the year or month (README, "Imprecise dates"): on 2014-01-05, born "1995" is 18
# or 19, so I2 ("Age > 18 year") is unknown; born "1990" is 23 or 24 (met); born "1995-12" is 18
# on every day of that month (not met). The JSON Lines reader hands such dates to the library's.
trialspec_cli_test(screen_year_of_birth ARGS screen data/screen_year_of_birth.jsonl --as-of 2014-01-05 --explain
  EXPECT_STDOUT "Y-1995 as of 2014-01-05: undetermined\n.*\\[unknown\\] age 18 or 19 on 2014-01-05 \\(born in 1995, month and day unknown\\): above 18 depends on the birthday\n.*\\[met\\] age 23 or 24 on 2014-01-05 \\(born in 1990, month and day unknown\\) is above 18\n.*Y-1995-12 as of 2014-01-05: ineligible\n.*\\[not met\\] age 18 on 2014-01-05 \\(born in 1995-12, day unknown\\) is not above 18\n")

# MRI dates known to the month (README, "Imprecise dates"): I5's window is the 18 months before
# 2014-01-05, [2012-07-05, 2014-01-05]. Every day of August 2012 is in it (met); July 2012 is
# partly before it (07-01..07-04), so the scan may or may not count (unknown).
trialspec_cli_test(screen_imprecise_mri ARGS screen data/screen_imprecise_mri.jsonl --as-of 2014-01-05 --explain
  EXPECT_STDOUT "M-2012-08 as of 2014-01-05: .*\\[met\\] 1 Gd-enhancing lesion on the MRI of 2012-08 \\(day unknown\\) \\(double dose\\), at least 1 required\n.*M-2012-07 as of 2014-01-05: .*\\[unknown\\] the MRI of 2012-07 \\(day unknown\\) may or may not be from 2012-07-05 to 2014-01-05; ")

# Relapse onsets known to the month (README, "Imprecise dates"): I4b counts moderate or severe
# attacks in [2012-07-05, 2014-01-05], the histories complete since 2010-01-01. Every day of August
# 2012 is in the window (met); July 2012 is partly before it (07-01..07-04: unknown); a moderate
# report in March 2013 and a severe one on 2013-03-20 are at most 19 days apart, one severe attack
# on every day (met).
trialspec_cli_test(screen_imprecise_relapses ARGS screen data/screen_imprecise_relapses.jsonl --as-of 2014-01-05 --explain
  EXPECT_STDOUT "R-2012-08 as of 2014-01-05: .*\\[met\\] 1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05; relapse in 2012-08 \\(day unknown\\) severe; required: at least 1\n.*R-2012-07 as of 2014-01-05: .*\\[unknown\\] 0 relapses of moderate or severe severity from 2012-07-05 to 2014-01-05; relapse in 2012-07 \\(day unknown\\) severe \\(may be outside the window\\); required: at least 1\n.*R-2013-03 as of 2014-01-05: .*\\[met\\] 1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05; reports 2013-03 \\(day unknown\\) moderate, 2013-03-20 severe: one attack; required: at least 1\n")
# An onset in none of the three forms: the library's error, naming the key and the text.
trialspec_cli_test(screen_imprecise_relapse_bad ARGS screen data/screen_imprecise_relapse_bad.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "patient \"R-bad\" \\(#1\\): relapses\\[0\\]\\.onset \"2013-3\": expected an ISO 8601 date")

# Blood pressure dates known to the month (README, "Imprecise dates"): E6d reads the latest reading
# on or before 2014-01-05 under the registry reading. March 2013 is wholly before it (210 systolic
# reaches 200: met); January 2014 is partly after it (01-06..01-31: no reading, unknown).
trialspec_cli_test(screen_imprecise_vitals ARGS screen data/screen_imprecise_vitals.jsonl --as-of 2014-01-05 --explain
  EXPECT_STDOUT "B-2013-03 as of 2014-01-05: .*\\[met\\] blood pressure 210/100 mmHg on 2013-03 \\(day unknown\\): systolic 210 reaches 200\n.*B-2014-01 as of 2014-01-05: .*\\[unknown\\] blood pressure 150/90 mmHg on 2014-01 \\(day unknown\\) may or may not be up to 2014-01-05\n")
trialspec_cli_test(screen_imprecise_vitals_bad ARGS screen data/screen_imprecise_vitals_bad.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "patient \"B-bad\" \\(#1\\): blood_pressure\\[0\\]\\.date \"2013-3\": expected an ISO 8601 date")
# EDSS dates known to the month (README, "Imprecise dates"). I3 reads the latest EDSS up to
# 2014-01-05: 3.5 in October 2013 is above 3.0 (met); 4.5 in January 2014 is after screening on
# 01-06..01-31 (unknown). I4a: September 2012 and October 2013 are both in [2012-07-05,
# 2014-01-05] and cannot be one day: 2.0 -> 3.5 is +1.5, at least the +1.0 required (met).
trialspec_cli_test(screen_imprecise_edss ARGS screen data/screen_imprecise_edss.jsonl --as-of 2014-01-05 --explain
  EXPECT_STDOUT "E-months as of 2014-01-05: .*\\[met\\] last EDSS 3\\.5 on 2013-10 \\(day unknown\\) is above 3\\.0\n.*\\[met\\] first EDSS on 2012-09 \\(day unknown\\), last on 2013-10 \\(day unknown\\): EDSS 2\\.0 -> 3\\.5: worsening \\+1\\.5.*E-2014-01 as of 2014-01-05: .*\\[unknown\\] EDSS 4\\.5 on 2014-01 \\(day unknown\\) may or may not be up to 2014-01-05\n")
trialspec_cli_test(screen_imprecise_edss_bad ARGS screen data/screen_imprecise_edss_bad.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "patient \"E-bad\" \\(#1\\): edss\\[1\\]\\.date \"2013-3\": expected an ISO 8601 date")
# Therapy dates known to the month (README, "Imprecise dates"), the therapy history complete since
# birth. I4.0 (a year of therapy since its first start, up to 2014-01-05): a first start in
# December 2012 is on or before 2012-12-31, a year before 2013-12-31 (met); one in January 2013 is
# a year before screening only on 01-01..01-05 (unknown). E1 (immunotherapy in [2013-10-05,
# 2014-01-05]): a course ended in September 2013 ended before the window (not met); one ended in
# October 2013 ended 10-01..10-04 (before it) or 10-05..10-31 (in it) (unknown).
trialspec_cli_test(screen_imprecise_therapies ARGS screen data/screen_imprecise_therapies.jsonl --as-of 2014-01-05 --explain
  EXPECT_STDOUT "T-2012-12 as of 2014-01-05: .*\\[met\\] I4\\.0: after at least a year of attempted therapy\n *\\[met\\] immunosuppressant, immunomodulator or corticosteroid therapy first started 2012-12 \\(day unknown\\) \\(azathioprine\\), at least 1 year before 2014-01-05\n.*exclusion E1 \\[not met\\] [^\n]*\n *\\[not met\\] no immunosuppressant or immunomodulator therapy from 2013-10-05 to 2014-01-05\n.*T-2013-01 as of 2014-01-05: .*\\[unknown\\] I4\\.0: after at least a year of attempted therapy\n *\\[unknown\\] azathioprine \\(immunosuppressant\\) from 2013-01 \\(day unknown\\) to 2013-10 \\(day unknown\\) may give 1 year of [^\n]* since a first start up to 2014-01-05, depending on the days\n.*exclusion E1 \\[unknown\\] [^\n]*\n *\\[unknown\\] azathioprine \\(immunosuppressant\\) from 2013-01 \\(day unknown\\) to 2013-10 \\(day unknown\\) may overlap from 2013-10-05 to 2014-01-05, depending on the days\n")
# A therapy start in none of the three forms: the library's error, naming the key and the text.
trialspec_cli_test(screen_imprecise_therapy_bad ARGS screen data/screen_imprecise_therapy_bad.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "patient \"T-bad\" \\(#1\\): therapies\\[0\\]\\.start \"2013-3\": expected an ISO 8601 date")

# --output writes through a temporary file beside FILE; the report still gets the mode a new file
# gets under the user's umask (0666 less 022 = 644, 0666 less 077 = 600), not mkstemp's 0600.
foreach(mask_and_mode "022;644" "077;600")
  list(GET mask_and_mode 0 mask)
  list(GET mask_and_mode 1 mode)
  add_test(NAME cli.screen_output_mode_${mask}
    COMMAND sh -c "umask ${mask} && rm -f \"$1\" && \"$0\" screen ../../data/nct02249676-cohort.json --as-of 2014-01-05 --format csv --output \"$1\" && stat -c %a \"$1\""
            $<TARGET_FILE:trialspec_cli> ${CMAKE_CURRENT_BINARY_DIR}/output_mode_${mask}.csv)
  set_tests_properties(cli.screen_output_mode_${mask} PROPERTIES WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/tests
    PASS_REGULAR_EXPRESSION "^${mode}\n$")
endforeach()
