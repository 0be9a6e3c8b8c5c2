#!/usr/bin/env bash
# sql_scale.sh TOOL N - N synthetic patients screened by PostgreSQL 15 (the query of `trialspec
# sql` over the OMOP tables of `trialspec omop-export`) and by the tool end to end (`trialspec
# screen FILE --format csv`, reading the same patients as JSON Lines), with a check that both give
# every person the same status and every criterion the same value (tests/sql/compare.sh, as
# tests/sql/differential.sh does). A measurement, not a test (not in CTest); it fails only when
# a step fails or the two answers differ (the differences are printed, and the table still is).
#
#   tests/benchmarks/sql_scale.sh build/gcc-release/examples/cli/trialspec 1000000
#
# Steps: `trialspec synth --patients N --seed SEED --as-of AS_OF` (JSON Lines); `trialspec
# omop-export` of that file (timed, not in the ratios); a private cluster (tests/sql/pg_start.sh,
# stopped and removed by tests/sql/pg_stop.sh on exit, also after a failure); the load (`psql -f
# load.sql`: CREATE TABLE, \copy of every table, an index on person_id per table, ANALYZE), timed
# once; then REPS interleaved repetitions of the screening by the tool (`--jobs` left at its
# default, one thread per core) and of the query (`psql --csv`, server settings left at
# PostgreSQL's defaults: work_mem 4MB, max_parallel_workers_per_gather 2; pg_start.sh sets
# only fsync=off and full_page_writes=off), the order alternating between repetitions; medians and
# min-max. Every repetition's output must equal the first's byte for byte. Then one EXPLAIN
# (ANALYZE) of the query, summarised (the full plan stays in the data directory, explain.txt, with KEEP=1).
# Wall and CPU seconds and peak resident memory come from /usr/bin/time -v; the query's CPU is the
# server's (its backends' and parallel workers' user + system time, read from the postmaster's
# children's times in /proc before and after), psql's own is left out.
#
# Environment:
#   BENCH_DIR  where the data go (default /tmp): a new directory under it, removed at the end
#              (KEEP=1 keeps it). 1,000,000 patients take about 1.3 GB of JSON Lines and some
#              GB more for the OMOP files and the cluster: check `df -h` first.
#   REPS       repetitions of the screening and of the query (default 3)
#   PROTOCOL   (default nct02249676), AS_OF (default 2014-01-05), SEED (default 21)
#   QUERY_PGOPTIONS  settings for the query's and EXPLAIN's sessions, as PGOPTIONS (e.g.
#              "-c jit=off"); default none (PostgreSQL's defaults)
#   EXPLAIN    0: no EXPLAIN ANALYZE (it costs one more run of the query)
#   PG_BINDIR  PostgreSQL 15's initdb and pg_ctl (default /usr/lib/postgresql/15/bin)
set -euo pipefail
tool=${1:?usage: sql_scale.sh TOOL N}
n=${2:?usage: sql_scale.sh TOOL N}
tool=$(cd "$(dirname "$tool")" && pwd)/$(basename "$tool")
here=$(cd "$(dirname "$0")" && pwd)
sqldir=$here/../sql
bench_dir=${BENCH_DIR:-/tmp}
reps=${REPS:-3}
protocol=${PROTOCOL:-nct02249676}
as_of=${AS_OF:-2014-01-05}
seed=${SEED:-21}
bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
for f in "$tool" /usr/bin/time "$bindir/initdb" "$bindir/pg_ctl"; do
  [[ -x $f ]] || { echo "sql_scale: $f not found" >&2; exit 2; }
