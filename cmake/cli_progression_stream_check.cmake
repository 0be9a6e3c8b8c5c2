# Checks `trialspec progression` on inputs larger than its reader's 1 MiB buffer
# (examples/cli/tests/progression.cmake): run with -DTOOL=<trialspec> -DDIR=<scratch>.
#  - 12,000 synthetic histories (`synth --kind progression`, about 156,000 visit rows, grouped by
#    patient, ids 1 to 12000 in order) are read patient by patient. The same rows in an order that
#    is not grouped (patient 1's rows moved to the end of the visits; the first relapse row moved
#    to the end of the relapses) make the tool read the whole files, as it did before it read
#    patient by patient: the reports must be the same bytes, for a file, a redirected file and a
#    pipe (standard input copied to a temporary file and read again), under two sets of options;
#    standard error holds the note naming the row where the order breaks, and nothing else.
#  - bad rows in the middle of the stream stop the run with exit code 2, nothing on standard
#    output, and the message naming the file, the line, the column and the value.
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})
include(${CMAKE_CURRENT_LIST_DIR}/cli_run_tool.cmake)

run_tool(ignored synth --kind progression --patients 12000 --seed 11 --output ${DIR}/v.csv --relapses ${DIR}/r.csv)
file(READ ${DIR}/v.csv visits)
file(READ ${DIR}/r.csv relapses)

# The visits with patient 1's rows last: they are lines 2 to 1 + k of v.csv (k rows of patient 1,
# up to the first row of patient 2); in the moved file they start at line L - k + 1, where L is
# the number of lines (each ends with a newline). The row before them is patient 12000's.
string(FIND "${visits}" "\n2," second)
math(EXPR second "${second} + 1")
string(LENGTH "id,date,edss\n" header_length)
math(EXPR first_length "${second} - ${header_length}")
string(SUBSTRING "${visits}" ${header_length} ${first_length} patient_1)
string(SUBSTRING "${visits}" ${second} -1 others)
file(WRITE ${DIR}/v_moved.csv "id,date,edss\n${others}${patient_1}")
string(REGEX MATCHALL "\n" newlines "${visits}")
list(LENGTH newlines lines)
string(REGEX MATCHALL "\n" newlines "${patient_1}")
list(LENGTH newlines k)
math(EXPR moved_line "${lines} - ${k} + 1")
if(k LESS 6 OR k GREATER 20)
  message(FATAL_ERROR "patient 1 has ${k} visits; the generator draws 6 to 20")
endif()
# The relapses with their first row last.
string(FIND "${relapses}" "\n" end_of_header)
math(EXPR row_start "${end_of_header} + 1")
string(SUBSTRING "${relapses}" ${row_start} -1 relapse_rows)
string(FIND "${relapse_rows}" "\n" end_of_first)
math(EXPR end_of_first "${end_of_first} + 1")
string(SUBSTRING "${relapse_rows}" 0 ${end_of_first} first_relapse)
string(SUBSTRING "${relapse_rows}" ${end_of_first} -1 other_relapses)
file(WRITE ${DIR}/r_moved.csv "id,date\n${other_relapses}${first_relapse}")
string(REGEX MATCHALL "\n" newlines "${relapses}")
list(LENGTH newlines relapse_lines)
string(REGEX MATCH "^[0-9]+" first_relapse_id "${first_relapse}")
string(REGEX MATCH "\n([0-9]+),[^\n]*\n$" last_line "${other_relapses}")
set(last_relapse_id "${CMAKE_MATCH_1}")

