#!/usr/bin/env bash
# Mutation testing of the clinical headers: change one operator, outcome or constant at a time
# and check that the tests covering that header notice (README, "Reliability").
#
#   bash cmake/mutate.sh -B BUILD [--sample N] [--seed S] [--jobs J] [--only REGEX] [--list]
#
#   -B BUILD     a configured build directory of this project (any preset; its
#                compile_commands.json gives the compiler and flags; -g, -O and -Werror are
#                replaced by -O0 -Wno-error so that a mutant compiles as fast as it can, and
#                -D_GLIBCXX_ASSERTIONS is added, so that an index pushed past the end of a standard
#                container stops the program instead of reading whatever lies there)
#   --sample N   a fixed subset of N mutants (the same N for the same seed), for CI; default: all
#   --seed S     the seed of the subset (default 1)
#   --jobs J     mutants compiled and run at once (default 1)
#   --only REGEX only the headers whose path (under include/trialspec/) matches REGEX
#   --list       print the mutants and stop (in a temporary directory: a run in progress on the
#                same build is not touched)
#   --scope FILE the scope table to use instead of tests/mutation/scope.txt
#   --schemata   first run the operator and outcome mutants of each header through one program per
#                test file (a mutant schema, tests/mutation/schema_support.hpp: every mutant
#                compiled in, the one that acts chosen at run time); only the mutants the schema
#                does not kill (and integer constants, and every mutant of a header whose schema
#                does not build or does not pass as written) are then compiled one at a time as
#                below. A full run of a folder takes a fraction of the time; see the README.
#   --confirm-kills N  with --schemata: also compile N of the mutants the schemata killed (a fixed
#                random subset, --seed) one at a time, and report any that survives so (a schema
#                acts only at run time: a test comparing a value computed while compiling with the
#                same computed at run time could fail under a schema and pass under the mutant)
#   --compile-lines REGEX  with --schemata: compile alone only the schemata's survivors whose source
#                line matches REGEX (e.g. 'static_assert|requires|constexpr', the places a schema
#                cannot act); report the others as survived, as --schema-only does
#   --schema-only with --schemata: the mutants a schema does not kill are reported as survived
#                without compiling them one at a time (a lower bound of the score: a mutant that
#                acts only while compiling, in a static_assert or a constant expression, survives
#                every schema; compile the survivors one at a time before calling one a survivor)
#
# Which headers, which mutations and which tests: tests/mutation/scope.txt (unit test files, and
# must-compile / must-not-compile programs of tests/compile/ named compile/NAME.pass|fail). Mutants known to be
# equivalent (they cannot change behaviour) are listed with the reason in
# tests/mutation/equivalent.txt and reported apart. Each mutant is compiled into its header's test
# files only (tests/unit/<name>.cpp), one at a time in the table's order (the likeliest killer
# first), each linked with tests/main.cpp and run from tests/ as CTest does, until one fails; a
# file that kills is then checked to pass unmutated (built once per run). A mutant is
#   killed     when the program fails (a check, a crash or a 120 s timeout), a must-not-compile
#              program of the scope compiles (or fails for another reason), or its build stops on a
#              compile-time check: a static_assert, or a constant expression that no longer
#              evaluates (the library checks its windows, thresholds and tables while compiling,
#              and throws invalid_input from a constexpr constructor given a wrong one),
#   survived   when the program passes,
#   stillborn  when it does not compile for any other reason (a type error; not counted in the
#              score; its build log is kept in BUILD/mutation/m<N>/build-<test>.log).
# Every mutation replaces an operator, an enumerator or a number by another of the same kind, so
# a mutant is never a syntax error.
# One run at a time per build directory (BUILD/mutation, or BUILD/mutation$MUTATE_WORK_SUFFIX): a
# second refuses with exit status 75 rather than delete the first's programs midway.
# Prints one line per mutant and the score per folder; exits 1 when a mutant that is not listed as
# equivalent survives, 0 otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