done
command -v psql >/dev/null || { echo "sql_scale: psql not found" >&2; exit 2; }
mkdir -p "$bench_dir"
work=$(mktemp -d "$bench_dir/trialspec-sql-scale.XXXXXX")
chmod 755 "$work" # user postgres (the server, when run as root) keeps its cluster in it
cleanup() {
  bash "$sqldir/pg_stop.sh" "$work/pg" "$bindir" || echo "sql_scale: pg_stop.sh failed" >&2
  if [[ ${KEEP:-0} == 1 ]]; then echo "sql_scale: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
spread() { sort -g | awk 'NR==1{lo=$1} {hi=$1} END {print lo " to " hi}'; }
# /usr/bin/time -v LOG: wall seconds, CPU seconds (user + system), peak RSS in MiB
timed() {
  local log=$1; shift
  /usr/bin/time -v -o "$log" "$@"
}
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + t[i]; printf "%.3f\n", s }' "$1"; }
cpu_of() { awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f\n", u + s}' "$1"; }
rss_of() { awk -F': ' '/Maximum resident set size/ {printf "%.0f\n", $2 / 1024}' "$1"; }
# CPU seconds of the postmaster's reaped children (backends, parallel workers)
server_children_cpu() {
  local pid
  pid=$(head -1 "$cluster/data/postmaster.pid")
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($14 + $15) / hz }' "/proc/$pid/stat"
}

echo "sql_scale: $n patients, protocol $protocol as of $as_of, seed $seed, $reps repetitions, data in $work"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr); load average at start $(loadavg)"
"$tool" synth --patients "$n" --seed "$seed" --as-of "$as_of" --output "$work/cohort.jsonl"
echo "cohort: $(du -h "$work/cohort.jsonl" | cut -f1) of JSON Lines"

timed "$work/export.time" "$tool" omop-export "$work/cohort.jsonl" "$work/omop" --schema bench
echo "omop-export: $(wall_of "$work/export.time") s, $(du -sh "$work/omop" | cut -f1) of CSV"

bash "$sqldir/pg_start.sh" "$work/pg" "$bindir"
# shellcheck disable=SC1091
source "$work/pg/env"
cluster=$(cat "$work/pg/cluster")
echo "server: $(psql -XAtc 'SELECT version()' | cut -d, -f1); work_mem $(psql -XAtc 'SHOW work_mem'), shared_buffers $(psql -XAtc 'SHOW shared_buffers'), max_parallel_workers_per_gather $(psql -XAtc 'SHOW max_parallel_workers_per_gather'); query session options: ${QUERY_PGOPTIONS:-none}"

c0=$(server_children_cpu)
PGOPTIONS="-c client_min_messages=warning" timed "$work/load.time" psql -X -q -v ON_ERROR_STOP=1 -f "$work/omop/load.sql" >/dev/null
sleep 0.5
c1=$(server_children_cpu)
load_s=$(wall_of "$work/load.time")
load_cpu=$(awk -v a="$c0" -v b="$c1" 'BEGIN { printf "%.2f", b - a }')
echo "load: $load_s s wall, $load_cpu s server CPU (CREATE TABLE, \\copy, indexes, ANALYZE); database $(psql -XAtc "SELECT pg_size_pretty(pg_database_size(current_database()))")"

"$tool" sql --protocol "$protocol" --as-of "$as_of" --schema bench >"$work/query.sql"

declare -a tool_s=() tool_cpu=() tool_rss=() query_s=() query_cpu=()
run_tool() {
  local r=$1
  timed "$work/tool$r.time" "$tool" screen "$work/cohort.jsonl" --protocol "$protocol" --as-of "$as_of" --format csv --quiet >"$work/screen$r.csv"
  tool_s+=("$(wall_of "$work/tool$r.time")"); tool_cpu+=("$(cpu_of "$work/tool$r.time")"); tool_rss+=("$(rss_of "$work/tool$r.time")")
  [[ $r == 1 ]] || cmp -s "$work/screen1.csv" "$work/screen$r.csv" || { echo "sql_scale: screening $r wrote another CSV than screening 1" >&2; exit 1; }
  echo "  tool  rep $r: ${tool_s[-1]} s wall, ${tool_cpu[-1]} s CPU, ${tool_rss[-1]} MB peak RSS (load average $(loadavg))"
}
run_query() {
  local r=$1 a b
  a=$(server_children_cpu)
  PGOPTIONS=${QUERY_PGOPTIONS:-} timed "$work/query$r.time" psql -X -v ON_ERROR_STOP=1 --csv -f "$work/query.sql" >"$work/sql$r.csv"
  sleep 0.5
  b=$(server_children_cpu)
  query_s+=("$(wall_of "$work/query$r.time")"); query_cpu+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b - a }')")
  [[ $r == 1 ]] || cmp -s "$work/sql1.csv" "$work/sql$r.csv" || { echo "sql_scale: query $r returned other rows than query 1" >&2; exit 1; }
  echo "  query rep $r: ${query_s[-1]} s wall, ${query_cpu[-1]} s server CPU, psql $(rss_of "$work/query$r.time") MB peak RSS (load average $(loadavg))"
}
for ((r = 1; r <= reps; r++)); do
  if ((r % 2)); then run_tool "$r"; run_query "$r"; else run_query "$r"; run_tool "$r"; fi
