# Reading a hostile cohort file with `trialspec screen` (issue 16): every problem exits 2 naming the
# file, the patient and the key, writes nothing to standard output, and never crashes.
set(no_output data/screen_no_output.out)

# Nesting far beyond the reader's limit of 64 (this crashed with SIGSEGV): generated here rather
# than stored, 100,000 levels deep.
string(REPEAT "[" 100000 deep_open)
string(REPEAT "]" 100000 deep_close)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/cohort_deep.json "${deep_open}${deep_close}\n")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/cohort_deep_weight.json
  "{\"patients\":[{\"id\":\"A\",\"weight_kg\":${deep_open}${deep_close}}]}\n")
trialspec_cli_test(screen_deep_document ARGS screen ${CMAKE_CURRENT_BINARY_DIR}/cohort_deep.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "cohort_deep.json: \\[0\\]\\[0\\][^\"]*\\.\\.\\. \"depth 65\": nests more than 64 arrays and objects")
trialspec_cli_test(screen_deep_weight ARGS screen ${CMAKE_CURRENT_BINARY_DIR}/cohort_deep_weight.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "cohort_deep_weight.json: patient \"A\" \\(#1\\): weight_kg\\[0\\]\\[0\\][^\"]*\\.\\.\\. \"depth 65\"")

# A value of a megabyte under an unknown key is quoted by its first 60 characters only.
string(REPEAT "x" 1000000 big_value)
string(REPEAT "x" 60 sixty)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/cohort_big_value.json "{\"patients\":[{\"id\":\"A\",\"notes\":\"${big_value}\"}]}\n")
trialspec_cli_test(screen_big_value ARGS screen ${CMAKE_CURRENT_BINARY_DIR}/cohort_big_value.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "^trialspec: [^ ]*cohort_big_value.json:1: patient \"A\" \\(#1\\): notes \"${sixty}\\.\\.\\.\": unknown key")

# A number beyond a double (nlohmann's out_of_range.406 escaped with exit 1 and no file name).
trialspec_cli_test(screen_number_overflow ARGS screen data/screen_bad_overflow.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_overflow.json:3: patient \"B-2\" \\(#2\\): weight_kg \"1e400\": a number beyond the range of a double")

# Duplicate keys (the last one won silently).
trialspec_cli_test(screen_duplicate_key ARGS screen data/screen_bad_duplicate_key.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_duplicate_key.json:3: patient \"B-2\" \\(#2\\): pregnancy \"not_pregnant\": duplicate key")
trialspec_cli_test(screen_duplicate_id_key ARGS screen data/screen_bad_duplicate_id_key.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_duplicate_id_key.json:2: patient \"B-1\" \\(#1\\): id \"B-2\": duplicate key")
trialspec_cli_test(screen_two_patient_lists ARGS screen data/screen_bad_two_lists.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_two_lists.json: patients \"\\[\\.\\.\\.\\]\": duplicate key")

# A UTF-8 byte-order mark before the document is skipped: the same report as without it.
trialspec_cli_test(screen_byte_order_mark ARGS screen data/screen_small_bom.json --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_small_text.out)

# JSON Lines (issue 19): one patient object per line (.jsonl, .ndjson, or - on standard input),
# read as a stream. data/screen_small.jsonl holds the three patients of data/screen_small.json
# on lines 1, 3 and 4 (line 2 is blank and skipped): the same report.
trialspec_cli_test(screen_jsonl ARGS screen data/screen_small.jsonl --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_small_text.out)
trialspec_cli_test(screen_jsonl_stdin ARGS screen - --as-of 2014-01-05 STDIN data/screen_small.jsonl
  EXPECT_OUTPUT data/screen_small_text.out)
trialspec_cli_test(screen_jsonl_json ARGS screen data/screen_small.jsonl --as-of 2014-01-05 --format json
  EXPECT_OUTPUT data/screen_small_json.out)
