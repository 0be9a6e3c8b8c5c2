#!/usr/bin/env bash
# Measures the compile-time cost of trialspec with the compilers on this machine.
#
#   bash cmake/compile_time.sh [REPS]
#        the budget (README, "Compile time"): g++ -O0 -fsyntax-only on files that include only
#          baseline        <boost/date_time/gregorian/gregorian_types.hpp>
#          protocol        <trialspec/protocols/nct02249676.hpp>
#          trial-NAME      <trialspec/protocols/NAME.hpp>, each other bundled trial
#          eligibility     <trialspec/eligibility.hpp>
#          umbrella        <trialspec/trialspec.hpp>
#        and on the NCT02249676 screening example (examples/protocol_order_sheet.cpp), REPS
#        repetitions (default 5) interleaved item by item so that a change in the machine's load
#        hits every item alike; prints the median wall and CPU seconds of each and their ratios
#        to the baseline.
#        Target: protocol and every trial-NAME <= 4 x baseline.
#   bash cmake/compile_time.sh --table
#        the Markdown table of wall seconds and peak resident memory of one compile of the
#        umbrella header, the screening example, the screening subcommand and the whole tool, at
#        -O0 -g (the Debug presets) and -O2 (the bench preset), with g++ and clang++.
#   bash cmake/compile_time.sh --check WHAT S MB [CXX]
#        compile WHAT (umbrella, screen-example, screen-tool, tool) once with CXX (default g++) at
#        -O0 -g and fail if it takes more than S seconds or MB megabytes: the CTest guard (label
#        compile-time), with generous bounds.
#   bash cmake/compile_time.sh --no-boost-math [CXX]
#        fail if a header that screening uses includes Boost.Math (~2.5 s per translation unit):
#        every public header except those that compute intervals (listed in math_headers below)
#        and the optional ones (testing/, io/). The CTest guard compile_time.no_boost_math.
#   bash cmake/compile_time.sh --layers
#        fail if a header includes a header of a higher layer (README, "Architecture"): core
#        (config, error, enum_names, text, calendar/, verdict/) < edss, clinical/ < progression/, rates/,
#        diagnosis/ < eligibility/ < protocol/ < protocols/ < io/, sql/ < testing/. Reads the #include
#        lines (no compiler); also fail on a using-directive at namespace scope or thread_local in
#        a header. The CTest guard compile_time.layers.
#   bash cmake/compile_time.sh --umbrellas [CXX]
#        fail unless every folder of include/trialspec/ has its umbrella trialspec/<folder>.hpp
#        that brings in (directly or through other headers) every header of the folder outside
#        detail/, and trialspec/trialspec.hpp brings in every umbrella but testing.hpp, io.hpp and
#        sql.hpp (opt-in).
#        The CTest guard compile_time.umbrellas (it keeps the pattern as headers are added).
#   bash cmake/compile_time.sh --string-building [DIR]
#        fail, naming file:line, if a header under DIR (default include/) holds a string literal
#        as the left operand of `+`, or `+ std::to_string(`, outside comments: text is built by
#        appending (trialspec/text.hpp, detail::cat), because g++ 12 at -O3 reports a false
#        -Wrestrict / -Warray-bounds inside libstdc++ when operator+ inserts at the front of a
#        string, in a user's -Werror build. Reads the sources (perl, no compiler). The CTest
#        guard compile_time.string_building.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Headers allowed to include Boost.Math: they compute intervals, or gather such headers.
math_headers() {
  case $1 in
    trialspec/rates.hpp | trialspec/rates/*) return 0 ;;              # relapse rates, exact intervals
    trialspec/protocol/safety.hpp) return 0 ;;                        # adverse events: exact rate ratio
    trialspec/protocols/*/analysis.hpp) return 0 ;;                   # a trial's outcomes with intervals
    trialspec/trialspec.hpp | trialspec/protocol.hpp | trialspec/protocols.hpp) return 0 ;; # umbrellas
    trialspec/testing.hpp | trialspec/testing/* | trialspec/io.hpp | trialspec/io/*) return 0 ;; # opt-in
  esac
  return 1
}

if [ "${1:-}" = "--no-boost-math" ]; then
  cxx=${2:-g++}
  checked=()
  while IFS= read -r h; do
    math_headers "$h" || checked+=("$h")
  done < <(cd include && find trialspec -name '*.hpp' | sort)
  # One preprocessing of all of them; on a hit, one per header to name the culprits.
  for h in "${checked[@]}"; do echo "#include <$h>"; done > "$tmp/all.cpp"
  if ! "$cxx" -std=c++20 -Iinclude -M "$tmp/all.cpp" > "$tmp/deps"; then
    echo "compile_time.sh: the screening headers do not preprocess" >&2
    exit 1
  fi
  if ! grep -q 'boost/math' "$tmp/deps"; then
    echo "no Boost.Math in ${#checked[@]} screening headers (trialspec/ minus rates/, protocol/safety.hpp, protocols/*/analysis.hpp, umbrellas, testing/, io/)"
    exit 0
  fi
  status=0
  for h in "${checked[@]}"; do
    echo "#include <$h>" > "$tmp/one.cpp"
    "$cxx" -std=c++20 -Iinclude -M "$tmp/one.cpp" > "$tmp/deps"
    if grep -q 'boost/math' "$tmp/deps"; then
      echo "compile_time.sh: <$h> includes Boost.Math; only headers that compute intervals may" >&2
      status=1
    fi
  done
  exit $status
