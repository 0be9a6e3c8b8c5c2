# Checks `trialspec screen --jobs` over several batches (examples/cli/tests/cohort_reading.cmake):
# run with -DTOOL=<trialspec> -DDIR=<scratch>. While the threads screen batch k, the main thread
# writes batch k - 1 (its ids checked, its rows written, its first problem reported); this checks
# that the overlap changes nothing, on 9,001 synthetic patients: batches of 2,048 per thread, so
# --jobs 1 screens 5 batches (4 of 2,048, 1 of 809), --jobs 2 three (4,096, 4,096, 809) and
# --jobs 3 two (6,144, 2,857), none of them a multiple of the batch.
#  - --jobs 1, 2 and 3 write the same bytes, in CSV and JSON (JSON: the first row is the one
#    written without a comma before it, whatever batch and thread it was screened in), from JSON
#    Lines and from the same cohort as a document;
#  - a bad patient stops every run with the same message, exit code 2 and nothing on standard
#    output, and leaves no --output file (--jobs 2), wherever it is: in the first batch of
#    --jobs 2 (line 2101: reported while the second batch is screened), in its second (6000), in
#    the last batch of every --jobs (9000), as an id used twice (line 5000 takes line 10's id),
#    and with two bad lines (2101 and 6000) the first in input order;
#  - JSON Lines on standard input arriving in pieces cut inside lines: the same bytes.
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})
include(${CMAKE_CURRENT_LIST_DIR}/cli_run_tool.cmake)

set(screen screen --as-of 2014-01-05 --quiet)
run_tool(ignored synth --patients 9001 --seed 23 --output ${DIR}/cohort.jsonl)
run_tool(ignored synth --patients 9001 --seed 23 --format json --output ${DIR}/cohort.json)

foreach(format csv json)
  run_tool(one ${screen} ${DIR}/cohort.jsonl --format ${format} --jobs 1)
  string(LENGTH "${one}" size)
  if(size LESS 9001)
    message(FATAL_ERROR "--format ${format}: ${size} bytes for 9,001 patients")
  endif()
  foreach(jobs 2 3)
    run_tool(other ${screen} ${DIR}/cohort.jsonl --format ${format} --jobs ${jobs})
    if(NOT one STREQUAL other)
      message(FATAL_ERROR "--format ${format}: --jobs 1 and --jobs ${jobs} differ")
    endif()
  endforeach()
  run_tool(document ${screen} ${DIR}/cohort.json --format ${format} --jobs 2)
  if(NOT one STREQUAL document)
    message(FATAL_ERROR "--format ${format}: the document with --jobs 2 differs from JSON Lines with --jobs 1")
  endif()
  if(format STREQUAL "csv")
    set(csv_report "${one}")
  endif()
endforeach()
# CSV: a header and one row per patient, the first and the last patient's rows in their place.
string(REGEX MATCHALL "\n" newlines "${csv_report}")
list(LENGTH newlines rows)
if(NOT rows EQUAL 9002 OR NOT csv_report MATCHES "^id,status,failed,unknown\nS0000001," OR NOT csv_report MATCHES "\nS0009001,[^\n]*\n$")
  message(FATAL_ERROR "--jobs 2: ${rows} lines (9,002 expected), or the first or last row out of place")
endif()

# JSON Lines on standard input arriving in three pieces, with pauses between them, cut inside
# lines (after byte 1,000,003 and byte 5,000,005; the cohort is about 12 MB): the same bytes as
# --jobs 1 from the file, with --jobs 2 and 3 (the lines of a batch read into one buffer while
# the batch before is screened from the other).
file(SIZE ${DIR}/cohort.jsonl cohort_size)
file(READ ${DIR}/cohort.jsonl cut_1 OFFSET 1000002 LIMIT 1)
file(READ ${DIR}/cohort.jsonl cut_2 OFFSET 5000004 LIMIT 1)
if(cohort_size LESS 6000000 OR cut_1 STREQUAL "\n" OR cut_2 STREQUAL "\n")
  message(FATAL_ERROR "the pieces are not cut inside lines (${cohort_size} bytes)")
endif()
foreach(jobs 2 3)
  execute_process(
    COMMAND sh -c "head -c 1000003 \"$0\"; sleep 0.2; tail -c +1000004 \"$0\" | head -c 4000002; sleep 0.2; tail -c +5000006 \"$0\""
      ${DIR}/cohort.jsonl
    COMMAND ${TOOL} ${screen} - --format csv --jobs ${jobs}
    RESULTS_VARIABLE rcs OUTPUT_VARIABLE piecewise ERROR_VARIABLE err)
  if(NOT rcs STREQUAL "0;0" OR NOT piecewise STREQUAL csv_report)
    message(FATAL_ERROR "standard input in pieces, --jobs ${jobs}: exit codes ${rcs}, another report\n${err}")
  endif()
endforeach()

file(READ ${DIR}/cohort.jsonl lines)
# bad_case(NAME EXPECTED_STDERR LINE...): the cohort with an unknown key added to the patient of
# each LINE (S000LINE, on line LINE), or, for LINE "dup5000", line 5000 given line 10's id.
function(bad_case name expected)
  set(text "${lines}")
  foreach(line IN LISTS ARGN)
    if(line STREQUAL "dup5000")
      string(REPLACE "{\"id\":\"S0005000\"," "{\"id\":\"S0000010\"," text "${text}")
    else()
      string(LENGTH "${line}" digits)
      math(EXPR zeros "7 - ${digits}")
      string(REPEAT "0" ${zeros} pad)
      string(REPLACE "{\"id\":\"S${pad}${line}\"," "{\"id\":\"S${pad}${line}\",\"edss_score\":1," text "${text}")
    endif()
  endforeach()
  if(text STREQUAL lines)
    message(FATAL_ERROR "${name}: the cohort was not changed")
  endif()
  file(WRITE ${DIR}/${name}.jsonl "${text}")
  foreach(jobs 1 2 3)
    execute_process(COMMAND ${TOOL} ${screen} ${DIR}/${name}.jsonl --format csv --jobs ${jobs}
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 2 OR NOT out STREQUAL "" OR NOT err STREQUAL "trialspec: ${DIR}/${name}.jsonl:${expected}\n")
      message(FATAL_ERROR "${name}, --jobs ${jobs}: exit ${rc}, standard output of ${out}\n${err}")
    endif()
  endforeach()
  execute_process(COMMAND ${TOOL} ${screen} ${DIR}/${name}.jsonl --format csv --jobs 2 --output ${DIR}/${name}.csv
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  file(GLOB left ${DIR}/${name}.csv*)
  if(NOT rc EQUAL 2 OR left)
    message(FATAL_ERROR "${name} with --output, --jobs 2: exit ${rc}, files left: ${left}")
  endif()
endfunction()

# The messages, from the wording of the tool's errors (README, "Errors"): the file and line, the
# patient's id and 1-based position (the line: no blank lines), the key and the rule.
bad_case(bad_2101 "2101: patient \"S0002101\" (#2101): edss_score \"1\": unknown key" 2101)
bad_case(bad_6000 "6000: patient \"S0006000\" (#6000): edss_score \"1\": unknown key" 6000)
bad_case(bad_9000 "9000: patient \"S0009000\" (#9000): edss_score \"1\": unknown key" 9000)
bad_case(duplicate_5000 "5000: patient \"S0000010\" (#5000): id \"S0000010\": another patient has the same id" dup5000)
bad_case(bad_6000_and_2101 "2101: patient \"S0002101\" (#2101): edss_score \"1\": unknown key" 6000 2101)
message(STATUS "screen --jobs over several batches: ok")
