# cmake -DFUZZER=<binary> -DSECONDS=<n> -DCORPUS=<dir> -DSCRATCH=<dir> -P fuzz_run.cmake
#
# The CTest test of one fuzz target: copies the committed corpus CORPUS to a fresh SCRATCH
# directory (libFuzzer adds the inputs it finds to its first corpus directory; the source tree is
# never written) and runs FUZZER on it for SECONDS seconds. Fails when the fuzzer reports a crash,
# a leak, a timeout or a sanitizer error (any non-zero exit); the input is saved in SCRATCH.
file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH}/corpus ${SCRATCH}/artifacts)
file(GLOB seeds ${CORPUS}/*)
if(seeds)
  file(COPY ${seeds} DESTINATION ${SCRATCH}/corpus)
endif()
execute_process(
  COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix=${SCRATCH}/artifacts/ ${SCRATCH}/corpus
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REGEX MATCH "stat::number_of_executed_units: *[0-9]+" runs "${err}")
message(STATUS "${runs}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} exited with ${rc}; inputs in ${SCRATCH}/artifacts\n${err}")
endif()
