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
  EXPECT_STDERR "^trialspec: [^ ]*cohort_big_value.json: patient \"A\" \\(#1\\): notes \"${sixty}\\.\\.\\.\": unknown key")

# A number beyond a double (nlohmann's out_of_range.406 escaped with exit 1 and no file name).
trialspec_cli_test(screen_number_overflow ARGS screen data/screen_bad_overflow.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_overflow.json: patient \"B-2\" \\(#2\\): weight_kg \"1e400\": a number beyond the range of a double")

# Duplicate keys (the last one won silently).
trialspec_cli_test(screen_duplicate_key ARGS screen data/screen_bad_duplicate_key.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_duplicate_key.json: patient \"B-2\" \\(#2\\): pregnancy \"not_pregnant\": duplicate key")
trialspec_cli_test(screen_duplicate_id_key ARGS screen data/screen_bad_duplicate_id_key.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_duplicate_id_key.json: patient \"B-1\" \\(#1\\): id \"B-2\": duplicate key")
trialspec_cli_test(screen_two_patient_lists ARGS screen data/screen_bad_two_lists.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "screen_bad_two_lists.json: patients \"\\[\\.\\.\\.\\]\": duplicate key")

# A UTF-8 byte-order mark before the document is skipped: the same report as without it.
trialspec_cli_test(screen_byte_order_mark ARGS screen data/screen_small_bom.json --as-of 2014-01-05
  EXPECT_OUTPUT data/screen_small_text.out)
