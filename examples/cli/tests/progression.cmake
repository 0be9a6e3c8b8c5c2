# trialspec progression: expected outputs worked by hand from the histories in
# data/progression_visits.csv and data/progression_relapses.csv (dates are 2020-01-01 + 0, 90,
# 180, 270, 360 days unless noted):
#  1: 2.0 -> 3.0 at day 90, still 3.0 at day 180: PIRA.            2: relapse 2020-01-31, event 90
#  days later (2020-04-30): RAW.   3: +0.5 only: nothing.   4: 5.5 -> 6.0 (+0.5 standard, +1.0
#  cut55).   5: relapse 2020-04-20, 20 days after the event: undefined; the confirmation is only
#  70 days after it.   6: 2.5 on 2020-04-30 breaks the confirmation unless intermediate checks
#  are off.   7: back to 2.0 at day 270 (180 days after the event): not sustained to the end.
#  8: relapse 29 days before day 0: baseline moves to 2020-03-31.   9: relapse 2020-03-21, 10
#  days before the event: RAW; with --relapse-to-event 30 the event is 2020-07-19 (120 days after).
#  10: improvement 4.0 -> 3.0 then 3.0 -> 4.0 (reported with roving, all).   A: two records on
#  2020-03-31, the later (3.0) wins; rows unsorted. Whole-number ids sort by value before text
#  ids. (A relapse of an id without visits is an error: bad_input.cmake.)
set(pv data/progression_visits.csv)
set(pr data/progression_relapses.csv)
trialspec_cli_test(progression_default ARGS progression --visits ${pv} --relapses ${pr}
  EXPECT_OUTPUT data/progression_default.out)
trialspec_cli_test(progression_roving_all ARGS progression --visits ${pv} --relapses ${pr} --baseline roving --events all
  EXPECT_OUTPUT data/progression_roving_all.out)
trialspec_cli_test(progression_cut55 ARGS progression --visits ${pv} --relapses ${pr} --thresholds cut55
  EXPECT_OUTPUT data/progression_cut55.out)
trialspec_cli_test(progression_no_intermediate ARGS progression --visits ${pv} --relapses ${pr} --no-intermediate-check
  EXPECT_OUTPUT data/progression_no_intermediate.out)
trialspec_cli_test(progression_relapse_to_confirm ARGS progression --visits ${pv} --relapses ${pr} --relapse-to-confirm 90
  EXPECT_OUTPUT data/progression_relapse_to_confirm.out)
trialspec_cli_test(progression_relapse_assoc ARGS progression --visits ${pv} --relapses ${pr} --relapse-assoc 89
  EXPECT_OUTPUT data/progression_relapse_assoc.out)
trialspec_cli_test(progression_relapse_to_baseline ARGS progression --visits ${pv} --relapses ${pr} --relapse-to-baseline 29
  EXPECT_OUTPUT data/progression_relapse_to_baseline.out)
trialspec_cli_test(progression_relapse_to_event ARGS progression --visits ${pv} --relapses ${pr} --relapse-to-event 30
  EXPECT_OUTPUT data/progression_relapse_to_event.out)
trialspec_cli_test(progression_sustain_end ARGS progression --visits ${pv} --relapses ${pr} --sustain-days end
  EXPECT_OUTPUT data/progression_sustain_end.out)
# Patient 7 fails exactly 180 days after its event: inside a 180-day period, outside a 179-day one.
trialspec_cli_test(progression_sustain_180 ARGS progression --visits ${pv} --relapses ${pr} --sustain-days 180
  EXPECT_OUTPUT data/progression_sustain_end.out)
trialspec_cli_test(progression_sustain_179 ARGS progression --visits ${pv} --relapses ${pr} --sustain-days 179
  EXPECT_OUTPUT data/progression_default.out)
# Every confirmation is 90 days or more after its event; [84 - 7, 84 + 5.5] admits none.
trialspec_cli_test(progression_tolerance ARGS progression --visits ${pv} --relapses ${pr} --confirm-tolerance 7,5.5
  EXPECT_OUTPUT data/progression_header_only.out)
# --confirm-days 90 with no tolerance: every 90-day confirmation still counts, patient 9's 110-day
# one does not; its day-200 change is confirmed 90 days later (2020-10-17), 120 days after the
# relapse: PIRA.
trialspec_cli_test(progression_confirm_days ARGS progression --visits ${pv} --relapses ${pr} --confirm-days 90 --confirm-tolerance 0,0
  EXPECT_OUTPUT data/progression_relapse_to_event.out)

# Bad input: exit 2, file:line:column.
trialspec_cli_test(progression_bad_edss ARGS progression --visits data/progression_bad_edss.csv
  EXPECT_EXIT 2 EXPECT_STDERR "progression_bad_edss.csv:3:3: edss: EDSS \"5.25\"")
trialspec_cli_test(progression_bad_date ARGS progression --visits data/progression_bad_date.csv
  EXPECT_EXIT 2 EXPECT_STDERR "progression_bad_date.csv:2:2: date: date \"2020-02-30\": February 2020 has 29 days")
trialspec_cli_test(progression_bad_header ARGS progression --visits data/progression_bad_header.csv
  EXPECT_EXIT 2 EXPECT_STDERR "progression_bad_header.csv:1:1: expected the header 'id,date,edss'")
