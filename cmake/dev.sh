#!/usr/bin/env bash
# The README's two commands:
#   bash cmake/dev.sh example   build the trialspec tool and screen the bundled cohort (the main example)
#   bash cmake/dev.sh test      build everything and pass every test with g++ -O3, with clang++
#                               (Debug) under ASan+UBSan and with clang++ -O3, and the threading
#                               test under ThreadSanitizer
# Each first installs what is missing, from Debian's packages only (as root, or through sudo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(g++ clang cmake ninja-build libboost-dev libboost-test-dev libboost-date-time-dev
          libboost-math-dev nlohmann-json3-dev libsimdjson-dev libbenchmark-dev time
          libclang-rt-14-dev)
# Only the test command needs these: a PostgreSQL 15 server for the OMOP tests (label postgres;
# started in a private directory on loopback by the tests themselves and stopped at their end) and
# headless Chromium for the report tests (label browser), with a font for readable screenshots,
# xmllint (libxml2-utils), which checks that every SVG the tool writes is well-formed XML, and
# LLVM's linker (lld), which links the sanitizer build (preset sanitize) about four times faster.
test_packages=(postgresql chromium fonts-dejavu-core libxml2-utils lld)

install_missing() {
  local missing=()
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "trialspec: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "trialspec: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # Debian's postgresql package creates a cluster 15/main and may start it where services can be
  # started; the tests use a private cluster of their own, so a server the install just started
  # is stopped again (left as it was only when postgresql was installed before).
  if [[ " ${missing[*]} " == *" postgresql "* ]] && command -v pg_lsclusters >/dev/null &&
     pg_lsclusters 2>/dev/null | awk '$1 == "15" && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'; then
    "${sudo[@]}" pg_ctlcluster 15 main stop || true
  fi
}

jobs=$(nproc 2>/dev/null || echo 2)
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$jobs}"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$jobs}"

case "${1:-}" in
  example)
    install_missing "${packages[@]}"
    cmake --preset gcc >/dev/null
    cmake --build --preset gcc --target trialspec_cli
    # The main example: screen the bundled cohort against NCT02249676 as of a fixed date.
    ./build/gcc/examples/cli/trialspec screen examples/data/nct02249676-cohort.json --as-of 2014-01-05
    ;;
  test)
    install_missing "${packages[@]}" "${test_packages[@]}"
    # Chosen to build each compiler at -O3 (g++'s warnings depend on optimisation) and run every
    # test under the sanitizers, within 30 minutes on 2 cores (README, "Building and testing by
    # hand"):
    #  - sanitize: clang++ -O0 with ASan+UBSan builds everything and runs every test but those
    #    labelled large-input (streams of 12,000 patients, minutes at -O0 under ASan), postgres and
    #    browser (they start a server or a browser once, in gcc-release), and perf.screen_threads
    #    (run under ThreadSanitizer below and in both Release builds); clang++'s warnings do not
    #    depend on -O, so it also stands for clang++ Debug and Release; it builds the libFuzzer
    #    targets (tests/fuzz/) and runs each for 3 seconds over its corpus, and every regression
    #    input once; it links with lld and without position independence (-no-pie: a sanitized
    #    program has some 650,000 relocations to apply at every start otherwise, 0.06 s for each
    #    of the tool's hundreds of runs);
    #  - clang-release: clang++ -O3 builds everything (the benchmarks too) and runs every test but
    #    those labelled postgres and browser (they run in gcc-release) and the compile.*,
    #    compile_time.* and consumer.* checks; the mutation sample runs here (its mutants are
    #    compiled at -O0, where clang++ is about 1.6 times as fast as g++);
    #  - gcc-release: g++ -O3 builds everything and runs every test but the mutation sample, the
    #    PostgreSQL and browser tests among them. g++ -O0 (`cmake --workflow --preset gcc`) is
    #    left out: the -O3 build runs the same front end over the same code (no assert or NDEBUG
    #    branch).
    # All with warnings as errors. The must-compile and must-not-compile cases (compile.*), the
    # header checks (compile_time.*) and the consumer projects run with g++ (gcc-release) only:
    # the rules they check are the language's and the project's, the same in both compilers, and
    # clang++ compiles everything else (by hand with clang++:
    # `ctest --preset clang -R '^(compile|compile_time|consumer)[.]'`). The unit tests and the
    # tool precompile their shared headers (the tool with clang++ only), the unit tests and the
    # tool's subcommands are compiled in batches, the sanitizer build emits line tables only, and
    # the longest tests start first (README, "Building and testing by hand").
    for preset in sanitize clang-release gcc-release; do
      echo "=== trialspec: workflow preset '$preset'"
      started=$SECONDS
      cmake --workflow --preset "$preset"
      echo "=== trialspec: workflow preset '$preset' passed in $((SECONDS - started)) s"
    done
    # ThreadSanitizer on the test that screens one cohort from four threads at once. Only that
    # test: building every test under TSan takes far longer than the rest of this command on a
    # small machine (`cmake --workflow --preset tsan` runs them all).
    echo "=== trialspec: ThreadSanitizer, perf.screen_threads (preset 'tsan')"
    cmake --preset tsan >/dev/null
    cmake --build --preset tsan --target trialspec_screen_threads
    ctest --preset tsan -R '^perf[.]screen_threads$'
    ;;
  *)
    echo "usage: bash cmake/dev.sh example|test" >&2
    exit 64
    ;;
esac
