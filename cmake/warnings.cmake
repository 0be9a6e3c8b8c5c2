# Warnings for trialspec's own targets (tests, examples, the tool, benchmarks); consumers of the
# library are never affected. -Wall -Wextra -Wpedantic always; -Werror only when
# TRIALSPEC_WARNINGS_AS_ERRORS is on, which the project's presets and CI do. It is off by default
# so that any compiler version and build type a user picks builds: a new compiler's new (or false)
# warning must not stop a user's `cmake -DCMAKE_BUILD_TYPE=Release` build.
option(TRIALSPEC_WARNINGS_AS_ERRORS "Treat compiler warnings as errors in trialspec's own targets" OFF)

function(trialspec_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(TRIALSPEC_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