trialspec_cli_test(progression_bad_relapses ARGS progression --visits ${pv} --relapses data/progression_bad_relapses.csv
  EXPECT_EXIT 2 EXPECT_STDERR "progression_bad_relapses.csv:3:2: date")
trialspec_cli_test(progression_missing_file ARGS progression --visits data/progression_no_such_file.csv
  EXPECT_EXIT 2 EXPECT_STDERR "progression_no_such_file.csv: cannot open file")
# Bad usage: exit 64.
trialspec_cli_test(progression_bad_baseline ARGS progression --visits ${pv} --baseline sideways
  EXPECT_EXIT 64 EXPECT_STDERR "--baseline sideways: expected fixed or roving")
trialspec_cli_test(progression_no_visits ARGS progression --events all
  EXPECT_EXIT 64 EXPECT_STDERR "--visits is required")
trialspec_cli_test(progression_bad_tolerance ARGS progression --visits ${pv} --confirm-tolerance 7
  EXPECT_EXIT 64 EXPECT_STDERR "expected LO,HI")

# Reading patient by patient. The bundled visits with each patient's rows together, in id order
# (1 to 10, then A; each patient's rows in their order in progression_visits.csv): read patient by
# patient, nothing on standard error, the reports of the whole-file reading above.
set(pg data/progression_visits_grouped.csv)
trialspec_cli_test(progression_grouped_default ARGS progression --visits ${pg} --relapses ${pr}
  EXPECT_OUTPUT data/progression_default.out EXPECT_STDERR "^$")
trialspec_cli_test(progression_grouped_roving_all ARGS progression --visits ${pg} --relapses ${pr} --baseline roving --events all
  EXPECT_OUTPUT data/progression_roving_all.out EXPECT_STDERR "^$")
trialspec_cli_test(progression_grouped_stdin ARGS progression --visits - --relapses ${pr} STDIN ${pg}
  EXPECT_OUTPUT data/progression_default.out EXPECT_STDERR "^$")
# progression_visits.csv itself: lines 2 and 3 are patient 10, line 4 patient A (text ids come
# after whole numbers: in order), line 5 patient 2, before A: the note names line 5, and the
# whole files are read (the same report as progression_default).
set(not_grouped "the rows are not grouped by patient in ascending id order; reading the whole files instead \\(memory grows with them\\)")
trialspec_cli_test(progression_ungrouped_note ARGS progression --visits ${pv} --relapses ${pr}
  EXPECT_OUTPUT data/progression_default.out
  EXPECT_STDERR "^trialspec progression: data/progression_visits.csv:5: patient \"2\" comes after patient \"A\": ${not_grouped}\n$")
# Patient 1's third visit (line 5) after patient 2's only one: the note names line 5, and patient
# 1 is judged on all three visits (2.0, 3.0 at day 90, 3.0 at day 180: PIRA, as patient 1 above).
trialspec_cli_test(progression_not_grouped ARGS progression --visits data/progression_not_grouped.csv
  EXPECT_OUTPUT data/progression_not_grouped.out
  EXPECT_STDERR "^trialspec progression: data/progression_not_grouped.csv:5: patient \"1\" comes after patient \"2\": ${not_grouped}\n$")
# Relapses 5, 8, 9, then 2 (line 5): not in order; the whole files give progression_default's
# report (patient 2's relapse makes its event RAW).
trialspec_cli_test(progression_relapses_not_grouped ARGS progression --visits ${pg} --relapses data/progression_relapses_unsorted.csv
  EXPECT_OUTPUT data/progression_default.out
  EXPECT_STDERR "^trialspec progression: data/progression_relapses_unsorted.csv:5: patient \"2\" comes after patient \"9\": ${not_grouped}\n$")
# A large grouped input against the same rows not grouped, and bad rows in its middle
# (cmake/cli_progression_stream_check.cmake says what is checked).
add_test(NAME cli.progression_large_stream
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/progression_stream_check
    -P ${PROJECT_SOURCE_DIR}/cmake/cli_progression_stream_check.cmake)
# Label large-input: the -O0 sanitizer preset leaves it out (it costs minutes there; the readers'
# buffer edges are checked under the sanitizers by cli.patient_line_reader with small buffers).
set_tests_properties(cli.progression_large_stream PROPERTIES LABELS large-input)

# Dates known to the month or year only: the search counts days, so they are refused naming the
# line and the use (README, "Imprecise dates"); the same visits with days are read.
trialspec_cli_test(progression_month_visit ARGS progression --visits data/progression_month_visit.csv
  EXPECT_EXIT 2 EXPECT_STDERR "progression_month_visit.csv:3:2: date: date .2020-07.: known to the month only: the progression search needs the day of each EDSS assessment .YYYY-MM-DD.")
trialspec_cli_test(progression_year_relapse ARGS progression --visits data/progression_day_visits.csv
  --relapses data/progression_year_relapse.csv
  EXPECT_EXIT 2 EXPECT_STDERR "progression_year_relapse.csv:2:2: date: date .2020.: known to the year only: the progression search needs the day of each relapse .YYYY-MM-DD.")
trialspec_cli_test(progression_day_visits ARGS progression --visits data/progression_day_visits.csv
  EXPECT_OUTPUT data/progression_header_only.out)
