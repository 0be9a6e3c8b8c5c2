#!/usr/bin/env bash
# Population-scale screening, end to end (issue 19): how many patients per second
# `trialspec screen --format csv` reads, screens and writes, and its peak resident memory, with
# --jobs 1 and --jobs 2, beside the library's own evaluation of the same patients (the limit).
# A measurement, not a test: nothing is asserted.
#
#   tests/benchmarks/scale.sh [BUILD_DIR]        (default build/gcc-release)
#
# Per run: wall seconds, patients per second, CPU seconds (user + system: on a shared machine,
# what --jobs 2 costs in all, whether or not a second core was free), peak resident memory.
# A control, `pair_j1`: two `--jobs 1` runs started together (the wall time of the pair); when it
# is near jsonl_j1's, the machine had a second core free for --jobs 2 in that repetition.
# Then, on the JSON Lines cohort of the first size, trialspec_reader_compare: the JSON Lines
# readers alone (the library's tree reader, nlohmann's SAX parser with a handler that does
# nothing, the tool's simdjson reader), interleaved, in patients per second of one thread.
#
# Build first (Release): cmake --preset gcc-release &&
#   cmake --build --preset gcc-release --target trialspec_cli trialspec_scale_limit trialspec_reader_compare
# Environment:
#   SIZES      cohort sizes (default "100000 1000000")
#   REPS       repetitions of every run (default 3); runs are interleaved (rep 1 of every
#              configuration, then rep 2, ...) so that a change in the machine's load falls on
#              all of them; the figures are medians
#   BASELINE   another `trialspec` to set beside (e.g. a build of an earlier commit); it reads
#              the document form of the cohort (BASELINE_LAYOUT=jsonl: the JSON Lines form), at
#              the first size only
#   WORK       where the cohorts go (default: a new temporary directory, removed at the end)
# Cohorts: `trialspec synth --patients N --seed 42`, as JSON Lines (.jsonl) and as a document
# (.json). Screening date 2014-01-05, NCT02249676 under its registry reading.
set -euo pipefail
build=${1:-build/gcc-release}
tool=$build/examples/cli/trialspec
limit=$build/tests/benchmarks/trialspec_scale_limit
readers=$build/tests/benchmarks/trialspec_reader_compare
sizes=${SIZES:-100000 1000000}
reps=${REPS:-3}
for f in "$tool" "$limit" "$readers" /usr/bin/time; do
  [[ -x $f ]] || { echo "scale.sh: $f not found (build it first, see the header)" >&2; exit 2; }
done
own_work=0
if [[ -z ${WORK:-} ]]; then WORK=$(mktemp -d); own_work=1; fi
trap '[[ $own_work == 1 ]] && rm -rf "$WORK"' EXIT