fi

if [ "${1:-}" = "--layers" ]; then
  # rank PATH: the layer of a header under include/ (trialspec/<module>.hpp has its module's rank)
  rank() {
    local m=${1#trialspec/}
    m=${m%%/*}
    m=${m%.hpp}
    case $m in
      config | error | enum_names | text | calendar | verdict) echo 0 ;;
      edss | clinical) echo 1 ;;
      progression | rates | diagnosis) echo 2 ;;
      eligibility) echo 3 ;;
      protocol) echo 4 ;;
      protocols) echo 5 ;;
      io | sql) echo 6 ;;
      testing) echo 7 ;;
      trialspec) echo 9 ;;
      *) echo "compile_time.sh: no layer for $1" >&2; echo 99 ;;
    esac
  }
  status=0
  count=0
  while IFS= read -r h; do
    r=$(rank "$h")
    while IFS= read -r inc; do
      if [ "$(rank "$inc")" -gt "$r" ]; then
        echo "compile_time.sh: <$h> (layer $r) includes <$inc> (layer $(rank "$inc")), a higher layer" >&2
        status=1
      fi
    done < <(sed -n 's|^#include <\(trialspec/[^>]*\)>.*|\1|p' "include/$h")
    count=$((count + 1))
  done < <(cd include && find trialspec -name '*.hpp' | sort)
  # Two more rules of the architecture that a grep can keep: no using-directive at namespace scope
  # (a line that starts with it; inside a function it is indented), no thread_local state.
  while IFS= read -r hit; do
    echo "compile_time.sh: $hit: a using-directive at namespace scope in a public header" >&2
    status=1
  done < <(cd include && grep -rn '^using namespace' trialspec || true)
  while IFS= read -r hit; do
    echo "compile_time.sh: $hit: thread_local state in a header (criteria take their state from the context)" >&2
    status=1
  done < <(cd include && grep -rn '\bthread_local\b' trialspec || true)
  [ $status -eq 0 ] && echo "$count headers: none includes a higher layer, none has a namespace-scope using-directive or thread_local state"
  exit $status
fi

if [ "${1:-}" = "--string-building" ]; then
  dir=${2:-include}
  # One pass over each file: comments, string and character literals and numbers (whose digit
  # separators look like quotes) are read as tokens, so a `" +` inside a comment or a literal is
  # not code; a string literal followed by `+` (not `++` or `+=`) is a hit, and so is
  # `+ std::to_string(` anywhere in code.
  find "$dir" -name '*.hpp' | sort | perl -e '
    my ($files, $hits) = (0, 0);
    while (my $f = <STDIN>) {
      chomp $f;
      open(my $in, "<", $f) or die "compile_time.sh: cannot read $f\n";
      local $/; my $src = <$in>; close $in;
      $files++;
      while ($src =~ m{\G.*?(?:(//[^\n]*)|(/\*.*?\*/)|("(?:[^"\\\n]|\\.)*")|(\b[0-9][0-9A-Za-z_\x27.]*)|(\x27(?:[^\x27\\\n]|\\.)*\x27)|(\+\s*std::to_string\s*\())}gs) {
        my $what;
        my $at = defined $3 ? $-[3] : defined $6 ? $-[6] : 0;
        if (defined $3 && $src =~ m{\G\s*\+(?![+=])}gc) { $what = "a string literal is the left operand of +"; }
        elsif (defined $6) { $what = "+ std::to_string(...)"; }
        next unless $what;
        my $line = (substr($src, 0, $at) =~ tr/\n//) + 1;
        print STDERR "$f:$line: $what: build the text by appending (trialspec/text.hpp, detail::cat)\n";
        $hits++;
      }
    }
    if ($hits) { print STDERR "compile_time.sh: $hits string concatenations that may insert at the front of a string\n"; exit 1; }
    print "$files headers: no string literal on the left of +, no + std::to_string\n";
  '
  exit $?