# Errors name the file and the line (line 2 of screen_bad_value.jsonl is blanks: B-2 is on line 3
# and is the second patient), print nothing on standard output and exit with 2.
trialspec_cli_test(screen_jsonl_bad_value ARGS screen data/screen_bad_value.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "^trialspec: data/screen_bad_value.jsonl:3: patient \"B-2\" \\(#2\\): edss\\[0\\]\\.score \"5.25\": an EDSS score must be")
# A trailing comma at character 31 of line 2: `{"id": "B-2", "sex": "female",}`.
trialspec_cli_test(screen_jsonl_bad_syntax ARGS screen data/screen_bad_syntax.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "^trialspec: data/screen_bad_syntax.jsonl:2: patient \"B-2\" \\(#2\\): JSON \"column 31\": parse error: syntax error while parsing object key")
trialspec_cli_test(screen_jsonl_duplicate_id ARGS screen data/screen_duplicate_id.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "^trialspec: data/screen_duplicate_id.jsonl:3: patient \"A\" \\(#3\\): id \"A\": another patient has the same id")
# Two objects on one line: the second is where the line should end (character 13).
trialspec_cli_test(screen_jsonl_two_objects_on_a_line ARGS screen data/screen_two_lines_in_one.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "^trialspec: data/screen_two_lines_in_one.jsonl:1: patient \\(#1\\): JSON \"column 13\": parse error: syntax error while parsing value - unexpected '{'; expected end of input")
trialspec_cli_test(screen_jsonl_stdin_error ARGS screen - --as-of 2014-01-05 STDIN data/screen_bad_value.jsonl
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output} EXPECT_STDERR "^trialspec: <stdin>:3: patient \"B-2\" \\(#2\\)")
trialspec_cli_test(screen_bad_jobs ARGS screen data/screen_small.jsonl --jobs 0 EXPECT_EXIT 64
  EXPECT_STDERR "--jobs 0: expected a whole number from 1 to 256")

# --jobs: the same bytes with 1 and 3 threads, on the bundled cohorts in every format, and on a
# synthetic cohort of 2,500 patients (cmake/cli_jobs_check.cmake: with one thread two batches of
# 2,048 and 452, with three one batch in three parts); there a bad patient on line
# 2101 stops the run naming that line, with nothing on standard output and no --output file left.
foreach(trial nct02249676 prevent opera)
  add_test(NAME cli.screen_jobs_${trial}
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/jobs_${trial}
      -DCOHORT=${PROJECT_SOURCE_DIR}/examples/data/${trial}-cohort.json -DPROTOCOL=${trial}
      -P ${PROJECT_SOURCE_DIR}/cmake/cli_jobs_check.cmake)
endforeach()
add_test(NAME cli.screen_jobs_synthetic
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/jobs_synthetic
    -DSYNTHETIC=2500 -DPROTOCOL=nct02249676 -P ${PROJECT_SOURCE_DIR}/cmake/cli_jobs_check.cmake)
# --jobs over several batches, the threads screening batch k while the main thread writes batch
# k - 1: the same bytes for 1, 2 and 3 threads on 9,001 synthetic patients (in no case a multiple
# of the batch), and bad patients in the first, a middle and the last batch, an id used twice and
# two bad lines: the same message, the first in input order, nothing written
# (cmake/cli_jobs_batches_check.cmake).
add_test(NAME cli.screen_jobs_batches
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/jobs_batches
    -P ${PROJECT_SOURCE_DIR}/cmake/cli_jobs_batches_check.cmake)
set_tests_properties(cli.screen_jobs_batches PROPERTIES LABELS large-input) # see progression.cmake
# A stream larger than the JSON Lines reader's buffer: the same report as the document, and bad
# lines in its middle (a bad value, a wrong type, a truncated line) named with their line
# (cmake/cli_stream_check.cmake).
add_test(NAME cli.screen_large_stream
  COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:trialspec_cli> -DDIR=${CMAKE_CURRENT_BINARY_DIR}/large_stream
    -P ${PROJECT_SOURCE_DIR}/cmake/cli_stream_check.cmake)
set_tests_properties(cli.screen_large_stream PROPERTIES LABELS large-input) # see progression.cmake
# The progress line is for terminals only: in a pipe (as here) standard error stays empty, with or
# without --quiet.
trialspec_cli_test(screen_no_progress_in_pipes ARGS screen data/screen_small.jsonl --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_small_text.out EXPECT_STDERR "^$")
trialspec_cli_test(screen_quiet ARGS screen data/screen_small.jsonl --as-of 2014-01-05 --quiet
  EXPECT_OUTPUT data/screen_small_text.out EXPECT_STDERR "^$")
# A document is split into its patient objects and each read by the JSON Lines reader; a document
# this splitting does not read, such as one whose key is written with an escape
# ("\u0070atients" is "patients"), is read by the library's reader: the same report.
trialspec_cli_test(screen_document_escaped_key ARGS screen data/screen_small_escaped_key.json --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_small_text.out)
