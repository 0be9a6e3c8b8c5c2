# Checks `trialspec screen` on a JSON Lines stream larger than the reader's 8 MB buffer
# (examples/cli/tests/cohort_reading.cmake): run with -DTOOL=<trialspec> -DDIR=<scratch>.
#  - 12,000 synthetic patients (16 MB): the report read from JSON Lines (the tool's simdjson reader,
#    lines read in blocks, --jobs 1 and 2) is the report read from the same cohort as a document
#    (the library's nlohmann reader), byte for byte (CSV);
#  - bad lines in the middle of the stream stop the run with exit code 2, nothing on standard
#    output, and the library reader's error naming the file, the line, the patient, the key and
#    the value: a value outside its rule (line 9001), a field of the wrong type (line 9002), a
#    truncated line (line 9003), each with --jobs 1 and 2;
#  - the same cohort as a document with one patient object per line (`{"patients": [` on line 1,
#    patient N on line N + 1): split into its objects and read by the same simdjson reader, the
#    same report (--jobs 2); the same bad patients named with the line their object starts on (a value
#    outside its rule, a field of the wrong type). (An object that is not valid JSON sends the
#    document to the library's reader: cli.screen_bad_json, on a small file.)
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})
include(${CMAKE_CURRENT_LIST_DIR}/cli_run_tool.cmake)
set(screen screen --as-of 2014-01-05)

run_tool(ignored synth --patients 12000 --seed 23 --output ${DIR}/cohort.jsonl)
run_tool(ignored synth --patients 12000 --seed 23 --format json --output ${DIR}/cohort.json)
foreach(format csv)
  run_tool(document ${screen} ${DIR}/cohort.json --format ${format} --jobs 1)
  foreach(jobs 1 2)
    run_tool(lines ${screen} ${DIR}/cohort.jsonl --format ${format} --jobs ${jobs})
    if(NOT lines STREQUAL document)
      message(FATAL_ERROR "--format ${format} --jobs ${jobs}: the JSON Lines report differs from the document's")
    endif()
  endforeach()
  if(document STREQUAL "")
    message(FATAL_ERROR "--format ${format}: no output")
  endif()
endforeach()

# The bad files: the first 9,000 patients of the same cohort (the generator's sequence does not
# depend on the count), one bad line, and 500 valid patients after it (an id alone is a patient).
# The values, and the messages, worked out by hand: 2013 has no February 30 (parse_date's rule);
# `lactating` takes true or false; a line cut after `"birth_date":` (30 characters) ends where a
# value should start, at column 31.
run_tool(ignored synth --patients 9000 --seed 23 --output ${DIR}/first.jsonl)
set(after "")
foreach(i RANGE 1 500)
  string(APPEND after "{\"id\":\"T-${i}\"}\n")
endforeach()
file(WRITE ${DIR}/bad_value.tail
  "{\"id\":\"S0009001\",\"pregnancy_test\":{\"date\":\"2013-02-30\",\"result\":\"negative\"}}\n${after}")
file(WRITE ${DIR}/wrong_type.tail "{\"id\":\"S0009001\"}\n{\"id\":\"S0009002\",\"lactating\":\"no\"}\n${after}")
file(WRITE ${DIR}/truncated.tail "{\"id\":\"S0009001\"}\n{\"id\":\"S0009002\"}\n{\"id\":\"S0009003\",\"birth_date\":\n${after}")
foreach(bad bad_value wrong_type truncated)
  execute_process(COMMAND ${CMAKE_COMMAND} -E cat ${DIR}/first.jsonl ${DIR}/${bad}.tail OUTPUT_FILE ${DIR}/${bad}.jsonl
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot write ${DIR}/${bad}.jsonl")
  endif()
endforeach()
set(expected_bad_value
  "trialspec: ${DIR}/bad_value.jsonl:9001: patient \"S0009001\" (#9001): pregnancy_test.date \"2013-02-30\": February 2013 has 28 days\n")
set(expected_wrong_type
  "trialspec: ${DIR}/wrong_type.jsonl:9002: patient \"S0009002\" (#9002): lactating \"no\": expected true or false\n")
set(expected_truncated
  "trialspec: ${DIR}/truncated.jsonl:9003: patient \"S0009003\" (#9003): JSON \"column 31\": parse error: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal\n")
foreach(bad bad_value wrong_type truncated)
  foreach(jobs 1 2)
    execute_process(COMMAND ${TOOL} ${screen} ${DIR}/${bad}.jsonl --format csv --jobs ${jobs}
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 2 OR NOT out STREQUAL "" OR NOT err STREQUAL expected_${bad})
      message(FATAL_ERROR "${bad}, --jobs ${jobs}: exit ${rc}, output of ${out}\n${err}expected\n${expected_${bad}}")
    endif()
  endforeach()
endforeach()

# The document with one patient per line, made from the JSON Lines file: the same report.
function(document_of jsonl json)
  file(READ ${jsonl} text)
  string(REGEX REPLACE "\n$" "" text "${text}")
  string(REPLACE "\n" ",\n" text "${text}")
  file(WRITE ${json} "{\"patients\": [\n${text}\n]}\n")
endfunction()
document_of(${DIR}/cohort.jsonl ${DIR}/lines.json)
run_tool(document ${screen} ${DIR}/cohort.json --format csv --jobs 1)
run_tool(lines ${screen} ${DIR}/lines.json --format csv --jobs 2)
if(NOT lines STREQUAL document)
  message(FATAL_ERROR "the report of the document with a patient per line differs")
endif()
# The bad files as documents: patient 9001 on line 9002, 9002 on line 9003.
foreach(bad bad_value wrong_type)
  document_of(${DIR}/${bad}.jsonl ${DIR}/${bad}.json)
endforeach()
set(expected_bad_value
  "^trialspec: ${DIR}/bad_value.json:9002: patient \"S0009001\" \\(#9001\\): pregnancy_test.date \"2013-02-30\": February 2013 has 28 days\n$")
set(expected_wrong_type
  "^trialspec: ${DIR}/wrong_type.json:9003: patient \"S0009002\" \\(#9002\\): lactating \"no\": expected true or false\n$")
foreach(bad bad_value wrong_type)
  foreach(jobs 2)
    execute_process(COMMAND ${TOOL} ${screen} ${DIR}/${bad}.json --format csv --jobs ${jobs}
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 2 OR NOT out STREQUAL "" OR NOT err MATCHES "${expected_${bad}}")
      message(FATAL_ERROR "${bad}.json, --jobs ${jobs}: exit ${rc}, output of ${out}\n${err}expected\n${expected_${bad}}")
    endif()
  endforeach()
endforeach()
message(STATUS "screen on a large JSON Lines stream: ok")
