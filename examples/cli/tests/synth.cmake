# trialspec synth: deterministic bytes, the format, and a cohort that reads back and screens
# (cmake/cli_synth_check.cmake says what is checked).
add_test(NAME cli.synth_reads_back
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/synth_check
    -P ${PROJECT_SOURCE_DIR}/cmake/cli_synth_check.cmake)
trialspec_cli_test(synth_no_patients ARGS synth --seed 3 EXPECT_EXIT 64 EXPECT_STDERR "--patients N is required")
trialspec_cli_test(synth_bad_count ARGS synth --patients 1e3 EXPECT_EXIT 64
  EXPECT_STDERR "--patients 1e3: expected a whole number from 1 to 1000000000")
trialspec_cli_test(synth_bad_format ARGS synth --patients 3 --format csv EXPECT_EXIT 64
  EXPECT_STDERR "--format csv: expected one of jsonl, json")
# --kind progression (EDSS histories as CSV; cli.progression_large_stream reads them): the options
# of a cohort do not apply to it, nor --relapses to a cohort.
trialspec_cli_test(synth_progression_format ARGS synth --kind progression --patients 3 --format json EXPECT_EXIT 64
  EXPECT_STDERR "--format is for --kind cohort")
trialspec_cli_test(synth_relapses_of_cohort ARGS synth --patients 3 --relapses r.csv EXPECT_EXIT 64
  EXPECT_STDERR "--relapses is for --kind progression")
trialspec_cli_test(synth_bad_kind ARGS synth --kind visits --patients 3 EXPECT_EXIT 64
  EXPECT_STDERR "--kind visits: expected cohort or progression")