build= sample=0 seed=1 jobs=1 only= list_only=0 schemata=0 schema_only=0 compile_lines= confirm=0 scope=$root/tests/mutation/scope.txt
while [ $# -gt 0 ]; do
  case "$1" in
    -B) build=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --list) list_only=1; shift ;;
    --scope) scope=$2; shift 2 ;;
    --schemata) schemata=1; shift ;;
    --schema-only) schema_only=1; shift ;;
    --confirm-kills) confirm=$2; shift 2 ;;
    --compile-lines) compile_lines=$2; shift 2 ;;
    *) echo "mutate.sh: unknown argument \"$1\" (see the comment at the top of cmake/mutate.sh)" >&2; exit 64 ;;
  esac
done
[ -n "$build" ] || { echo "mutate.sh: -B BUILD is required (a configured build directory)" >&2; exit 64; }
build=$(cd "$build" && pwd)
db=$build/compile_commands.json
[ -f "$db" ] || { echo "mutate.sh: $db not found: configure the build with CMAKE_EXPORT_COMPILE_COMMANDS=ON (every preset does)" >&2; exit 66; }

[ -f "$scope" ] || { echo "mutate.sh: scope table $scope not found" >&2; exit 66; }
work=$build/mutation${MUTATE_WORK_SUFFIX:-}
if [ "$list_only" = 1 ]; then
  # A listing builds only the mutant lister: in a directory of its own, so that it never touches
  # the work of a run in progress on the same build.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
else
  # One run at a time per work directory: a second would delete the first's programs midway.
  exec 9>"$work.lock"
  flock -n 9 || { echo "mutate.sh: another run is using $work; wait for it to end, or give another build directory (or MUTATE_WORK_SUFFIX)" >&2; exit 75; }
  rm -rf "$work"
fi
mkdir -p "$work"

# The compiler and flags of tests/main.cpp (the flags of every Boost.Test file).
command=$(awk -v want="$root/tests/main.cpp" '
  /"command":/ { c = $0 }
  /"file":/ { f = $0; sub(/^[^:]*: *"/, "", f); sub(/",? *$/, "", f); if (f == want) { print c; exit } }' "$db")
[ -n "$command" ] || { echo "mutate.sh: no compile command for tests/main.cpp in $db (configure with TRIALSPEC_BUILD_TESTS=ON)" >&2; exit 66; }
command=${command#*\"command\": \"}
command=${command%\"*}
command=${command//\\\"/\"}
flags=()
read -r -a words <<<"${command%% -o *}"
for w in "${words[@]}"; do
  case "$w" in
    -g|-g[0-9]|-O*|-Werror|-DNDEBUG) ;;
    *) flags+=("$w") ;;
  esac
done
cxx=${flags[0]}
flags=("${flags[@]:1}" -O0 -Wno-error -D_GLIBCXX_ASSERTIONS)
link_flags=()
for w in "${flags[@]}"; do case "$w" in -fsanitize=*) link_flags+=("$w") ;; esac; done

"$cxx" -std=c++20 -O1 -o "$work/mutants" "$root/tests/mutation/mutants.cpp"

# Every mutant: header kinds tests offset length line column kind original replacement
while read -r header kinds tests_; do
  case "$header" in ''|'#'*) continue ;; esac
  if [ -n "$only" ] && ! [[ "$header" =~ $only ]]; then continue; fi
  tests=$(awk -v h="$header" '$1 == h { $1 = ""; $2 = ""; sub(/^ +/, ""); gsub(/ +/, ","); print }' "$scope")
  "$work/mutants" "$kinds" "$root/include/trialspec/$header" |
    while read -r offset length line column kind original replacement; do
      echo "$header $tests $offset $length $line $column $kind $original $replacement"
    done
done <"$scope" >"$work/all"

if [ "$sample" -gt 0 ]; then
  awk -v seed="$seed" 'BEGIN { srand(seed) } { print rand() "\t" $0 }' "$work/all" | sort -k1,1 | awk -v n="$sample" 'NR <= n' |
    cut -f2- >"$work/chosen"
else
  cp "$work/all" "$work/chosen"
fi
if [ "$list_only" = 1 ]; then
  awk '{ printf "%s:%s:%s %s %s -> %s\n", $1, $5, $6, $7, $8, $9 }' "$work/chosen"
  exit 0
