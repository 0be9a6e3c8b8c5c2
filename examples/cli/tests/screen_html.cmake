# trialspec screen --format html (screen_html.hpp); the browser checks are in
# tests/browser/browser.cmake.
#
# The bundled cohort as of 2014-01-05 (see screen.cmake for each patient worked out by hand):
# eligible N01 N02 N08 N29 N30 (5); undetermined N07 N21-N28 (9); the other 16 ineligible.
# Remaining after each criterion (30 records; removed at I1 N03; I2 N04 N05; I3 N06; I4 N09;
# I5 N10; E1-E5 one each; E6 N16-N19; E7 N20): 29 27 26 25 24 23 22 21 20 19 15 14.
add_test(NAME cli.screen_html_counts
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DMODE=counts -DCOHORT=../../data/nct02249676-cohort.json
    -DAS_OF=2014-01-05 "-DEXPECT=5;16;9" "-DREMAINING=29;27;26;25;24;23;22;21;20;19;15;14"
    -P ${CMAKE_CURRENT_SOURCE_DIR}/tests/scripts/screen_html_check.cmake)
# data/screen_hostile_ids.json is data/screen_small.json with S1 and S2 renamed to ids holding
# markup: neither may reach the page as markup.
add_test(NAME cli.screen_html_hostile_ids
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DMODE=hostile -DCOHORT=data/screen_hostile_ids.json
    -DAS_OF=2014-01-05 -P ${CMAKE_CURRENT_SOURCE_DIR}/tests/scripts/screen_html_check.cmake)
set_tests_properties(cli.screen_html_counts cli.screen_html_hostile_ids PROPERTIES WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/tests)
# --explain is accepted with html (the page always has the reasons); still refused with csv/json.
trialspec_cli_test(screen_html_explain ARGS screen data/screen_small.json --as-of 2014-01-05 --format html --explain
  EXPECT_STDOUT "^<!DOCTYPE html>.*<g class=\"bar\" data-criterion=\"I1\".*</html>\n$")
