#!/usr/bin/env bash
# Two builds of `trialspec` side by side on the same JSON Lines cohort (issue 19): `screen
# --format csv` (NCT02249676, registry reading, as of 2014-01-05) with --jobs 1 and --jobs 2,
# the runs interleaved (rep 1 of every configuration, then rep 2, ..., the order rotated each
# time) so that a change in the machine's load falls on all of them. A measurement, not a test.
#
#   tests/benchmarks/scale_ab.sh OLD_TRIALSPEC NEW_TRIALSPEC [PATIENTS]     (default 100000)
#
# Per configuration: the median wall time and its spread, patients per second of wall time,
# and the median CPU time (user + system) in seconds and per patient - on a shared machine the
# CPU time moves less with the load than the wall time. `pair` is a control: two `--jobs 1` runs
# of NEW started together; when its wall time is near one run's, a second core was free.
# Environment: REPS (default 7), WORK (default: a new temporary directory, removed at the end).
set -euo pipefail
old=$1
new=$2
n=${3:-100000}
reps=${REPS:-7}
own_work=0
if [[ -z ${WORK:-} ]]; then WORK=$(mktemp -d); own_work=1; fi
trap '[[ $own_work == 1 ]] && rm -rf "$WORK"' EXIT

mkdir -p "$WORK"
"$new" synth --patients "$n" --seed 42 --output "$WORK/c.jsonl"
echo "machine: $(nproc) cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
configs=(old_j1 new_j1 old_j2 new_j2 pair)
: > "$WORK/times"
for ((r = 1; r <= reps; r++)); do
  for ((k = 0; k < ${#configs[@]}; k++)); do
    c=${configs[$(((k + r) % ${#configs[@]}))]}
    case $c in
      old_j1) cmd=("$old" screen "$WORK/c.jsonl" --as-of 2014-01-05 --format csv --jobs 1) ;;
      new_j1) cmd=("$new" screen "$WORK/c.jsonl" --as-of 2014-01-05 --format csv --jobs 1) ;;
      old_j2) cmd=("$old" screen "$WORK/c.jsonl" --as-of 2014-01-05 --format csv --jobs 2) ;;
      new_j2) cmd=("$new" screen "$WORK/c.jsonl" --as-of 2014-01-05 --format csv --jobs 2) ;;
      pair) cmd=(bash -c "\"\$0\" screen \"\$1\" --as-of 2014-01-05 --format csv --jobs 1 > /dev/null & \"\$0\" screen \"\$1\" --as-of 2014-01-05 --format csv --jobs 1; wait" "$new" "$WORK/c.jsonl") ;;
    esac
    /usr/bin/time -f "$c %e %U %S" -a -o "$WORK/times" "${cmd[@]}" > "$WORK/out.$c"
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in new_j1 old_j2 new_j2; do
  cmp -s "$WORK/out.old_j1" "$WORK/out.$c" || echo "WARNING: $c wrote a different report from old_j1"
done
echo "$n patients, medians of $reps:"
awk -v n="$n" '
  { wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " ($3 + $4) }
  function median(s,   v, k, i, j, t) {
    k = split(s, v, " ")
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    lo = v[1]; hi = v[k]
    return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
  }
  END {
    printf "%-8s %8s %14s %10s %10s %12s %14s\n", "run", "wall s", "wall min-max", "patients/s", "CPU s", "CPU min-max", "CPU us/patient"
    split("old_j1 new_j1 old_j2 new_j2 pair", order, " ")
    for (i = 1; i <= 5; i++) {
      c = order[i]
      w = median(wall[c]); wlo = lo; whi = hi
      u = median(cpu[c]); ulo = lo; uhi = hi
      m = c == "pair" ? 2 * n : n
      printf "%-8s %8.3f %6.2f-%-7.2f %10.0f %10.2f %5.2f-%-6.2f %14.2f\n", c, w, wlo, whi, m / w, u, ulo, uhi, 1e6 * u / m
    }
  }' "$WORK/times"
