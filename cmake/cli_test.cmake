# trialspec_cli_test(<name> ARGS <arg>... [STDIN <file>]
#                    [EXPECT_OUTPUT <file>] [EXPECT_EXIT <code>] [EXPECT_STDERR <regex>]
#                    [EXPECT_STDOUT <regex>])
#
# Runs the `trialspec` tool as CTest test cli.<name>. Relative paths in ARGS, STDIN and
# EXPECT_OUTPUT are relative to examples/cli/tests/. EXPECT_OUTPUT: standard output must equal the
# file byte for byte. EXPECT_EXIT defaults to 0. EXPECT_STDERR, EXPECT_STDOUT: standard error,
# standard output must match the regular expression. A test with a non-zero EXPECT_EXIT and neither
# EXPECT_OUTPUT nor EXPECT_STDOUT requires standard output to be empty. When the output differs
# from EXPECT_OUTPUT, it is written to <build>/examples/cli/actual-output/<name>.txt (the test runs
# in the source folder, which is never written).
function(trialspec_cli_test name)
  cmake_parse_arguments(PARSE_ARGV 1 T "" "STDIN;EXPECT_OUTPUT;EXPECT_EXIT;EXPECT_STDERR;EXPECT_STDOUT" "ARGS")
  if(NOT DEFINED T_EXPECT_EXIT)
    set(T_EXPECT_EXIT 0)
  endif()
  string(REPLACE ";" "|" args "${T_ARGS}")
  add_test(NAME cli.${name}
    COMMAND ${CMAKE_COMMAND}
      -DTOOL=$<TARGET_FILE:trialspec_cli>
      "-DARGS=${args}"
      -DSTDIN=${T_STDIN}
      -DEXPECT_OUTPUT=${T_EXPECT_OUTPUT}
      -DEXPECT_EXIT=${T_EXPECT_EXIT}
      "-DEXPECT_STDERR=${T_EXPECT_STDERR}"
      "-DEXPECT_STDOUT=${T_EXPECT_STDOUT}"
      -DACTUAL_OUTPUT=${CMAKE_CURRENT_BINARY_DIR}/actual-output/${name}.txt
      -P ${PROJECT_SOURCE_DIR}/cmake/cli_test_run.cmake)
  set_tests_properties(cli.${name} PROPERTIES WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/examples/cli/tests)
endfunction()
