# Browser checks (label `browser`): pages the tool writes, opened in headless Chromium by
# tests/browser/check_page.sh (see its header for the checks it runs). Included by
# examples/cli/CMakeLists.txt. TRIALSPEC_BROWSER_TESTS: AUTO (default) adds them when Debian's
# chromium is installed, ON requires it (the gcc-release preset, so that CI never skips them), OFF.
#
# trialspec_browser_test(<name> PAGE <file> [ARGS <check_page.sh option>...] [WRITE <tool arg>...]
#                        [FIXTURE <other test's name>] [WILL_FAIL_MATCHING <regex>])
#   Adds CTest test browser.<name>: check_page.sh --page <file> --screenshot
#   <build>/browser/<name>.png ARGS... With WRITE, a test browser.<name>.write first runs the tool
#   with those arguments (they should write <file>, e.g. with --output), as a fixture; FIXTURE
#   <other> instead reuses the page the WRITE of test browser.<other> writes. With
#   WILL_FAIL_MATCHING the test is a negative one: it passes only when the harness fails with
#   output matching <regex> (tests/browser/expect_failure.sh, WILL_FAIL).
#   Relative paths in PAGE, ARGS and WRITE are relative to examples/cli/tests/ (like the CLI
#   tests); ${trialspec_browser_dir} (<build>/browser, created at configure time) is the place for
#   the pages the tool writes. For an SVG file, e.g.:
#     trialspec_browser_test(km_svg PAGE ${trialspec_browser_dir}/km.svg
#       WRITE km ... --svg ${trialspec_browser_dir}/km.svg
#       ARGS --count "svg .curve" 2 --expect "svg .at-risk@data-n" "10|8|5")
set(TRIALSPEC_BROWSER_TESTS AUTO CACHE STRING
  "The headless-Chromium checks (label browser): AUTO adds them when /usr/bin/chromium exists, ON requires it, OFF leaves them out")
set_property(CACHE TRIALSPEC_BROWSER_TESTS PROPERTY STRINGS AUTO ON OFF)
find_program(TRIALSPEC_CHROMIUM chromium PATHS /usr/bin NO_DEFAULT_PATH)
if(TRIALSPEC_BROWSER_TESTS STREQUAL "ON" AND NOT TRIALSPEC_CHROMIUM)
  message(FATAL_ERROR "TRIALSPEC_BROWSER_TESTS is ON but /usr/bin/chromium is not installed (Debian package chromium; "
                      "bash cmake/dev.sh test installs it)")
endif()
set(trialspec_browser_dir ${CMAKE_BINARY_DIR}/browser)
file(MAKE_DIRECTORY ${trialspec_browser_dir}) # the pages and screenshots

