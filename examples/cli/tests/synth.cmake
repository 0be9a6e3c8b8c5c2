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
