#!/usr/bin/env bash
# Measures the compile-time cost of trialspec with the compilers on this machine: wall seconds and
# peak resident memory of compiling
#   umbrella         a file that includes only the umbrella header <trialspec/trialspec.hpp>
#   screen-example   the NCT02249676 screening example (examples/protocol_order_sheet.cpp)
#   screen-tool      the screening subcommand of the tool (examples/cli/cmd_screen.cpp)
#   tool             the whole `trialspec` tool (all its translation units, summed; memory is the
#                    largest single one)
# at -O0 -g (the Debug presets) and -O2 (the bench preset; optimisation dominates the tool).
#
#   bash cmake/compile_time.sh                       print the Markdown table (g++ and clang++)
#   bash cmake/compile_time.sh --check WHAT S MB [CXX]
#        compile WHAT once with CXX (default g++) at -O0 -g and fail if it takes more than S
#        seconds or MB megabytes: the CTest guard (label compile-time), with generous bounds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v /usr/bin/time >/dev/null || { echo "compile_time.sh: needs GNU time (Debian package 'time')" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <trialspec/trialspec.hpp>\nint main() {}\n' > "$tmp/umbrella.cpp"

# files WHAT -> the translation units it stands for
files() {
  case $1 in
    umbrella) echo "$tmp/umbrella.cpp" ;;
    screen-example) echo examples/protocol_order_sheet.cpp ;;
    screen-tool) echo examples/cli/cmd_screen.cpp ;;
    tool) echo examples/cli/*.cpp ;;
    *) echo "compile_time.sh: unknown item '$1' (umbrella, screen-example, screen-tool, tool)" >&2; exit 64 ;;
  esac
}

# measure COMPILER FLAGS FILE... -> "seconds max_mb" (seconds summed over the files)
measure() {
  local cxx=$1 flags=$2
  shift 2
  local total=0 peak=0
  for f in "$@"; do
    # shellcheck disable=SC2086 # flags are words
    if ! /usr/bin/time -f '%e %M' -o "$tmp/t" "$cxx" -std=c++20 $flags -Iinclude -Iexamples/cli -c "$f" -o "$tmp/o.o" 2> "$tmp/err"; then
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
