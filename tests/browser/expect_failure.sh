#!/usr/bin/env bash
# expect_failure.sh REGEX check_page.sh ARGS... - for the harness's negative tests (CTest WILL_FAIL):
# runs the harness and exits 1 only when it failed (status 1) with output matching REGEX and no
# FAIL line that does not match it, i.e. for the reason the test is about and that one only; any
# other outcome (a pass, no browser, another failure) exits 0, which a WILL_FAIL test reports as a
# failure.
regex=$1
shift
out=$("$@" 2>&1)
status=$?
printf '%s\n' "$out"
# Every FAIL line must be the expected one: a check meant to pass that fails is not the reason.
others=$(printf '%s\n' "$out" | grep '^FAIL' | grep -Ev -- "$regex")
if [ $status -eq 1 ] && printf '%s\n' "$out" | grep -Eq -- "$regex" && [ -z "$others" ]; then
  echo "expect_failure: the harness failed as expected ($regex)"
  exit 1
fi
echo "expect_failure: expected the harness to fail with status 1 and output matching '$regex'; status $status"
exit 0
