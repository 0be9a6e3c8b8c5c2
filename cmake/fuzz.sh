#!/usr/bin/env bash
# cmake/fuzz.sh - runs trialspec's libFuzzer targets (tests/fuzz/) for longer than their CTest
# tests, one at a time, and prints per target: executions, seconds, crashes, leaks, timeouts and
# out-of-memory stops.
#
#   cmake/fuzz.sh [-B BUILD_DIR] TARGET:LIMIT [TARGET:LIMIT ...]
#
# TARGET is a target's name without "fuzz_" (cohort_json, patient_line, fhir, parse_date,
# edss_parse, edss_csv, rates_csv, document_objects) or "all". LIMIT is a number of executions (10000000) or a time
# in seconds, minutes or hours (600s, 15m, 2h). BUILD_DIR (default build/sanitize) is a build with
# -DTRIALSPEC_BUILD_FUZZERS=ON and the targets built, e.g.
#   cmake --preset sanitize -DTRIALSPEC_BUILD_FUZZERS=ON
#   cmake --build build/sanitize --target fuzz_parse_date ...
# Each run starts from a copy of the committed corpus in BUILD_DIR/fuzz-long/TARGET/ (the source
# tree is not written) and runs at nice 19, or FUZZ_NICE (0 to 19: on a machine with other work,
# 19 may leave a run seconds without the processor; renice afterwards changes one thread only, and
# the jobs of -fork=N are started by threads that keep the old value). libFuzzer stops at the first crash, leak, timeout (one
# input taking over 10 s) or out-of-memory stop; the input is saved in BUILD_DIR/fuzz-long/TARGET/
# and the next target starts. Exit status: 0 when every run ended at its limit with nothing found.
# FUZZ_FLAGS adds libFuzzer options to every run, after the defaults (so -timeout=60 replaces the
# 10 s, e.g. on a machine so loaded that a nice-19 run can wait seconds for the processor), e.g.
# FUZZ_FLAGS="-entropic=0 -max_len=2048" (the
# README's long run: about three times the executions a second of the defaults, which spend most
# of their time choosing the next input when the corpus is large); ASAN_OPTIONS and UBSAN_OPTIONS
# are kept when set.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build=$here/build/sanitize
if [ "${1:-}" = "-B" ]; then build=$(cd "$2" && pwd); shift 2; fi
[ $# -gt 0 ] || { sed -n '2,/^set -u/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 64; }
all_targets="cohort_json patient_line fhir parse_date edss_parse edss_csv rates_csv document_objects"

niceness=${FUZZ_NICE:-19}
case $niceness in
  [0-9] | 1[0-9]) ;;
  *) echo "fuzz.sh: FUZZ_NICE=$niceness: expected 0 to 19" >&2; exit 64 ;;
esac

specs=()
for spec in "$@"; do
  target=${spec%%:*}; limit=${spec#*:}
  if [ "$target" = "$spec" ] || [ -z "$limit" ]; then echo "fuzz.sh: $spec: expected TARGET:LIMIT" >&2; exit 64; fi
  case $limit in
    *[0-9]s) ;; *[0-9]m) ;; *[0-9]h) ;;
    *[!0-9]*) echo "fuzz.sh: $spec: LIMIT is a number of executions or a time such as 600s, 15m, 2h" >&2; exit 64 ;;
  esac
  if [ "$target" = all ]; then for t in $all_targets; do specs+=("$t:$limit"); done; else specs+=("$spec"); fi
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
rows=()
for spec in "${specs[@]}"; do
  target=${spec%%:*}; limit=${spec#*:}
  binary=$(find "$build" -name "fuzz_$target" -type f -perm -u+x | head -n 1)
  if [ -z "$binary" ]; then echo "fuzz.sh: no fuzz_$target under $build (build it first)" >&2; exit 2; fi
  case $limit in
    *s) bound=(-max_total_time=${limit%s}) ;;
    *m) bound=(-max_total_time=$(( ${limit%m} * 60 ))) ;;
    *h) bound=(-max_total_time=$(( ${limit%h} * 3600 ))) ;;
    *) bound=(-runs="$limit") ;;
  esac
  work=$build/fuzz-long/$target
  rm -rf "$work"; mkdir -p "$work/corpus" "$work/artifacts"
  cp "$here/tests/fuzz/corpus/$target/"* "$work/corpus/" 2>/dev/null
  log=$work/log.txt
  start=$(date +%s)
  echo "fuzz.sh: $(date -u '+%Y-%m-%d %H:%M') UTC: nice -n $niceness fuzz_$target ${bound[*]} -timeout=10 -rss_limit_mb=2048 ${FUZZ_FLAGS:-} (log: $log)" >&2
  # shellcheck disable=SC2086 # FUZZ_FLAGS is a list of options
  nice -n "$niceness" "$binary" "${bound[@]}" -timeout=10 -rss_limit_mb=2048 ${FUZZ_FLAGS:-} -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" >"$log" 2>&1
  rc=$?
  seconds=$(( $(date +%s) - start ))
  # The final statistics, or the last progress line "#N" when larger: in -fork=N mode the parent's
  # statistics count no execution of its own (0), and its progress lines count its jobs'.
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
  progress=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
  if [ -z "$runs" ] || { [ -n "$progress" ] && [ "$progress" -gt "$runs" ]; }; then runs=$progress; fi
  count() { find "$work/artifacts" -name "$1-*" | wc -l; }
  crashes=$(count crash); leaks=$(count leak); timeouts=$(count timeout); ooms=$(count oom)
  interrupted=0
  grep -q 'libFuzzer: run interrupted' "$log" && interrupted=1 # stopped by a signal (Ctrl-C, kill): no finding
  if [ "$rc" -ne 0 ] && [ "$interrupted" -eq 0 ] && [ $((crashes + leaks + timeouts + ooms)) -eq 0 ]; then crashes=1; fi # e.g. a deadly signal
  [ "$rc" -eq 0 ] || status=1
  rows+=("$(printf '%-13s %12s %10s %8s %8s %6s %9s %5s' "$target" "$limit" "${runs:-?}" "$seconds" "$crashes" "$leaks" "$timeouts" "$ooms")")
  if [ "$interrupted" -eq 1 ]; then
    echo "fuzz.sh: fuzz_$target was interrupted before its limit (exit $rc): see $log" >&2
  elif [ "$rc" -ne 0 ]; then
    echo "fuzz.sh: fuzz_$target stopped (exit $rc): see $log and $work/artifacts/" >&2
  fi
done
printf '%-13s %12s %10s %8s %8s %6s %9s %5s\n' target limit executions seconds crashes leaks timeouts ooms
printf '%s\n' "${rows[@]}"
exit $status
