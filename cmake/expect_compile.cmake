# expect_compile(<name> <source> OK|ERROR)
#
# Registers the CTest test compile.<name>, which compiles <source> against trialspec's headers
# (syntax check only) with the project's compiler in C++20. OK: it must compile. ERROR: it must
# fail, and the compiler's output must match the regular expression given in the source on a
# line `// expect-error: <regex>`, so a failure for the wrong reason is caught.
function(expect_compile name source expectation)
  if(NOT expectation MATCHES "^(OK|ERROR)$")
    message(FATAL_ERROR "expect_compile(${name}): expectation must be OK or ERROR, not '${expectation}'")
  endif()
  add_test(NAME compile.${name}
    COMMAND ${CMAKE_COMMAND}
      -DCXX=${CMAKE_CXX_COMPILER}
      -DSOURCE=${source}
      -DEXPECT=${expectation}
      -DINCLUDE_DIRS=${PROJECT_SOURCE_DIR}/include|${Boost_INCLUDE_DIRS}
      -P ${PROJECT_SOURCE_DIR}/cmake/expect_compile_run.cmake)
endfunction()
