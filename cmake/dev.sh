#!/usr/bin/env bash
# The README's two commands:
#   bash cmake/dev.sh example   build the trialspec tool and screen the bundled cohort (the main example)
#   bash cmake/dev.sh test      build everything and pass every test with g++ and ASan+UBSan
#                               (Debug), clang++ (Debug) and g++ Release (-O3), and the threading
#                               test under ThreadSanitizer
# Each first installs what is missing, from Debian's packages only (as root, or through sudo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(g++ clang cmake ninja-build libboost-dev libboost-test-dev libboost-date-time-dev
          libboost-math-dev nlohmann-json3-dev libbenchmark-dev time)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
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
}

jobs=$(nproc 2>/dev/null || echo 2)
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$jobs}"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$jobs}"

case "${1:-}" in
  example)
    install_missing
    cmake --preset gcc >/dev/null
    cmake --build --preset gcc --target trialspec_cli
    # The main example: screen the bundled cohort against NCT02249676 as of a fixed date.
    ./build/gcc/examples/cli/trialspec screen examples/data/nct02249676-cohort.json --as-of 2014-01-05
    ;;
  test)
    install_missing
    # Every preset builds everything with warnings as errors and runs every test (the g++ Release
    # one leaves out the must-not-compile cases, consumer projects and header guards, which do not
    # depend on the build type). Chosen to cover each compiler and each way warnings arise in the
    # least build time (about 30 minutes on 2 cores):
    #  - sanitize: g++ -O0 with ASan+UBSan, which also serves as the g++ Debug build (same code,
    #    same warning flags, same -O0); a separate `gcc` workflow would compile everything again.
    #  - clang: clang++ -O0. clang++'s warnings come from its front end and are the same at every
    #    level, and -O0 compiles about three times faster than -O3.
    #  - gcc-release: g++ -O3 (NDEBUG), because g++'s warnings depend on optimisation.
    # `cmake --workflow --preset gcc` and `... clang-release` run the other two combinations.
    for preset in sanitize clang gcc-release; do
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