done

verdict=0
echo "compare (tests/sql/compare.sh, the query's rows against the tool's CSV):"
bash "$sqldir/compare.sh" "$work/sql1.csv" "$work/screen1.csv" || verdict=1
echo "statuses: tool $(awk -F, 'NR > 1 { s[$2]++ } END { for (k in s) printf "%s %d ", k, s[k] }' "$work/screen1.csv")| SQL $(awk -F, 'NR > 1 { s[$2]++ } END { for (k in s) printf "%s %d ", k, s[k] }' "$work/sql1.csv")"

# EXPLAIN ANALYZE: the query is one statement ending in ';' (comments and blank lines aside)
{ echo "EXPLAIN (ANALYZE, BUFFERS)"; cat "$work/query.sql"; } >"$work/explain.sql"
if [[ ${EXPLAIN:-1} == 0 ]]; then
  echo "EXPLAIN ANALYZE: not run (EXPLAIN=0)"
elif PGOPTIONS=${QUERY_PGOPTIONS:-} psql -X -v ON_ERROR_STOP=1 -At -f "$work/explain.sql" >"$work/explain.txt" 2>"$work/explain.err"; then
  echo "EXPLAIN ANALYZE (one more run; the plan's top node, parallel workers, JIT, totals):"
  head -1 "$work/explain.txt" | sed 's/^/  /'
  grep -E 'Workers (Planned|Launched)|Execution Time|Planning Time|Functions:|Timing:' "$work/explain.txt" | sed 's/^ */  /' | sort | uniq -c | sed 's/^ */  /'
else
  echo "EXPLAIN ANALYZE failed: $(head -3 "$work/explain.err")"
fi

m_tool=$(printf '%s\n' "${tool_s[@]}" | median)
m_query=$(printf '%s\n' "${query_s[@]}" | median)
echo
echo "load average at end $(loadavg); $(nproc) cores shared with other work: figures from a loaded machine"
echo "| patients | tool s | tool CPU s | tool peak RSS MB | load s | query s | query server CPU s | query/tool | (load+query)/tool |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '| %s | %.2f (%s) | %.2f | %s | %.2f | %.2f (%s) | %.2f | %.2f | %.2f |\n' \
  "$(printf "%'d" "$n")" "$m_tool" "$(printf '%s\n' "${tool_s[@]}" | spread)" \
  "$(printf '%s\n' "${tool_cpu[@]}" | median)" "$(printf '%s\n' "${tool_rss[@]}" | median)" \
  "$load_s" "$m_query" "$(printf '%s\n' "${query_s[@]}" | spread)" "$(printf '%s\n' "${query_cpu[@]}" | median)" \
  "$(awk -v q="$m_query" -v t="$m_tool" 'BEGIN { print q / t }')" \
  "$(awk -v l="$load_s" -v q="$m_query" -v t="$m_tool" 'BEGIN { print (l + q) / t }')"
echo "(medians of $reps, min to max in brackets; load once; omop-export $(wall_of "$work/export.time") s, not in the ratios)"
exit "$verdict"
