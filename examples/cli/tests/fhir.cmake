# trialspec screen --input fhir: FHIR R4 bundles (trialspec/io/fhir.hpp) screened like a cohort file.
#
# The bundled example, examples/data/fhir/nct02249676-patient.json, is one patient in Synthea's
# layout; as of 2014-01-05 under the registry reading of NCT02249676 (windows: 18 months =
# 2012-07-05..2014-01-05, 3 months = 2013-10-05..2014-01-05), worked out by hand:
#  I1 met: Condition SNOMED 25044007 (NMO) -> NMOSD.  I2 met: born 1980-05-12, 33 (above 18, at
#  most 80).  I3 met: latest EDSS 4.5 (2013-12-10) is above 3.  I4 met: azathioprine from
#  2011-06-01, more than a year before 2014-01-05 (an unlisted earlier course would only make it
#  longer), and evidence: EDSS 3.5 (2012-11-20) -> 4.5 is +1.0 from a baseline below 5.0 (I4a), a
#  moderate relapse on 2013-05-20 (I4b), 1 new T2 lesion on 2013-12-12 (I4d).  I5 met: the same
#  relapse (I5a).  E4 not met: not pregnant (LOINC 82810-3, SNOMED 60001007, 2013-12-10).
#  Unknown, because FHIR does not say a list is complete and the bundle records no consent or
#  judgement: E1 (azathioprine ended 2013-09-01, before the 3-month window, but an unlisted course
#  cannot be ruled out; methylprednisolone is a corticosteroid, not an immune inhibitor), E2, E3
#  (no condition listed, list not complete), E5 (consent), E6 (HIV negative, CEA normal, BP 128/82,
#  but a brain tumour cannot be ruled out), E7 (judgement).  So: undetermined on E1 E2 E3 E5 E6 E7.
set(fhir_example ../../data/fhir/nct02249676-patient.json)
trialspec_cli_test(fhir_example_csv ARGS screen --input fhir ${fhir_example} --as-of 2014-01-05 --format csv
  EXPECT_OUTPUT data/fhir_example.csv.out)
# --verbose lists what was not mapped: 17 entries; mapped 14 (Patient, the NMO Condition, the
# AQP4-IgG test, azathioprine, two EDSS, the relapse, methylprednisolone, HIV, CEA, blood pressure,
# pregnancy, the Gd and the new-T2 counts); not mapped 3 (Encounter, Claim, body height 8302-6).
trialspec_cli_test(fhir_example_verbose ARGS screen --input fhir ${fhir_example} --as-of 2014-01-05 --format csv --verbose
  EXPECT_OUTPUT data/fhir_example.csv.out
  EXPECT_STDERR "^FHIR input: 1 bundle, 17 resources: 14 mapped, 3 not mapped, 0 not findings or skipped\nresource types not mapped:\n  Claim: 1\n  Encounter: 1\ncodes not mapped:\n  Observation http://loinc.org\\|8302-6: 1 \\(Body Height\\)\n$")
trialspec_cli_test(fhir_example_text ARGS screen --input fhir ${fhir_example} --as-of 2014-01-05
  EXPECT_STDOUT "6f1c2a4e-8b1d-4e57-9a0b-3c2d1e0f9a01: undetermined; unknown: E1, E2, E3, E5, E6, E7\n")

# A directory (data/fhir: its .json and .ndjson files in name order), worked out by hand:
#  A-MS (a-ms.json, a transaction bundle): ICD-10 G35 -> MS: I1 not met; male, born 1970: I2 met,
#    E4 not met (pregnancy does not apply to a man); nothing else recorded: I3-I5, E1-E3 and
#    E5-E7 unknown. Ineligible on I1.
#  L1 (b-stream.ndjson line 1, a searchset): a woman born 1990-02-03 (23: I2 met) and nothing
#    else: I1, I3-I5 and every exclusion unknown (E4 too: pregnancy not established).
#  L2 (line 2): NMO (I1 met), a man born 1985-07-07 (I2 met, E4 not met), one EDSS of 2.0 (I3
#    not met: 2.0 is not above 3); I4, I5 and the other exclusions unknown. Ineligible on I3.
trialspec_cli_test(fhir_directory ARGS screen --input fhir data/fhir --as-of 2014-01-05 --format csv
  EXPECT_OUTPUT data/fhir_directory.csv.out)
# The same two bundles one per line on standard input.
trialspec_cli_test(fhir_stdin ARGS screen --input fhir - --as-of 2014-01-05 --format csv STDIN data/fhir/b-stream.ndjson
  EXPECT_OUTPUT data/fhir_stream.csv.out)

# Bad input: exit 2, the bundle, the entry, the resource, the element path and the value named
# (a year of birth is read; a pregnancy status date "2013-1" is neither a year nor a month);
# nothing on standard output.
trialspec_cli_test(fhir_bad_year_precision ARGS screen --input fhir data/fhir_bad_year.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "^trialspec: data/fhir_bad_year.json: entry\\[1\\] Observation \"e-1\": Observation.effectiveDateTime \"2013-1\": expected a FHIR date YYYY-MM-DD")
trialspec_cli_test(fhir_bad_edss ARGS screen --input fhir data/fhir_bad_edss.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "^trialspec: data/fhir_bad_edss.json: entry\\[1\\] Observation \"e-1\": Observation.valueQuantity.value \"5.25\": an EDSS score must be")
trialspec_cli_test(fhir_duplicate_patient ARGS screen --input fhir - --as-of 2014-01-05 STDIN data/fhir_duplicate.ndjson
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "^trialspec: <stdin>:2: Patient.id \"D\": another bundle has the same Patient.id")
trialspec_cli_test(fhir_missing_file ARGS screen --input fhir data/no_such_bundle.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "data/no_such_bundle.json\": cannot be opened")
# Command line: an unknown input format, --verbose without FHIR input.
trialspec_cli_test(fhir_unknown_input ARGS screen --input xml data/fhir_bad_edss.json
  EXPECT_EXIT 64 EXPECT_STDERR "--input xml: expected cohort or fhir")
trialspec_cli_test(fhir_verbose_without_fhir ARGS screen data/screen_small.json --verbose
  EXPECT_EXIT 64 EXPECT_STDERR "--verbose lists what the FHIR reader did not map: only with --input fhir")
