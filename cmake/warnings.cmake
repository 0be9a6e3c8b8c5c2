# Warnings as errors for trialspec's own targets only; consumers of the library are never affected.
function(trialspec_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()
