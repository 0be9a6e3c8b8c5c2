#!/usr/bin/env bash
# `trialspec progression` on large EDSS histories (issue 19): wall time and peak resident memory,
# read patient by patient (the visits and relapses grouped by patient in id order, as
# `trialspec synth --kind progression` writes them) and read whole (the same rows with patient
# 1's visits moved to the end, so that the tool falls back to reading the whole files), beside
# an earlier `trialspec` reading the grouped files. A measurement, not a test: nothing is
# asserted but that every run writes the same report.
#
#   tests/benchmarks/progression_scale.sh [TOOL [BASELINE_TOOL]]
#       (default build/gcc-release/examples/cli/trialspec, no baseline)
#
# Build first (Release), e.g. cmake --preset gcc-release &&
#   cmake --build --preset gcc-release --target trialspec_cli
# Environment:
#   SIZES   numbers of patients (default "200000"; the baseline runs at the first size only)
#   REPS    repetitions of every run (default 5); runs are interleaved (rep 1 of every
#           configuration, then rep 2, ...), so that a change in the machine's load falls on all
#           of them; the figures are medians, with the lowest and highest value
#   SEED    the generator's seed (default 42)
#   WORK    where the files go (default: a new temporary directory, removed at the end)
# Each run: /usr/bin/time -f "%e s %M KB" trialspec progression --visits V.csv --relapses R.csv
set -euo pipefail
tool=${1:-build/gcc-release/examples/cli/trialspec}
baseline=${2:-}
sizes=${SIZES:-200000}
reps=${REPS:-5}
seed=${SEED:-42}
for f in "$tool" ${baseline:+"$baseline"} /usr/bin/time; do
  [[ -x $f ]] || { echo "progression_scale.sh: $f not found (build it first, see the header)" >&2; exit 2; }
done
own_work=0
if [[ -z ${WORK:-} ]]; then WORK=$(mktemp -d); own_work=1; fi
trap '[[ $own_work == 1 ]] && rm -rf "$WORK"' EXIT

# "median min max" of the numbers on standard input.
stats() { sort -g | awk '{v[NR]=$1} END {m = NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; print m, v[1], v[NR]}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "tool: $tool"
[[ -n $baseline ]] && echo "baseline: $baseline"
first=1
for n in $sizes; do
  v=$WORK/v$n.csv r=$WORK/r$n.csv
  "$tool" synth --kind progression --patients "$n" --seed "$seed" --output "$v" --relapses "$r"
  k=$(grep -c '^1,' "$v")
  { head -n 1 "$v"; tail -n +$((k + 2)) "$v"; sed -n "2,$((k + 1))p" "$v"; } > "$WORK/v${n}_moved.csv"
  echo
  echo "$n patients: $(($(wc -l < "$v") - 1)) visit rows ($(du -m "$v" | cut -f1) MB), $(($(wc -l < "$r") - 1)) relapse rows"
  configs=(grouped whole)
  if [[ -n $baseline && $first == 1 ]]; then configs+=(baseline); fi
  declare -A secs=() rss=()
  for ((rep = 1; rep <= reps; rep++)); do
    for c in "${configs[@]}"; do
      case $c in
        grouped) cmd=("$tool" progression --visits "$v" --relapses "$r") ;;
        whole) cmd=("$tool" progression --visits "$WORK/v${n}_moved.csv" --relapses "$r") ;;
        baseline) cmd=("$baseline" progression --visits "$v" --relapses "$r") ;;
      esac
      /usr/bin/time -f "%e s %M KB" -o "$WORK/time" "${cmd[@]}" > "$WORK/out.$c" 2> "$WORK/err.$c"
      read -r s _ kb _ < "$WORK/time"
      secs[$c]+="$s "
      rss[$c]+="$kb "
      cmp -s "$WORK/out.$c" "$WORK/out.grouped" || { echo "progression_scale.sh: $c wrote another report" >&2; exit 1; }
    done
  done
  printf '%-9s %22s %28s\n' "" "seconds (min-max)" "peak RSS MB (min-max)"
  for c in "${configs[@]}"; do
    read -r sm slo shi < <(tr ' ' '\n' <<< "${secs[$c]}" | grep . | stats)
    read -r km klo khi < <(tr ' ' '\n' <<< "${rss[$c]}" | grep . | stats)
    printf '%-9s %8.2f (%.2f-%.2f) %14.1f (%.1f-%.1f)\n' "$c" "$sm" "$slo" "$shi" \
      "$(awk -v k="$km" 'BEGIN {print k/1024}')" "$(awk -v k="$klo" 'BEGIN {print k/1024}')" "$(awk -v k="$khi" 'BEGIN {print k/1024}')"
    declare "median_$c=$sm"
  done
  echo "report: $(($(wc -l < "$WORK/out.grouped") - 1)) event rows, the same bytes in every run"
  if [[ -n $baseline && $first == 1 ]]; then
    awk -v b="$median_baseline" -v g="$median_grouped" 'BEGIN {printf "baseline / grouped (medians): %.1fx\n", b/g}'
  fi
  unset secs rss
  first=0
done