function(trialspec_browser_test name)
  if(TRIALSPEC_BROWSER_TESTS STREQUAL "OFF" OR NOT TRIALSPEC_CHROMIUM)
    return()
  endif()
  cmake_parse_arguments(PARSE_ARGV 1 T "" "PAGE;WILL_FAIL_MATCHING;FIXTURE" "ARGS;WRITE")
  set(harness ${PROJECT_SOURCE_DIR}/tests/browser/check_page.sh --page ${T_PAGE}
    --screenshot ${trialspec_browser_dir}/${name}.png ${T_ARGS})
  if(T_WILL_FAIL_MATCHING)
    add_test(NAME browser.${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/browser/expect_failure.sh "${T_WILL_FAIL_MATCHING}" ${harness})
    set_tests_properties(browser.${name} PROPERTIES WILL_FAIL TRUE)
  else()
    add_test(NAME browser.${name} COMMAND ${harness})
  endif()
  set_tests_properties(browser.${name} PROPERTIES LABELS browser WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/examples/cli/tests
    ENVIRONMENT CHROMIUM=${TRIALSPEC_CHROMIUM})
  if(T_WRITE)
    add_test(NAME browser.${name}.write COMMAND trialspec_cli ${T_WRITE})
    set_tests_properties(browser.${name}.write PROPERTIES LABELS browser WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/examples/cli/tests
      FIXTURES_SETUP browser_${name})
    set_tests_properties(browser.${name} PROPERTIES FIXTURES_REQUIRED browser_${name})
  elseif(T_FIXTURE)
    set_tests_properties(browser.${name} PROPERTIES FIXTURES_REQUIRED browser_${T_FIXTURE})
  endif()
endfunction()

if(NOT TRIALSPEC_BROWSER_TESTS STREQUAL "OFF" AND NOT TRIALSPEC_CHROMIUM)
  message(STATUS "browser tests: /usr/bin/chromium not found, not added (Debian package chromium)")
endif()

# The HTML screening report of the bundled cohort as of 2014-01-05. The numbers were worked out by
# hand (examples/cli/tests/screen.cmake, screen_html.cmake): 12 criteria; remaining after each
# 29 27 26 25 24 23 22 21 20 19 15 14; removed by each 1 2 1 1 1 1 1 1 1 1 4 1; passing (no unknown
# so far) 29 26 24 21 20 18 16 15 13 11 6 5 (the text output's attrition table, as screen.cmake's
# expected output data/screen_bundled_text.out holds it); 5 eligible, 16 ineligible,
# 9 undetermined; 5 inclusion and 7 exclusion criteria; 30 patients. This test's screenshot is the README's examples/screenshots/screen-report.png.
trialspec_browser_test(screen_report PAGE ${trialspec_browser_dir}/screen-report.html
  WRITE screen ../../data/nct02249676-cohort.json --as-of 2014-01-05 --format html --output ${trialspec_browser_dir}/screen-report.html
  ARGS --size 1280x2000
       --count "#attrition-chart g.bar" 12
       --expect "#attrition-chart g.bar@data-criterion" "I1|I2|I3|I4|I5|E1|E2|E3|E4|E5|E6|E7"
       --expect "#attrition-chart g.bar .n-remaining" "29|27|26|25|24|23|22|21|20|19|15|14"
       --expect "#attrition-chart g.bar .n-removed" "1|2|1|1|1|1|1|1|1|1|4|1"
       --expect "#attrition-chart g.bar .n-passing" "29|26|24|21|20|18|16|15|13|11|6|5"
       --count "#attrition-table tbody tr" 12
       --count "#attrition-chart > title" 1
       --count "#attrition-chart > desc" 1
       --expect "#count-eligible" "5 eligible"
       --expect "#count-ineligible" "16 ineligible"
       --expect "#count-undetermined" "9 undetermined"
       --count "#inclusion-criteria > li" 5
       --count "#exclusion-criteria > li" 7
       --expect "#patients-table@data-rows" 30
       --count "#patients-body tr" 2
       --count "#patients-body details.reasons" 2
       --expect "#selfcheck" ok
       --select "#filter-status" ineligible
       --select "#filter-criterion" "I2"
       --click "#patients-body tr:nth-child(1) details.reasons > summary"
       --expect "#patients-body th" "N04|N05"
       --expect "#matching" 2
       --expect "#patients-body tr:nth-child(1) details.reasons > ul.tree > li > details > summary" "N04 as of 2014-01-05: ineligible"
       --expect "#patients-body tr:nth-child(1) details.reasons > ul.tree > li > details > ul > li:nth-child(2) > details > summary"
                "inclusion I2 [not met] Age > 18 year"
       --expect "#patients-body tr:nth-child(1) details.reasons > ul.tree > li > details > ul > li:nth-child(2) li li.v-notmet"
                "[not met] age 18 on 2014-01-05 (born 1996-01-05) is not above 18")
# Then the table filtered to the ineligible who failed I2 or left it unknown: N04 and N05
# (screen.cmake: 18 on the day, and 81; N21, I2 unknown, is undetermined). N04 was born 1996-01-05, so I2's "above 18" is not met; its reason tree (opened by the
# click) shows it under I2, the criterion's second line, as --explain does. (The checks run after
# the filters: the table then shows 2 rows of the 30 read (data-rows); the statuses of the 30 are
# counted by the page's self-check and by cli.screen_html_counts.)
# The criterion filter "I2 unknown" alone: N21 (no birth date), one row.
trialspec_browser_test(screen_report_filter PAGE ${trialspec_browser_dir}/screen-report.html FIXTURE screen_report
  ARGS --size 1280x800 --select "#filter-criterion" "u:I2" --expect "#patients-body th" "N21" --expect "#matching" 1)
# Ids holding markup show as text in the table and run nothing (a script that ran would log).
trialspec_browser_test(screen_hostile_ids PAGE ${trialspec_browser_dir}/screen-hostile.html
  WRITE screen data/screen_hostile_ids.json --as-of 2014-01-05 --format html --output ${trialspec_browser_dir}/screen-hostile.html
  ARGS --expect "#patients-body th" "</script><script>console.error(1)</script>|<img src=x onerror=console.error(2)>&lt'|S3"
       --count "#patients-body img" 0
       --expect "#selfcheck" ok
       --dispatch beforeprint
       --count "#patients-body details.reasons[open] > ul.tree" 3)
# Before printing, the page opens the reasons of the rows shown (here all 3).
# The harness itself: it fails on a console error, and on a missing element.
trialspec_browser_test(harness_console_error PAGE ${PROJECT_SOURCE_DIR}/tests/browser/data/console_error.html
  ARGS --count "#present" 1 WILL_FAIL_MATCHING "FAIL console messages")
# The second on an SVG file whose other checks pass (expect_failure.sh accepts no other FAIL line):
# the harness reads SVG files too.
trialspec_browser_test(harness_missing_element PAGE ${PROJECT_SOURCE_DIR}/tests/browser/data/plain_figure.svg
  ARGS --size 400x200 --count "#present" 1 --expect "g.bar@data-n" 7 --expect "g.bar text" "7 remain" --count "#absent" 1
  WILL_FAIL_MATCHING "FAIL count #absent: expected 1, found 0")

# The SVG pictures (km --svg, progression --svg) of the bundled example data. The numbers were
# worked out by hand in cmake/cli_svg_check.cmake (the same values its CLI tests check in the
# file): at risk at days 0/100/200/300/400 msc 8 4 4 3 0 and control 8 4 3 2 0; censoring marks
# at days 274, 366 (two) and 365; the log-rank p of msc against control 0.3729588632; 11 patients
# in the progression grid with their events' classes and confirmation dates, and patient 8's
# moved baseline (2020-03-31).
trialspec_browser_test(km_svg PAGE ${trialspec_browser_dir}/km.svg
  WRITE km --followup data/rates_followup.csv --relapses data/rates_relapses.csv --logrank msc,control
        --svg ${trialspec_browser_dir}/km.svg
  ARGS --size 800x502 --count "svg > title" 1 --count "g.km-group" 2 --expect "g.km-group@data-group" "msc|control"
       --count "path.km-curve" 2 --count "path.km-censor" 3 --expect "path.km-censor@data-time" "274|366|365"
       --expect "path.km-censor@data-censored" "1|2|1" --expect "text.km-x-tick" "0|100|200|300|400"
       --expect "text.km-at-risk[data-group=msc]" "8|4|4|3|0" --expect "text.km-at-risk[data-group=control]" "8|4|3|2|0"
       --expect "text.km-logrank@data-p" "0.3729588632")
trialspec_browser_test(progression_svg PAGE ${trialspec_browser_dir}/progression.svg
  WRITE progression --visits data/progression_visits_grouped.csv --relapses data/progression_relapses.csv
        --baseline roving --events all --svg ${trialspec_browser_dir}/progression.svg
  ARGS --size 1300x1224 --count "svg > title" 1 --count "g.prog-patient" 11
       --expect "g.prog-patient@data-id" "1|2|3|4|5|6|7|8|9|10|A" --expect "g.prog-patient@data-events" "1|1|0|1|1|0|1|1|1|2|1"
       --count "g.prog-event" 10 --expect "g.prog-event@data-class" "PIRA|RAW|PIRA|undefined|PIRA|PIRA|RAW||PIRA|PIRA"
       --expect "g.prog-event@data-confirm-date"
                "2020-06-29|2020-07-29|2020-06-29|2020-06-29|2020-06-29|2020-09-27|2020-07-19|2020-06-29|2020-12-26|2020-06-29"
       --count "g.prog-relapse" 4 --expect "text.prog-scope@data-drawn" "11")
trialspec_browser_test(progression_patient_svg PAGE ${trialspec_browser_dir}/progression-8.svg
  WRITE progression --visits data/progression_visits_grouped.csv --relapses data/progression_relapses.csv
        --svg ${trialspec_browser_dir}/progression-8.svg --patient 8
  ARGS --size 820x749 --count "g.prog-patient" 1 --count "g.prog-explanation" 1
       --expect "path.prog-baseline@data-date" "2020-03-31" --expect "g.prog-event@data-class" "PIRA")
trialspec_browser_test(km_svg_hostile PAGE ${trialspec_browser_dir}/km-hostile.svg
  WRITE km --followup data/svg_hostile_followup.csv --relapses data/svg_hostile_relapses.csv
        --svg ${trialspec_browser_dir}/km-hostile.svg
  # The group ids hold "]]", which ends CMake's list splitting for every element after it: that
  # check stays the last argument.
  ARGS --size 800x502 --count "script" 0 --expect "text.km-at-risk[data-time='100']" "1|1"
       --expect "g.km-group@data-group" "<script>&'x|]]><!--")
