# `trialspec km --svg` and `trialspec progression --svg`: each case of cmake/cli_svg_check.cmake
# (what it checks, with the values worked out by hand, is written there). Needs xmllint (Debian's
# libxml2-utils) for the well-formedness check.
foreach(svg_case km km_logrank km_hostile progression progression_patient progression_rebaseline progression_same_date
                 progression_hostile progression_patient_not_found progression_grid_bound progression_fallback)
  add_test(NAME cli.svg_${svg_case}
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/svg_check_${svg_case}
      -DDATA=${CMAKE_CURRENT_SOURCE_DIR}/tests/data -DCASE=${svg_case} -P ${PROJECT_SOURCE_DIR}/cmake/cli_svg_check.cmake)
endforeach()
trialspec_cli_test(svg_patient_without_svg ARGS progression --visits data/progression_visits_grouped.csv --patient 1
  EXPECT_EXIT 64 EXPECT_STDERR "--patient chooses the patient drawn by --svg; give --svg FILE too")
trialspec_cli_test(svg_km_no_file ARGS km --followup data/rates_followup.csv --relapses data/rates_relapses.csv --svg -
  EXPECT_EXIT 64 EXPECT_STDERR "--svg needs a file name, got '-'")
# --level and --conf-type set the bands drawn with --logrank and --svg; without --svg they are refused.
trialspec_cli_test(svg_km_logrank_level ARGS km --followup data/rates_followup.csv --relapses data/rates_relapses.csv
  --logrank msc,control --level 0.9
  EXPECT_EXIT 64 EXPECT_STDERR "--level sets the Kaplan-Meier intervals")
trialspec_cli_test(svg_same_file_as_output ARGS progression --visits data/progression_visits_grouped.csv --svg out.csv --output out.csv
  EXPECT_EXIT 64 EXPECT_STDERR "--svg and --output name the same file 'out.csv'")