fi
# Each chosen mutant with its number in this run (i) and in the whole list (its schema number).
awk 'NR == FNR { n[$0] = FNR; next } { print FNR, n[$0], $0 }' "$work/all" "$work/chosen" >"$work/numbered"
total=$(wc -l <"$work/chosen")
echo "mutate.sh: $total mutants ($(wc -l <"$work/all") in scope), $jobs at a time, compiler $cxx" >&2

# Objects of the unmutated test files, built once (a mutant's files are rebuilt in its own tree).
objects=$work/objects
mkdir -p "$objects"
"$cxx" "${flags[@]}" -c "$root/tests/main.cpp" -o "$objects/main.o"

compile_error_pattern='static assertion failed|static_assert failed|not a constant expression|not an integral constant expression|non-.constexpr. function|constexpr variable .* must be initialized by a constant expression|is not a constant expression|evaluates to .* which is not'

# A must-compile / must-not-compile test (tests/compile/NAME.pass.cpp or NAME.fail.cpp, named
# compile/NAME.pass or compile/NAME.fail in the scope table), as CTest's compile.* tests judge it:
# a .fail file passes when it does not compile and the compiler's output matches every
# `// expect-error: <regex>` line; a .pass file when it compiles. Only compiled (-fsyntax-only).
run_compile_test() { # tree_include_dir out_dir test -> as run_one
  local inc=$1 out=$2 t=$3
  local source=$root/tests/$t.cpp log=$out/build-${t//\//_}.log
  if "$cxx" -I"$inc" "${flags[@]}" -fsyntax-only "$source" >"$log" 2>&1; then
    [[ $t == *.fail ]] && return 1 # a program that must not compile compiles: the suite notices
    return 0
  fi
  if [[ $t == *.fail ]]; then
    local pattern
    while IFS= read -r pattern; do
      grep -q -E -- "$pattern" "$log" || return 1 # fails for another reason than its rule: noticed too
    done < <(sed -n 's|.*// expect-error: ||p' "$source")
    return 0
  fi
  if grep -q -E "$compile_error_pattern" "$log"; then return 2; fi
  return 3
}

run_one() { # tree_include_dir out_dir test -> 0 pass, 1 fail, 2 static_assert, 3 other build error
  local inc=$1 out=$2 t=$3
  mkdir -p "$out"
  if [[ $t == compile/* ]]; then
    run_compile_test "$inc" "$out" "$t"
    return
  fi
  if ! "$cxx" -I"$inc" "${flags[@]}" -c "$root/tests/unit/$t.cpp" -o "$out/$t.o" >"$out/build-$t.log" 2>&1; then
    if grep -q -E "$compile_error_pattern" "$out/build-$t.log"; then
      return 2
    fi
    return 3
  fi
  if ! "$cxx" "${link_flags[@]}" "$objects/main.o" "$out/$t.o" -lboost_unit_test_framework -o "$out/$t" >>"$out/build-$t.log" 2>&1; then
    return 3
  fi
  rm -f "$out/$t.o"
  if (cd "$root/tests" && timeout 120 "$out/$t" --color_output=no >"$out/run-$t.log" 2>&1); then return 0; fi
  return 1
}

# A mutant's test files one at a time, each linked with tests/main.cpp and run: the first that
# fails (or does not build) decides (its name is left in `decided_by`), and the files after it are
# not built (a mutant is killed by any of its tests; most are killed by the first in the table).
decided_by=
run_tests() { # tree_include_dir out_dir tests(comma separated) -> as run_one, 0 when every file passes
  local inc=$1 out=$2 tests=$3 t rc
  decided_by=
  for t in ${tests//,/ }; do
    rc=0
    run_one "$inc" "$out" "$t" || rc=$?
    if [ $rc -ne 0 ]; then decided_by=$t; return $rc; fi
  done
  return 0
}

# A kill says something only if the unmutated file builds and passes: each test file that kills a
# mutant is built and run once unmutated (the first worker to need it builds it, under a lock),
# and a file that fails unmutated stops the run with exit 1 (see BUILD/mutation/baseline/).
baseline_passes() { # test -> 0 when the unmutated file builds and passes
  local t=$1 key=${1//\//_}
  (
    flock 9
    if [ ! -f "$work/baseline/$key.rc" ]; then
      local rc=0
      run_one "$root/include" "$work/baseline" "$t" || rc=$?
      echo "$rc" >"$work/baseline/$key.rc"
    fi
  ) 9>"$work/baseline/$key.lock"
  [ "$(cat "$work/baseline/$key.rc")" = 0 ]
}
mkdir -p "$work/baseline"

# Whether a mutant ("header:line:column original -> replacement") is listed as equivalent.
is_equivalent() { grep -qF -- "$1" "$root/tests/mutation/equivalent.txt" 2>/dev/null; }

# Runs `FUNCTION N ARGS...` for N = 0 .. jobs-1 at once and waits for all of them.
in_parallel() { # FUNCTION [ARGS...]
  local f=$1 n p pids=()
  shift
  for ((n = 0; n < jobs; n++)); do
    "$f" "$n" "$@" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
}

worker() { # worker number, list of numbered mutants[, results prefix]: takes every jobs-th mutant of the list
  local n=$1 list=$2 prefix=${3:-results} tree=$work/tree$1 k=0 i all
  rm -rf "$tree"
  cp -r "$root/include" "$tree"
  while read -r i all header tests offset length line column kind original replacement; do
    k=$((k + 1))
    [ $(((k - 1) % jobs)) -eq "$n" ] || continue
    local file=$tree/trialspec/$header source=$root/include/trialspec/$header
    { head -c "$offset" "$source"; printf '%s' "$replacement"; tail -c +$((offset + length + 1)) "$source"; } >"$file"
    # A mutant in a static_assert or a requires clause is judged while compiling: the scope's
    # must-compile and must-not-compile programs (a few seconds each) go first.
    if sed -n "${line}p" "$source" | grep -q -E 'static_assert|requires'; then
      tests=$(printf '%s\n' ${tests//,/ } | awk '/^compile\//' | paste -sd, -),$(printf '%s\n' ${tests//,/ } | awk '!/^compile\//' | paste -sd, -)
      tests=${tests#,}
      tests=${tests%,}
    fi
    set +e
    run_tests "$tree" "$work/m$i" "$tests"
    local rc=$?
    set -e
    cp "$source" "$file"
    local verdict
    case $rc in 0) verdict=survived ;; 1) verdict=killed ;; 2) verdict=killed-compile ;; *) verdict=stillborn ;; esac
    if [ $rc -eq 1 ] || [ $rc -eq 2 ]; then
      if ! baseline_passes "$decided_by"; then
        echo "mutate.sh: the unmutated tests/unit/$decided_by.cpp does not pass, so its kill of mutant $i says nothing; see $work/baseline/" >&2
        touch "$work/baseline_failed"
      fi
    fi
    local id="$header:$line:$column $original -> $replacement"
    if [ "$verdict" = survived ] && is_equivalent "$id"; then
      verdict=equivalent
    fi
    case $verdict in survived|stillborn) ;; *) rm -rf "$work/m$i" ;; esac
    printf '%s\t%s\t%s\tcompiled\n' "$i" "$verdict" "$id" >>"$work/$prefix.$n"
    printf 'mutant %d/%d %-13s %s\n' "$i" "$total" "$verdict" "$id"
  done <"$list"
}

# Mutant schemata (--schemata): per header, each of its unit test files is built once with every
# operator and outcome mutant of the header in it (tests/mutation/schema_support.hpp) and run as
# written (TRIALSPEC_MUTANT unset) and then once per mutant, in the table's order, until one fails.
# A mutant a schema kills is killed; every other one goes to the one-at-a-time workers above.
schema_header_ok() { # header key -> 0 when every unit test file of its schema built and passes as written
  local key=$1
  [ ! -f "$work/schema/$key/failed" ]
}
schema_build() { # worker number: builds every jobs-th (header, test file) pair of $work/schema/pairs
  local n=$1 k=0 key header kinds first t
  while read -r key header kinds first t; do
    k=$((k + 1))
    [ $(((k - 1) % jobs)) -eq "$n" ] || continue
    local dir=$work/schema/$key rc=0
    run_one "$dir/include" "$dir/out" "$t" || rc=$?
    if [ $rc -ne 0 ]; then
      echo "mutate.sh: the schema of $header does not build or fails as written with tests/unit/$t.cpp (rc $rc; see $dir/out/); its mutants are compiled one at a time" >&2
      touch "$dir/failed"
    fi
  done <"$work/schema/pairs"
}
schema_worker() { # worker number: runs every jobs-th mutant of $work/schema/mutants
  local n=$1 k=0 i all header tests offset length line column kind original replacement
  while read -r i all header tests offset length line column kind original replacement; do
    k=$((k + 1))
    [ $(((k - 1) % jobs)) -eq "$n" ] || continue
    local key=${header//\//_} killed_by= t
    for t in ${tests//,/ }; do
      [[ $t == compile/* ]] && continue
      if ! (cd "$root/tests" && TRIALSPEC_MUTANT=$all timeout 120 "$work/schema/$key/out/$t" --color_output=no >/dev/null 2>&1); then
        killed_by=$t
        break
      fi
    done
    local id="$header:$line:$column $original -> $replacement"
    if [ -n "$killed_by" ]; then
      printf '%s\t%s\t%s\tschema:%s\n' "$i" killed "$id" "$killed_by" >>"$work/results.s$n"
      printf 'mutant %d/%d %-13s %s (schema, %s)\n' "$i" "$total" killed "$id" "$killed_by"
    else
      printf '%s %s %s %s %s %s %s %s %s %s %s\n' "$i" "$all" "$header" "$tests" "$offset" "$length" "$line" "$column" "$kind" "$original" "$replacement" >>"$work/schema/survivors.$n"
    fi
  done <"$work/schema/mutants"
}

compiled_list=$work/numbered
if [ "$schemata" = 1 ]; then
  mkdir -p "$work/schema"
  cp "$root/tests/mutation/schema_support.hpp" "$work/schema/support.hpp"
  : >"$work/schema/pairs"
  # The headers with an operator or outcome mutant chosen, each with its first number in the list.
  awk '$9 != "int" && !seen[$3]++ { print $3 }' "$work/numbered" | while read -r header; do
    key=${header//\//_}
    first=$(awk -v h="$header" '$1 == h { print NR; exit }' "$work/all")
    kinds=$(awk -v h="$header" '$1 == h { print $2; exit }' "$scope")
    dir=$work/schema/$key
    mkdir -p "$dir/out"
    cp -r "$root/include" "$dir/include"
    cp "$work/schema/support.hpp" "$dir/include/trialspec_mutation_schema.hpp"
    "$work/mutants" --schema "$kinds" "$root/include/trialspec/$header" "$first" >"$dir/include/trialspec/$header"
    tests=$(awk -v h="$header" '$1 == h { $1 = ""; $2 = ""; print }' "$scope")
    for t in $tests; do
      [[ $t == compile/* ]] && continue
      echo "$key $header $kinds $first $t" >>"$work/schema/pairs"
    done
  done
  echo "mutate.sh: building $(wc -l <"$work/schema/pairs") schema programs" >&2
  in_parallel schema_build
  # The mutants a schema can judge: operators and outcomes of headers whose schema passes as written.
  : >"$work/schema/mutants"
  : >"$work/schema/survivors.rest"
  while read -r i all header rest; do
    set -- $rest
    if [ "$6" != int ] && schema_header_ok "${header//\//_}"; then
      echo "$i $all $header $rest" >>"$work/schema/mutants"
    else
      echo "$i $all $header $rest" >>"$work/schema/survivors.rest"
    fi
  done <"$work/numbered"
  echo "mutate.sh: $(wc -l <"$work/schema/mutants") mutants through schemata" >&2
  in_parallel schema_worker
  cat "$work/schema"/survivors.* | sort -n >"$work/schema/compiled"
  echo "mutate.sh: $(cat "$work"/results.s* 2>/dev/null | wc -l) mutants killed by the schemata, $(wc -l <"$work/schema/compiled") to compile one at a time" >&2
  if [ "$confirm" -gt 0 ]; then
    # A fixed random subset of the schema's kills, compiled one at a time.
    cat "$work"/results.s* 2>/dev/null | cut -f1 | sort -n >"$work/schema/kills"
    awk 'NR == FNR { k[$1] = 1; next } ($1 in k)' "$work/schema/kills" "$work/numbered" |
      awk -v seed="$seed" 'BEGIN { srand(seed) } { print rand() "\t" $0 }' | sort -k1,1 | awk -v n="$confirm" 'NR <= n' |
      cut -f2- | sort -n >"$work/schema/confirm"
    echo "mutate.sh: compiling $(wc -l <"$work/schema/confirm") of the schemata's kills one at a time" >&2
    in_parallel worker "$work/schema/confirm" confirmed
    cat "$work"/confirmed.* 2>/dev/null | sort -n >"$work/schema/confirmed"
    agreed=$(awk -F'\t' '$2 ~ /^killed/' "$work/schema/confirmed" | wc -l)
    echo "mutate.sh: of $(wc -l <"$work/schema/confirmed") schema kills compiled one at a time, $agreed killed" >&2
    awk -F'\t' '$2 !~ /^killed/ { print "mutate.sh: schema kill not confirmed: " $3 " (" $2 " compiled alone)" }' "$work/schema/confirmed" >&2
    [ "$agreed" -eq "$(wc -l <"$work/schema/confirmed")" ] || touch "$work/schema_disagrees"
  fi
  compiled_list=$work/schema/compiled
  # The survivors compiled alone: every one (default), none (--schema-only), or those on lines
  # matching --compile-lines; the others are reported as survivors of the schemata.
  : >"$work/schema/alone"
  : >"$work/schema/not_alone"
  while read -r i all header tests offset length line column kind original replacement; do
    to=alone
    if [ "$schema_only" = 1 ]; then
      to=not_alone
    elif [ -n "$compile_lines" ] && ! sed -n "${line}p" "$root/include/trialspec/$header" | grep -q -E -- "$compile_lines"; then
      to=not_alone
    fi
    echo "$i $all $header $tests $offset $length $line $column $kind $original $replacement" >>"$work/schema/$to"
  done <"$compiled_list"
  while read -r i all header tests offset length line column kind original replacement; do
    id="$header:$line:$column $original -> $replacement"
    verdict=survived
    if is_equivalent "$id"; then verdict=equivalent; fi
    printf '%s\t%s\t%s\tschema-only\n' "$i" "$verdict" "$id" >>"$work/results.schema-only"
    printf 'mutant %d/%d %-13s %s (schema only, not compiled alone)\n' "$i" "$total" "$verdict" "$id"
  done <"$work/schema/not_alone"
  compiled_list=$work/schema/alone
fi

in_parallel worker "$compiled_list"

if [ -f "$work/schema_disagrees" ]; then
  echo "mutate.sh: a schema's kill was not confirmed by compiling the mutant alone (above)" >&2
fi
if [ -f "$work/baseline_failed" ]; then
  echo "mutate.sh: an unmutated test file does not pass (above); no score" >&2
  exit 1
fi
cat "$work"/results.* 2>/dev/null | sort -n >"$work/results"
echo
echo "folder                         killed  survived  equivalent  stillborn  score"
awk -F'\t' '
  { split($3, a, ":"); h = a[1]; d = h; sub(/\/[^\/]*$/, "", d); folders[d] = 1
    if ($2 ~ /^killed/) k[d]++; else if ($2 == "survived") s[d]++; else if ($2 == "equivalent") e[d]++; else b[d]++ }
  END { for (d in folders) { n = k[d] + s[d]; printf "%-30s %6d  %8d  %10d  %9d  %s\n", d, k[d], s[d], e[d], b[d], n ? sprintf("%.0f%%", 100 * k[d] / n) : "-" } }' \
  "$work/results" | sort
survivors=$(awk -F'\t' '$2 == "survived"' "$work/results" | wc -l)
if [ "$survivors" -gt 0 ]; then
  echo
  echo "surviving mutants (kill them with a test worked by hand, or list them in tests/mutation/equivalent.txt with the reason):"
  awk -F'\t' '$2 == "survived" { print "  " $3 }' "$work/results"
  exit 1
fi
if [ -f "$work/schema_disagrees" ]; then exit 1; fi
