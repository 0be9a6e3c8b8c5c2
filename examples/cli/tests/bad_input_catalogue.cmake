# The bad-input catalogue (issue 22): classes of bad input not covered by the other test files,
# each with its exit code, the message naming the field and the value, and standard output empty
# (data/edss_nothing.out). The README's "Reliability" section lists every class with its tests,
# here and in the other files. The expected messages follow the documented rules: CSV errors are
# "FILE:LINE:COLUMN: COLUMN-NAME: FIELD \"VALUE\": RULE" (cli.hpp, csv_table::field); cohort
# errors "trialspec: FILE:LINE: patient \"ID\" (#N): KEY \"VALUE\": RULE" (io/cohort_format_error.hpp;
# LINE is the line the patient's object starts on, 1 in these one-line documents).
set(nothing data/edss_nothing.out)
set(cat data/catalogue)

# --- Dates: malformed, impossible, outside the calendar (years 1400 to 9999) ----------------------
trialspec_cli_test(catalogue_arr_date_shape ARGS arr --followup ${cat}/arr_date_shape.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/arr_date_shape.csv:2:3: start: start \"2015/01/10\": expected an ISO 8601 date YYYY-MM-DD\n$")
trialspec_cli_test(catalogue_progression_year_1399 ARGS progression --visits ${cat}/progression_year_1399.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/progression_year_1399.csv:2:2: date: date \"1399-12-31\": year must be 1400 to 9999\n$")
# A five-digit year cannot have the shape YYYY-MM-DD.
trialspec_cli_test(catalogue_progression_year_10000 ARGS progression --visits ${cat}/progression_year_10000.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/progression_year_10000.csv:2:2: date: date \"10000-01-01\": expected an ISO 8601 date YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known\n$")
trialspec_cli_test(catalogue_progression_month_13 ARGS progression --visits ${cat}/progression_month_13.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/progression_month_13.csv:3:2: date: date \"2020-13-01\": month must be 01 to 12\n$")
# 1975 is not a leap year.
trialspec_cli_test(catalogue_screen_impossible_birth_date ARGS screen ${cat}/screen_impossible_birth.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_impossible_birth.json:1: patient \"A\" \\(#1\\): birth_date \"1975-02-29\": February 1975 has 28 days\n$")
trialspec_cli_test(catalogue_match_impossible_as_of ARGS match data/screen_small.json --as-of 2023-02-29
  EXPECT_EXIT 64 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^trialspec match: --as-of \"2023-02-29\": February 2023 has 28 days\n")

# --- EDSS off the scale or between its steps (0, 1.0 to 10.0 by 0.5) ------------------------------
set(edss_rule "an EDSS score must be 0 or 1.0 to 10.0 in steps of 0.5 \\(0.5 does not exist\\)")
trialspec_cli_test(catalogue_progression_edss_above_10 ARGS progression --visits ${cat}/progression_edss_above_10.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/progression_edss_above_10.csv:2:3: edss: EDSS \"10.5\": ${edss_rule}\n$")
trialspec_cli_test(catalogue_progression_edss_half ARGS progression --visits ${cat}/progression_edss_half.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/progression_edss_half.csv:2:3: edss: EDSS \"0.5\": ${edss_rule}\n$")
trialspec_cli_test(catalogue_progression_edss_negative ARGS progression --visits ${cat}/progression_edss_negative.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/progression_edss_negative.csv:2:3: edss: EDSS \"-1.0\": ${edss_rule}\n$")

