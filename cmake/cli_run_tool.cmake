# run_tool(OUT_VAR ARGS...): runs ${TOOL} ARGS..., fails the check naming the arguments, the exit
# code and standard error unless it exits 0, and sets OUT_VAR to its standard output. Included by
# the CLI check scripts (cli_jobs_check.cmake, cli_synth_check.cmake).
function(run_tool out_var)
  execute_process(COMMAND ${TOOL} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "trialspec ${ARGN}: exit code ${rc}\n${err}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
