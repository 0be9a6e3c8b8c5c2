# JSON Lines are read and screened in chunks of 64 patients within each part of a batch
# (cmd_screen.cpp, run_part); the first problem in input order is still the one reported, across
# chunks, as when a whole part was read before it was screened. 200 patients, generated here.
set(no_output data/screen_no_output.out)
function(chunks_cohort name)
  # ARGN: pairs of a line number (1-based) and the line that replaces the usual one there.
  set(text "")
  foreach(i RANGE 1 200)
    set(line "{\"id\":\"P${i}\",\"birth_date\":\"1970-01-01\",\"sex\":\"female\"}")
    set(args ${ARGN})
    while(args)
      list(POP_FRONT args at replacement)
      if(at EQUAL i)
        set(line "${replacement}")
      endif()
    endwhile()
    string(APPEND text "${line}\n")
  endforeach()
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/${name}.jsonl "${text}")
endfunction()

# Line 5 (first chunk) cannot be screened (born after the screening date), line 100 (second
# chunk) has a sex that is not one of the names: the reading of the whole part comes first, so
# line 100 is reported, with one job and with two.
chunks_cohort(chunks_unscreened_then_bad
  5 "{\"id\":\"P5\",\"birth_date\":\"2015-01-01\",\"sex\":\"female\"}"
  100 "{\"id\":\"P100\",\"birth_date\":\"1970-01-01\",\"sex\":\"femal\"}")
foreach(jobs 1 2)
  trialspec_cli_test(screen_chunks_unscreened_then_bad_${jobs}
    ARGS screen ${CMAKE_CURRENT_BINARY_DIR}/chunks_unscreened_then_bad.jsonl --as-of 2014-01-05 --format csv --jobs ${jobs}
    EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
    EXPECT_STDERR "chunks_unscreened_then_bad.jsonl:100: patient \"P100\" \\(#100\\): sex \"femal\": expected female, male or other")
endforeach()

# Line 100 (second chunk) cannot be screened and line 150 (third chunk) repeats the id of line 3:
# line 100 comes first in input order.
chunks_cohort(chunks_unscreened_then_repeated
  100 "{\"id\":\"P100\",\"birth_date\":\"2015-01-01\",\"sex\":\"female\"}"
  150 "{\"id\":\"P3\",\"birth_date\":\"1970-01-01\",\"sex\":\"female\"}")
trialspec_cli_test(screen_chunks_unscreened_then_repeated
  ARGS screen ${CMAKE_CURRENT_BINARY_DIR}/chunks_unscreened_then_repeated.jsonl --as-of 2014-01-05 --format csv --jobs 1
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "chunks_unscreened_then_repeated.jsonl:100: patient \"P100\" \\(#100\\): cannot be screened as of 2014-01-05: .*2015-01-01")

# Line 150 (third chunk) repeats the id of line 3 (first chunk): found by the register, which
# the ids reach as hashes computed on the reading thread.
chunks_cohort(chunks_repeated 150 "{\"id\":\"P3\",\"birth_date\":\"1970-01-01\",\"sex\":\"female\"}")
trialspec_cli_test(screen_chunks_repeated
  ARGS screen ${CMAKE_CURRENT_BINARY_DIR}/chunks_repeated.jsonl --as-of 2014-01-05 --format csv --jobs 2
  EXPECT_EXIT 2 EXPECT_OUTPUT ${no_output}
  EXPECT_STDERR "chunks_repeated.jsonl:150: patient \"P3\" \\(#150\\): id \"P3\": another patient has the same id")
