# Checks `trialspec screen --jobs` (examples/cli/tests/cohort_reading.cmake): run with
# -DTOOL=<trialspec> -DDIR=<scratch> -DPROTOCOL=<name> and either -DCOHORT=<document> (a bundled
# cohort) or -DSYNTHETIC=<patients> (a synthetic cohort made with `trialspec synth`).
#  - --jobs 1 and --jobs 3 write the same bytes, in every format;
#  - the cohort as JSON Lines gives the same report as the document;
#  - --output FILE holds what standard output gets, and leaves no temporary file;
#  - synthetic: a bad patient on line 2101 stops the run with exit code 2, naming the line, with
#    nothing on standard output and no --output file.
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})
include(${CMAKE_CURRENT_LIST_DIR}/cli_run_tool.cmake)

if(PROTOCOL STREQUAL "nct02249676")
  set(as_of 2014-01-05)
else()
  set(as_of 2024-03-15)
endif()
set(screen screen --protocol ${PROTOCOL} --as-of ${as_of})

if(SYNTHETIC)
  run_tool(ignored synth --patients ${SYNTHETIC} --seed 19 --format json --output ${DIR}/cohort.json)
  run_tool(ignored synth --patients ${SYNTHETIC} --seed 19 --output ${DIR}/cohort.jsonl)
  set(formats csv text)
else()
  # The document's patients, one per line.
  file(READ ${COHORT} document)
  string(JSON count LENGTH "${document}" patients)
  math(EXPR last "${count} - 1")
  set(lines "")
  foreach(i RANGE ${last})
    string(JSON item GET "${document}" patients ${i})
    string(REPLACE "\n" "" item "${item}")
    string(APPEND lines "${item}\n")
  endforeach()
  file(WRITE ${DIR}/cohort.jsonl "${lines}")
  configure_file(${COHORT} ${DIR}/cohort.json COPYONLY)
  set(formats csv text json markdown)
endif()

foreach(format IN LISTS formats)
  run_tool(one ${screen} ${DIR}/cohort.json --format ${format} --jobs 1)
  run_tool(three ${screen} ${DIR}/cohort.json --format ${format} --jobs 3)
  run_tool(lines ${screen} ${DIR}/cohort.jsonl --format ${format} --jobs 3)
  if(NOT one STREQUAL three)
    message(FATAL_ERROR "--format ${format}: --jobs 1 and --jobs 3 differ")
  endif()
  if(NOT one STREQUAL lines)
    message(FATAL_ERROR "--format ${format}: the JSON Lines cohort and the document differ")
  endif()
  if(one STREQUAL "")
    message(FATAL_ERROR "--format ${format}: no output")
  endif()
endforeach()
run_tool(nothing ${screen} ${DIR}/cohort.jsonl --format csv --jobs 1 --output ${DIR}/report.csv)
file(READ ${DIR}/report.csv from_file)
run_tool(csv ${screen} ${DIR}/cohort.jsonl --format csv --jobs 2)
if(NOT nothing STREQUAL "" OR NOT from_file STREQUAL csv)
  message(FATAL_ERROR "--output: the file differs from standard output, or something was printed")
endif()
file(GLOB left ${DIR}/report.csv.*)
if(left)
  message(FATAL_ERROR "--output: temporary files left: ${left}")
endif()

if(SYNTHETIC)
  file(READ ${DIR}/cohort.jsonl lines)
  string(REPLACE "{\"id\":\"S0002101\"," "{\"id\":\"S0002101\",\"edss_score\":1," lines "${lines}")
  file(WRITE ${DIR}/bad.jsonl "${lines}")
  foreach(jobs 1 3)
    execute_process(COMMAND ${TOOL} ${screen} ${DIR}/bad.jsonl --format csv --jobs ${jobs}
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 2 OR NOT out STREQUAL "" OR
       NOT err STREQUAL "trialspec: ${DIR}/bad.jsonl:2101: patient \"S0002101\" (#2101): edss_score \"1\": unknown key\n")
      message(FATAL_ERROR "bad line 2101, --jobs ${jobs}: exit ${rc}, ${out}\n${err}")
    endif()
    execute_process(COMMAND ${TOOL} ${screen} ${DIR}/bad.jsonl --format csv --jobs ${jobs} --output ${DIR}/bad.csv
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    file(GLOB left ${DIR}/bad.csv*)
    if(NOT rc EQUAL 2 OR left)
      message(FATAL_ERROR "bad line 2101 with --output: exit ${rc}, files left: ${left}")
    endif()
  endforeach()
endif()
message(STATUS "screen --jobs: ok")