fi

if [ "${1:-}" = "--umbrellas" ]; then
  cxx=${2:-g++}
  status=0
  deps_of() { echo "#include <$1>" > "$tmp/u.cpp"; "$cxx" -std=c++20 -Iinclude -M "$tmp/u.cpp" | tr ' \\' '\n\n' | sed -n 's#^.*include/\(trialspec/.*\.hpp\)$#\1#p' | sort -u; }
  umbrellas=()
  for dir in include/trialspec/*/; do
    module=$(basename "$dir")
    umbrella=trialspec/$module.hpp
    if [ ! -f "include/$umbrella" ]; then
      echo "compile_time.sh: trialspec/$module/ has no umbrella header <$umbrella>" >&2
      status=1
      continue
    fi
    umbrellas+=("$umbrella")
    deps_of "$umbrella" > "$tmp/deps"
    while IFS= read -r h; do
      grep -qxF "$h" "$tmp/deps" || { echo "compile_time.sh: <$umbrella> does not bring in <$h>" >&2; status=1; }
    done < <(cd include && find "trialspec/$module" -name '*.hpp' -not -path '*/detail/*' | sort)
  done
  deps_of trialspec/trialspec.hpp > "$tmp/deps"
  for u in "${umbrellas[@]}"; do
    case $u in trialspec/testing.hpp | trialspec/io.hpp | trialspec/sql.hpp) continue ;; esac
    grep -qxF "$u" "$tmp/deps" || { echo "compile_time.sh: <trialspec/trialspec.hpp> does not bring in <$u>" >&2; status=1; }
  done
  [ $status -eq 0 ] && echo "${#umbrellas[@]} module umbrellas complete; trialspec.hpp includes all but testing.hpp, io.hpp and sql.hpp"
  exit $status
fi

command -v /usr/bin/time >/dev/null || { echo "compile_time.sh: needs GNU time (Debian package 'time')" >&2; exit 1; }

printf '#include <trialspec/trialspec.hpp>\nint main() {}\n' > "$tmp/umbrella.cpp"
printf '#include <boost/date_time/gregorian/gregorian_types.hpp>\n' > "$tmp/baseline.cpp"
printf '#include <trialspec/protocols/nct02249676.hpp>\n' > "$tmp/protocol.cpp"
printf '#include <trialspec/eligibility.hpp>\n' > "$tmp/eligibility.cpp"
# The other bundled trials: the budget holds for a file including any one trial's header.
trials=(prevent n_momentum sakurasky sakurastar champion_nmosd opera oratorio asclepios)
for t in "${trials[@]}"; do printf '#include <trialspec/protocols/%s.hpp>\n' "$t" > "$tmp/trial-$t.cpp"; done

# files WHAT -> the translation units it stands for
files() {
  case $1 in
    baseline) echo "$tmp/baseline.cpp" ;;
    protocol) echo "$tmp/protocol.cpp" ;;
    trial-*) echo "$tmp/$1.cpp" ;;
    eligibility) echo "$tmp/eligibility.cpp" ;;
    umbrella) echo "$tmp/umbrella.cpp" ;;
    screen-example) echo examples/protocol_order_sheet.cpp ;;
    screen-tool) echo examples/cli/cmd_screen.cpp ;;
    tool) echo examples/cli/*.cpp ;;
    *) echo "compile_time.sh: unknown item '$1' (baseline, protocol, eligibility, umbrella, screen-example, screen-tool, tool)" >&2; exit 64 ;;
  esac
}

# measure COMPILER FLAGS FILE... -> "seconds max_mb" (seconds summed over the files)
measure() {
  local cxx=$1 flags=$2
  shift 2
  local total=0 peak=0
  for f in "$@"; do
    local out=(-c -o "$tmp/o.o")
    case $flags in *-fsyntax-only*) out=() ;; esac
    # shellcheck disable=SC2086 # flags are words
    if ! /usr/bin/time -f '%e %M' -o "$tmp/t" "$cxx" -std=c++20 $flags -Iinclude -Iexamples/cli "${out[@]}" "$f" 2> "$tmp/err"; then
      echo "compile_time.sh: $cxx $flags $f does not compile:" >&2
      cat "$tmp/err" >&2
      exit 1
    fi
    read -r s kb < "$tmp/t"
    total=$(awk -v a="$total" -v b="$s" 'BEGIN { printf "%.2f", a + b }')
    local mb=$((kb / 1024))
    [ "$mb" -gt "$peak" ] && peak=$mb
  done
  echo "$total $peak"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [ "${1:-}" = "--check" ]; then
  [ $# -ge 4 ] || { echo "usage: compile_time.sh --check WHAT SECONDS MB [CXX]" >&2; exit 64; }
  what=$2 max_s=$3 max_mb=$4 cxx=${5:-g++}
  files "$what" > /dev/null
  # shellcheck disable=SC2046 # one word per file
  read -r s mb < <(measure "$cxx" "-O0 -g" $(files "$what"))
  echo "$what with $cxx -O0 -g: $s s, $mb MB (limits $max_s s, $max_mb MB)"
  if awk -v s="$s" -v m="$max_s" 'BEGIN { exit !(s > m) }' || [ "$mb" -gt "$max_mb" ]; then
    echo "compile_time.sh: $what exceeds its compile-time budget" >&2
    exit 1
  fi
  exit 0
fi

if [ "${1:-}" = "--table" ]; then
  compilers=()
  for c in g++ clang++; do command -v "$c" >/dev/null && compilers+=("$c"); done
  echo "| compiler | flags | what | seconds | peak MB |"
  echo "|---|---|---|---:|---:|"
  for cxx in "${compilers[@]}"; do
    version=$("$cxx" --version | head -n1 | sed 's/ (.*)//')
    for flags in "-O0 -g" "-O2"; do
      for what in umbrella screen-example screen-tool tool; do
        # shellcheck disable=SC2046
        set -- $(files "$what")
        read -r s mb < <(measure "$cxx" "$flags" "$@")
        case $what in
          umbrella) label="umbrella header only" ;;
          screen-example) label="NCT02249676 screening example" ;;
          screen-tool) label="screening subcommand (cmd_screen.cpp)" ;;
          tool) label="the trialspec tool ($# files, summed)" ;;
        esac
        echo "| $version | $flags | $label | $s | $mb |"
      done
    done
  done
  exit 0
fi

# The budget: interleaved repetitions, medians, ratios to the baseline. Wall seconds and CPU
# seconds (user + system) of each compile: on a machine shared with other work the wall time
# includes waiting for a core, the CPU time does not; both ratios are printed.
reps=${1:-5}
case $reps in '' | *[!0-9]*) echo "usage: compile_time.sh [REPS] | --table | --check ... | --no-boost-math [CXX] | --umbrellas [CXX]" >&2; exit 64 ;; esac
items=(baseline protocol)
for t in "${trials[@]}"; do items+=("trial-$t"); done
items+=(eligibility umbrella screen-example)
for ((r = 1; r <= reps; r++)); do
  for what in "${items[@]}"; do
    if ! /usr/bin/time -f '%e %U %S' -o "$tmp/t" g++ -std=c++20 -O0 -fsyntax-only -Iinclude -Iexamples/cli "$(files "$what")" 2> "$tmp/err"; then
      echo "compile_time.sh: $what does not compile:" >&2
      cat "$tmp/err" >&2
      exit 1
    fi
    read -r e u sy < "$tmp/t"
    echo "$e" >> "$tmp/$what.wall"
    awk -v a="$u" -v b="$sy" 'BEGIN { printf "%.2f\n", a + b }' >> "$tmp/$what.cpu"
  done
done
base_wall=$(median < "$tmp/baseline.wall")
base_cpu=$(median < "$tmp/baseline.cpu")
echo "$(g++ --version | head -n1 | sed 's/ (.*)//'), -O0 -fsyntax-only, medians of $reps interleaved runs (load average $(cut -d' ' -f1 /proc/loadavg 2> /dev/null || echo '?')):"
echo "| what | wall s | x baseline | CPU s | x baseline |"
echo "|---|---:|---:|---:|---:|"
for what in "${items[@]}"; do
  w=$(median < "$tmp/$what.wall")
  c=$(median < "$tmp/$what.cpu")
  case $what in
    baseline) label="only <boost/date_time/gregorian/gregorian_types.hpp> (baseline)" ;;
    protocol) label="only <trialspec/protocols/nct02249676.hpp>" ;;
    trial-*) label="only <trialspec/protocols/${what#trial-}.hpp>" ;;
    eligibility) label="only <trialspec/eligibility.hpp>" ;;
    umbrella) label="only <trialspec/trialspec.hpp> (umbrella)" ;;
    screen-example) label="examples/protocol_order_sheet.cpp (screening example)" ;;
  esac
  echo "| $label | $w | $(awk -v a="$w" -v b="$base_wall" 'BEGIN { printf "%.1f", a / b }') | $c | $(awk -v a="$c" -v b="$base_cpu" 'BEGIN { printf "%.1f", a / b }') |"
done