set(rest "the rows are not grouped by patient in ascending id order; reading the whole files instead (memory grows with them)")
function(check_same label expected_stderr)
  execute_process(${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${label}: exit ${rc}\n${err}")
  endif()
  if(NOT out STREQUAL grouped)
    message(FATAL_ERROR "${label}: the report differs from the one read patient by patient")
  endif()
  if(NOT err STREQUAL expected_stderr)
    message(FATAL_ERROR "${label}: standard error\n${err}expected\n${expected_stderr}")
  endif()
endfunction()

foreach(options "--events;first" "--baseline;roving;--events;all;--thresholds;cut55")
  execute_process(COMMAND ${TOOL} progression --visits ${DIR}/v.csv --relapses ${DIR}/r.csv ${options}
    RESULT_VARIABLE rc OUTPUT_VARIABLE grouped ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "grouped input: exit ${rc}\n${err}")
  endif()
  string(REGEX MATCHALL "\n" rows "${grouped}")
  list(LENGTH rows rows)
  if(rows LESS 1000)
    message(FATAL_ERROR "grouped input: ${rows} lines of report; expected one per event of 12,000 patients")
  endif()
  set(note_v "trialspec progression: ${DIR}/v_moved.csv:${moved_line}: patient \"1\" comes after patient \"12000\": ${rest}\n")
  check_same("visits not grouped, file" "${note_v}"
    COMMAND ${TOOL} progression --visits ${DIR}/v_moved.csv --relapses ${DIR}/r.csv ${options})
  set(note_stdin "trialspec progression: <stdin>:${moved_line}: patient \"1\" comes after patient \"12000\": ${rest}\n")
  check_same("visits not grouped, redirected" "${note_stdin}"
    COMMAND ${TOOL} progression --visits - --relapses ${DIR}/r.csv ${options} INPUT_FILE ${DIR}/v_moved.csv)
  check_same("visits not grouped, pipe" "${note_stdin}"
    COMMAND ${CMAKE_COMMAND} -E cat ${DIR}/v_moved.csv COMMAND ${TOOL} progression --visits - --relapses ${DIR}/r.csv ${options})
  check_same("visits grouped, pipe" ""
    COMMAND ${CMAKE_COMMAND} -E cat ${DIR}/v.csv COMMAND ${TOOL} progression --visits - --relapses ${DIR}/r.csv ${options})
  set(note_r "trialspec progression: <stdin>:${relapse_lines}: patient \"${first_relapse_id}\" comes after patient \"${last_relapse_id}\": ${rest}\n")
  check_same("relapses not grouped, pipe" "${note_r}"
    COMMAND ${CMAKE_COMMAND} -E cat ${DIR}/r_moved.csv COMMAND ${TOOL} progression --visits ${DIR}/v.csv --relapses - ${options})
endforeach()

# Bad rows after the 12,000 patients (line L + 1), then 500 valid rows of patients 12002 to
# 12501. The messages, worked out by hand: 2020 has a February 29 but no 30 (parse_date's rule);
# 5.25 is not a half step; a relapse of patient 12001, who has no visits, at relapse line R + 1.
set(after "")
foreach(i RANGE 12002 12501)
  string(APPEND after "${i},2020-01-01,2.0\n")
endforeach()
math(EXPR bad_line "${lines} + 1")
file(WRITE ${DIR}/v_bad_date.csv "${visits}12001,2020-02-30,2.0\n${after}")
file(WRITE ${DIR}/v_bad_edss.csv "${visits}12001,2020-01-01,5.25\n${after}")
file(WRITE ${DIR}/r_bad_id.csv "${relapses}12001,2020-01-01\n")
math(EXPR bad_relapse_line "${relapse_lines} + 1")
set(expected_v_bad_date "${DIR}/v_bad_date.csv:${bad_line}:2: date: date \"2020-02-30\": February 2020 has 29 days\n")
set(expected_v_bad_edss
  "${DIR}/v_bad_edss.csv:${bad_line}:3: edss: EDSS \"5.25\": an EDSS score must be 0 or 1.0 to 10.0 in steps of 0.5 (0.5 does not exist)\n")
set(expected_r_bad_id "${DIR}/r_bad_id.csv:${bad_relapse_line}:1: id \"12001\" has no visits in ${DIR}/v.csv\n")
foreach(bad v_bad_date v_bad_edss r_bad_id)
  if(bad MATCHES "^v_")
    set(files --visits ${DIR}/${bad}.csv --relapses ${DIR}/r.csv)
  else()
    set(files --visits ${DIR}/v.csv --relapses ${DIR}/${bad}.csv)
  endif()
  execute_process(COMMAND ${TOOL} progression ${files} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 2 OR NOT out STREQUAL "" OR NOT err STREQUAL expected_${bad})
    message(FATAL_ERROR "${bad}: exit ${rc}, output of ${out}\n${err}expected\n${expected_${bad}}")
  endif()
endforeach()
# --output FILE: not written when the run fails; written whole when it succeeds.
file(WRITE ${DIR}/report.csv "before\n")
execute_process(COMMAND ${TOOL} progression --visits ${DIR}/v_bad_date.csv --output ${DIR}/report.csv RESULT_VARIABLE rc)
file(READ ${DIR}/report.csv kept)
if(NOT rc EQUAL 2 OR NOT kept STREQUAL "before\n")
  message(FATAL_ERROR "--output after bad input: exit ${rc}, the file holds ${kept}")
endif()
execute_process(COMMAND ${TOOL} progression --visits ${DIR}/v.csv --relapses ${DIR}/r.csv --output ${DIR}/report.csv
  RESULT_VARIABLE rc OUTPUT_VARIABLE out)
execute_process(COMMAND ${TOOL} progression --visits ${DIR}/v.csv --relapses ${DIR}/r.csv OUTPUT_VARIABLE expected)
file(READ ${DIR}/report.csv written)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "" OR NOT written STREQUAL expected)
  message(FATAL_ERROR "--output: exit ${rc}; the file differs from standard output's report")
endif()
message(STATUS "progression on a large grouped input: ok")
