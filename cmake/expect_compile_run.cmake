# Runs one expect_compile check (see expect_compile.cmake). Inputs: CXX, SOURCE, EXPECT, INCLUDE_DIRS.
string(REPLACE "|" ";" include_dirs "${INCLUDE_DIRS}")
set(args -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror)
foreach(dir IN LISTS include_dirs)
  # -isystem /usr/include would break libstdc++'s #include_next.
  if(dir AND NOT dir STREQUAL "/usr/include")
    list(APPEND args -isystem ${dir})
  endif()
endforeach()
# Our own headers are not system headers: -I after -isystem for the project include dir.
list(GET include_dirs 0 own_include)
list(PREPEND args -I${own_include})

# The C locale keeps diagnostics in ASCII (no typographic quotes), whatever the caller's locale.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C ${CXX} ${args} ${SOURCE}
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)

if(EXPECT STREQUAL "OK")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "expected ${SOURCE} to compile, but it did not:\n${out}")
  endif()
  message(STATUS "compiled as expected: ${SOURCE}")
  return()
endif()

if(result EQUAL 0)
  message(FATAL_ERROR "expected ${SOURCE} not to compile, but it compiled")
endif()
file(STRINGS ${SOURCE} expect_lines REGEX "// expect-error: ")
if(NOT expect_lines)
  message(FATAL_ERROR "${SOURCE} has no '// expect-error: <regex>' line")
endif()
foreach(line IN LISTS expect_lines)
  string(REGEX REPLACE ".*// expect-error: " "" pattern "${line}")
  if(NOT out MATCHES "${pattern}")
    message(FATAL_ERROR "${SOURCE} failed to compile, but not with the expected message '${pattern}':\n${out}")
  endif()
endforeach()
message(STATUS "failed to compile as expected (${pattern}): ${SOURCE}")