# --- Counts: negative, fractional, huge ------------------------------------------------------------
trialspec_cli_test(catalogue_screen_negative_count ARGS screen ${cat}/screen_negative_count.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_negative_count.json:1: patient \"A\" \\(#1\\): mri\\[0\\]: Gd-enhancing lesions \"-1\": a lesion count cannot be negative\n$")
trialspec_cli_test(catalogue_screen_fractional_count ARGS screen ${cat}/screen_fractional_count.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_fractional_count.json:1: patient \"A\" \\(#1\\): mri\\[0\\]\\.gd_enhancing_lesions \"1.5\": expected a whole number\n$")
# Whole numbers in a cohort are at most a million (io/cohort_json.hpp).
trialspec_cli_test(catalogue_screen_huge_count ARGS screen ${cat}/screen_huge_count.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_huge_count.json:1: patient \"A\" \\(#1\\): mri\\[0\\]\\.gd_enhancing_lesions \"5000000\": implausibly large\n$")
# A grade of eleven digits: parse_integer stops before it overflows.
trialspec_cli_test(catalogue_edss_huge_grade ARGS edss ${cat}/edss_huge_grade.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/edss_huge_grade.csv:2:2: pyramidal: pyramidal \"99999999999\": expected a whole number\n$")
trialspec_cli_test(catalogue_synth_negative_count ARGS synth --patients -5
  EXPECT_EXIT 64 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^trialspec synth: --patients -5: expected a whole number from 1 to 1000000000\n")

# --- End before start, duplicate ids ---------------------------------------------------------------
# data/rates_bad_followup.csv: P02 ends on its start day 2015-02-03 (an empty window); km reads
# the same table as arr (arr_empty_window).
trialspec_cli_test(catalogue_km_end_not_after_start ARGS km --followup data/rates_bad_followup.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^data/rates_bad_followup.csv:3:4: end: end \"2015-02-03\": must be after the start 2015-02-03\n$")
trialspec_cli_test(catalogue_screen_therapy_end_before_start ARGS screen ${cat}/screen_therapy_reversed.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_therapy_reversed.json:1: patient \"A\" \\(#1\\): therapies\\[0\\]: therapy end \"2011-05-01\": ends before its start 2013-09-01 \\(azathioprine\\)\n$")
trialspec_cli_test(catalogue_arr_duplicate_id ARGS arr --followup ${cat}/arr_duplicate_id.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/arr_duplicate_id.csv:4:1: id \"P01\" appears twice\n$")

# --- Wrong JSON types and shapes ---------------------------------------------------------------------
trialspec_cli_test(catalogue_screen_weight_as_text ARGS screen ${cat}/screen_weight_string.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_weight_string.json:1: patient \"A\" \\(#1\\): weight_kg \"70\": expected a number \\(kg\\)\n$")
trialspec_cli_test(catalogue_screen_document_is_an_array ARGS screen ${cat}/screen_array.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_array.json: \\(document\\) \"\\[{\"id\":\"A\"}\\]\": expected {\"patients\": \\[\\.\\.\\.\\]}\n$")
trialspec_cli_test(catalogue_fhir_entry_not_an_array ARGS screen --input fhir ${cat}/fhir_entry_object.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/fhir_entry_object.json: Bundle\\.entry \"{[^\n]*}\": expected")
trialspec_cli_test(catalogue_fhir_not_a_bundle ARGS screen --input fhir ${cat}/fhir_not_bundle.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/fhir_not_bundle.json: [^\n]*resourceType \"Patient\": ")

# --- Weights and blood pressures out of range ---------------------------------------------------------
trialspec_cli_test(catalogue_screen_weight_700 ARGS screen ${cat}/screen_weight_700.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_weight_700.json:1: patient \"A\" \\(#1\\): weight_kg \"700\": must be above 0 and at most 500 kg\n$")
trialspec_cli_test(catalogue_screen_weight_0 ARGS screen ${cat}/screen_weight_0.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_weight_0.json:1: patient \"A\" \\(#1\\): weight_kg \"0\": must be above 0 and at most 500 kg\n$")
trialspec_cli_test(catalogue_screen_blood_pressure_zero ARGS screen ${cat}/screen_bp_zero.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_bp_zero.json:1: patient \"A\" \\(#1\\): blood_pressure\\[0\\]: systolic pressure \"0\": must be positive \\(mmHg\\)\n$")
trialspec_cli_test(catalogue_screen_blood_pressure_inverted ARGS screen ${cat}/screen_bp_inverted.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_bp_inverted.json:1: patient \"A\" \\(#1\\): blood_pressure\\[0\\]: blood pressure \"80/120\": the diastolic pressure cannot exceed the systolic\n$")
# 1250 for 125: above blood_pressure_reading::max_mmhg (500).
trialspec_cli_test(catalogue_screen_blood_pressure_1250 ARGS screen ${cat}/screen_bp_high.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_bp_high.json:1: patient \"A\" \\(#1\\): blood_pressure\\[0\\]: systolic pressure \"1250\": must be at most 500 mmHg\n$")
# 500/80 is on the bound and is read: exit 0, and the seed protocol's E6 ("BP: 200/110 mmHg", read
# as systolic at least 200 or diastolic at least 110) is met by its systolic 500, so A is ineligible.
trialspec_cli_test(catalogue_screen_blood_pressure_500 ARGS screen ${cat}/screen_bp_500.json --as-of 2014-01-05 --format csv
  EXPECT_STDOUT "^id,status,failed,unknown\nA,ineligible,E6,")

# --- Empty files, byte-order marks, CRLF, non-UTF-8, quoted CSV fields ---------------------------------
trialspec_cli_test(catalogue_edss_empty_file ARGS edss ${cat}/edss_empty.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^${cat}/edss_empty.csv:1:1: empty input: no header\n$")
trialspec_cli_test(catalogue_screen_empty_file ARGS screen ${cat}/screen_empty.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^trialspec: ${cat}/screen_empty.json: cohort JSON \"byte 1\": ")
# CRLF line ends read as LF ones: the same output as data/edss_grades.csv and data/screen_small.jsonl.
trialspec_cli_test(catalogue_edss_crlf ARGS edss ${cat}/edss_crlf.csv EXPECT_OUTPUT data/edss_grades.out EXPECT_STDERR "^$")
trialspec_cli_test(catalogue_screen_jsonl_crlf ARGS screen ${cat}/screen_crlf.jsonl --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_small_text.out)
# "Jos\xE9" (Latin-1 e acute) is not UTF-8: the message shows the byte escaped. "Jos\xC3\xA9"
# (the same name in UTF-8) is read; one functional system at grade 1 is EDSS 1.0.
trialspec_cli_test(catalogue_edss_non_utf8 ARGS edss ${cat}/edss_non_utf8.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^${cat}/edss_non_utf8.csv:3:1: id \"Jos\\\\xE9\": is not valid UTF-8\n$")
trialspec_cli_test(catalogue_edss_utf8 ARGS edss ${cat}/edss_utf8.csv EXPECT_STDOUT "^id,edss\nJosé,1.0\n$")
trialspec_cli_test(catalogue_screen_non_utf8 ARGS screen ${cat}/screen_non_utf8.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_non_utf8.json: cohort JSON \"byte 27\": [^\n]*ill-formed UTF-8 byte")
trialspec_cli_test(catalogue_edss_quoted_id ARGS edss ${cat}/edss_quoted_id.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/edss_quoted_id.csv:2:1: id \"\"P01\"\": has a double quote; quoted fields are not read \\(plain comma-separated values only\\)\n$")
# A quoted comma: the quote is found in column 2 before the columns are counted.
trialspec_cli_test(catalogue_edss_quoted_comma ARGS edss ${cat}/edss_quoted_comma.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/edss_quoted_comma.csv:2:2: pyramidal \"\"1\": has a double quote; quoted fields are not read")

# --- Missing files and directories ---------------------------------------------------------------
trialspec_cli_test(catalogue_screen_missing_directory ARGS screen data/no_such_directory/cohort.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: cohort file \"data/no_such_directory/cohort.json\": cannot be opened\n$")
trialspec_cli_test(catalogue_progression_missing_relapses ARGS progression --visits data/progression_visits.csv --relapses data/no_such_relapses.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^trialspec: data/no_such_relapses.csv: cannot open file\n$")

# --- Every subcommand: match, protocols, criteria ------------------------------------------------
trialspec_cli_test(catalogue_match_bad_value ARGS match data/screen_bad_value.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: data/screen_bad_value.json: patient \"B-2\" \\(#2\\): edss\\[0\\]\\.score \"5.25\": ${edss_rule}\n$")
trialspec_cli_test(catalogue_protocols_unknown_argument ARGS protocols --all
  EXPECT_EXIT 64 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^trialspec protocols: unknown argument '--all'\n")
trialspec_cli_test(catalogue_criteria_unknown_argument ARGS criteria --as-of 2014-01-05
  EXPECT_EXIT 64 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^trialspec criteria: unknown argument '--as-of'\n")

# UTF-8 in CSV fields (cli.hpp, valid_utf8): three- and four-byte characters are read ("€1" and
# "😀2", all grades 0: EDSS 0.0); an overlong form ("\xC0\xAF" for '/'), a UTF-16 surrogate
# ("\xED\xA0\x80") and a character cut short at the end of the field ("\xE2\x82") are not.
trialspec_cli_test(catalogue_edss_utf8_long ARGS edss ${cat}/edss_utf8_long.csv EXPECT_STDOUT "^id,edss\n€1,0.0\n😀2,0.0\n$")
trialspec_cli_test(catalogue_edss_utf8_overlong ARGS edss ${cat}/edss_utf8_overlong.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^${cat}/edss_utf8_overlong.csv:2:1: id \"P\\\\xC0\\\\xAF\": is not valid UTF-8\n$")
trialspec_cli_test(catalogue_edss_utf8_surrogate ARGS edss ${cat}/edss_utf8_surrogate.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^${cat}/edss_utf8_surrogate.csv:2:1: id \"P\\\\xED\\\\xA0\\\\x80\": is not valid UTF-8\n$")
trialspec_cli_test(catalogue_edss_utf8_truncated ARGS edss ${cat}/edss_utf8_truncated.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "^${cat}/edss_utf8_truncated.csv:2:1: id \"P\\\\xE2\\\\x82\": is not valid UTF-8\n$")

# The check that a failing run leaves standard output empty (cmake/cli_test_run.cmake) must be able
# to fail: a command that writes a line and exits with 1 fails it (WILL_FAIL makes that a pass).
add_test(NAME cli.catalogue_runner_detects_partial_output
  COMMAND ${CMAKE_COMMAND} -DTOOL=/bin/sh "-DARGS=-c|echo partial && false" -DEXPECT_EXIT=1
    -P ${PROJECT_SOURCE_DIR}/cmake/cli_test_run.cmake)
set_tests_properties(cli.catalogue_runner_detects_partial_output PROPERTIES WILL_FAIL TRUE)

# Found by fuzzing (tests/fuzz/regressions/patient_line/): a value followed by ':' where ',' or '}'
# must follow, on a JSON Lines line; the tool's reader used to read it as {"id":"A","sex":"female"}.
# The library's reader names the second ':' (column 10).
trialspec_cli_test(catalogue_screen_jsonl_value_then_colon ARGS screen ${cat}/screen_value_then_colon.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: ${cat}/screen_value_then_colon.jsonl:1: patient \"A\" \\(#1\\): JSON \"column 10\": parse error: syntax error while parsing object - unexpected ':'; expected '}'\n$")

# The streaming CSV reader of arr, km and progression makes csv_table's checks too: a quoted id
# (line 2, column 1) and a Latin-1 group "Gen\xE8ve" (line 2, column 2) are refused by name.
trialspec_cli_test(catalogue_arr_quoted_id ARGS arr --followup ${cat}/arr_quoted_id.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/arr_quoted_id.csv:2:1: id \"\"P01\"\": has a double quote; quoted fields are not read \\(plain comma-separated values only\\)\n$")
trialspec_cli_test(catalogue_arr_non_utf8_group ARGS arr --followup ${cat}/arr_non_utf8_group.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^${cat}/arr_non_utf8_group.csv:2:2: group \"Gen\\\\xE8ve\": is not valid UTF-8\n$")