median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "tool: $tool"
[[ -n ${BASELINE:-} ]] && echo "baseline: $BASELINE"
first=1
for n in $sizes; do
  "$tool" synth --patients "$n" --seed 42 --output "$WORK/c$n.jsonl"
  "$tool" synth --patients "$n" --seed 42 --format json --output "$WORK/c$n.json"
  configs=(limit jsonl_j1 jsonl_j2 pair_j1 document_j1 document_j2)
  if [[ -n ${BASELINE:-} && $first == 1 ]]; then configs+=(baseline); fi
  if [[ $first == 1 ]]; then
    echo
    "$readers" "$WORK/c$n.jsonl" "$reps" || echo "WARNING: the simdjson reader handed lines on to the library's reader"
  fi
  declare -A secs=() rss=() cpu=()
  for ((r = 1; r <= reps; r++)); do
    # Rotate the order of the configurations from one repetition to the next.
    for ((k = 0; k < ${#configs[@]}; k++)); do
      c=${configs[$(((k + r) % ${#configs[@]}))]}
      case $c in
        limit) cmd=("$limit" "$n" 42) ;;
        jsonl_j1) cmd=("$tool" screen "$WORK/c$n.jsonl" --as-of 2014-01-05 --format csv --jobs 1) ;;
        jsonl_j2) cmd=("$tool" screen "$WORK/c$n.jsonl" --as-of 2014-01-05 --format csv --jobs 2) ;;
        document_j1) cmd=("$tool" screen "$WORK/c$n.json" --as-of 2014-01-05 --format csv --jobs 1) ;;
        document_j2) cmd=("$tool" screen "$WORK/c$n.json" --as-of 2014-01-05 --format csv --jobs 2) ;;
        baseline) cmd=("$BASELINE" screen "$WORK/c$n.${BASELINE_LAYOUT:-json}" --as-of 2014-01-05 --format csv) ;;
        pair_j1) cmd=(bash -c "\"\$0\" screen \"\$1\" --as-of 2014-01-05 --format csv --jobs 1 > /dev/null & \"\$0\" screen \"\$1\" --as-of 2014-01-05 --format csv --jobs 1; wait" "$tool" "$WORK/c$n.jsonl") ;;
      esac
      /usr/bin/time -v -o "$WORK/time" "${cmd[@]}" > "$WORK/out.$c"
      if [[ $c == limit ]]; then
        # The library's own timing (generation excluded), per patient.
        s=$(sed -n 's/.*test_seconds=\([0-9.]*\).*/\1/p' "$WORK/out.$c")
        all=$(sed -n 's/.*all_seconds=\([0-9.]*\).*/\1/p' "$WORK/out.$c")
        secs[limit_all]+="$all "
      else
        s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); v = 0; for (i = 1; i <= n; i++) v = v * 60 + t[i]; print v}' "$WORK/time")
      fi
      secs[$c]+="$s "
      cpu[$c]+="$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$WORK/time") "
      rss[$c]+="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time") "
    done
  done
  # Every configuration of the tool wrote the same report.
  for c in "${configs[@]}"; do
    [[ $c == limit || $c == pair_j1 ]] && continue
    cmp -s "$WORK/out.jsonl_j1" "$WORK/out.$c" || echo "WARNING: $c wrote a different report from jsonl_j1"
  done
  echo
  echo "$n patients ($(du -m "$WORK/c$n.jsonl" | cut -f1) MB of JSON Lines), medians of $reps:"
  printf '%-14s %10s %14s %12s %12s %-24s %s\n' run seconds patients/s "CPU seconds" "peak RSS MB" ratio "seconds min-max"
  med() { echo "${secs[$1]}" | tr ' ' '\n' | grep . | median; }
  spread() { echo "${secs[$1]}" | tr ' ' '\n' | grep . | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo "-" hi}'; }
  base_j1=$(med jsonl_j1)
  for c in limit limit_all "${configs[@]:1}"; do
    s=$(med "$c")
    rate=$(awk -v n="$n" -v s="$s" 'BEGIN {printf "%.0f", n / s}')
    if [[ $c == limit* ]]; then
      m="-"
      u="-"
      ratio=$(awk -v a="$base_j1" -v b="$s" 'BEGIN {printf "jsonl_j1 takes %.1fx this", a / b}')
    else
      m=$(echo "${rss[$c]}" | tr ' ' '\n' | grep . | median | awk '{printf "%.0f", $1 / 1024}')
      u=$(echo "${cpu[$c]}" | tr ' ' '\n' | grep . | median)
      ratio=$(awk -v a="$base_j1" -v b="$s" 'BEGIN {printf "%.2fx jsonl_j1", a / b}')
    fi
    if [[ $c == pair_j1 ]]; then
      rate=$(awk -v n="$n" -v s="$s" 'BEGIN {printf "%.0f", 2 * n / s}')
      ratio="(two runs together)"
    fi
    printf '%-14s %10.3f %14s %12s %12s %-24s %s\n' "$c" "$s" "$rate" "$u" "$m" "$ratio" "$(spread "$c")"
  done
  unset secs rss cpu
  rm -f "$WORK/c$n.jsonl" "$WORK/c$n.json"
  first=0
done
