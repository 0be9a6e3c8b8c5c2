// trialspec_reader_compare FILE.jsonl [REPS [READER...]]: the JSON Lines readers compared on one cohort file
// (the comparison that chose the tool's reader; tests/benchmarks/scale.sh runs it). The lines are
// read into memory first (not timed); each repetition then reads every line with each reader, the
// readers in a rotating order (interleaved, so that a change in the machine's load falls on all of
// them), and the figures are the medians, in patients per second of one thread, by the wall clock
// and by the thread's CPU time (on a shared machine the wall clock also counts the time the thread
// waited for a core):
//   tree       trialspec::io::parse_patient, the library's reader: nlohmann's SAX parser builds the
//              line's JSON tree, then the patient is read from the tree (the tool's reader before);
//   sax_bound  nlohmann's SAX parser driving a handler that does nothing with its events: what any
//              reader filling the patient from nlohmann's events costs at least (an upper bound on
//              its rate);
//   simdjson   the tool's reader (examples/cli/patient_line_reader.cpp): simdjson's on-demand API
//              filling the patient directly.
// A measurement, not a test; it checks only that the readers agree on the number of patients and
// that the simdjson reader handed no line on to the library's reader. Naming readers runs only
// those (for a profile of one).
#include "patient_line_reader.hpp"

#include <trialspec/io/cohort_json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <time.h> // clock_gettime (POSIX)

namespace {

/// Counts nlohmann's SAX events and keeps nothing.
struct null_handler {
  using json = nlohmann::ordered_json;
  std::size_t events = 0;
  bool null() { return ++events != 0; }
  bool boolean(bool) { return ++events != 0; }
  bool number_integer(json::number_integer_t) { return ++events != 0; }
  bool number_unsigned(json::number_unsigned_t) { return ++events != 0; }
  bool number_float(json::number_float_t, const json::string_t&) { return ++events != 0; }
  bool string(json::string_t&) { return ++events != 0; }
  bool binary(json::binary_t&) { return ++events != 0; }
  bool start_object(std::size_t) { return ++events != 0; }
  bool end_object() { return ++events != 0; }
  bool start_array(std::size_t) { return ++events != 0; }
  bool end_array() { return ++events != 0; }
  bool key(json::string_t&) { return ++events != 0; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
};

double thread_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: trialspec_reader_compare FILE.jsonl [REPS [tree|sax_bound|simdjson...]]\n");
    return 64;
  }
  const int reps = argc >= 3 ? std::stoi(argv[2]) : 5;
  const char* names[] = {"tree", "sax_bound", "simdjson"};
  bool run[3] = {argc <= 3, argc <= 3, argc <= 3};
  for (int a = 3; a < argc; ++a)
    for (int k = 0; k < 3; ++k) run[k] = run[k] || std::string(argv[a]) == names[k];
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "trialspec_reader_compare: %s cannot be opened\n", argv[1]);
    return 2;
  }
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!trialspec::io::blank_line(line)) lines.push_back(std::move(line));
  const std::size_t n = lines.size();

  std::vector<double> rates[3], cpu_rates[3];
  std::size_t handed_on = 0;
  std::size_t sink = 0; // keeps the work observable
  for (int r = 0; r < reps; ++r) {
    for (int k = 0; k < 3; ++k) {
      const int which = (k + r) % 3;
      if (!run[which]) continue;
      const auto t0 = std::chrono::steady_clock::now();
      const double c0 = thread_seconds();
      std::size_t count = 0;
      if (which == 0) {
        for (std::size_t i = 0; i < n; ++i) count += trialspec::io::parse_patient(lines[i], i).edss.size() + 1;
      } else if (which == 1) {
        for (const auto& line : lines) {
          null_handler h;
          nlohmann::ordered_json::sax_parse(line.begin(), line.end(), &h);
          count += h.events;
        }
      } else {
        trialspec_cli::patient_line_reader reader;
        for (std::size_t i = 0; i < n; ++i) count += reader.read(lines[i], i).edss.size() + 1;
        handed_on = reader.handed_on();
      }
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      rates[which].push_back(static_cast<double>(n) / s);
      cpu_rates[which].push_back(static_cast<double>(n) / (thread_seconds() - c0));
      sink += count;
    }
  }
  std::printf("%zu patients, %zu MB of JSON Lines, medians of %d interleaved repetitions (one thread):\n", n,
              [&] {
                std::size_t bytes = 0;
                for (const auto& l : lines) bytes += l.size() + 1;
                return bytes >> 20;
              }(),
              reps);
  std::printf("%-10s %14s %10s %10s %14s\n", "reader", "patients/s", "min", "max", "per CPU second");
  for (int k = 0; k < 3; ++k) {
    if (!run[k]) continue;
    const auto [lo, hi] = std::minmax_element(rates[k].begin(), rates[k].end());
    std::printf("%-10s %14.0f %10.0f %10.0f %14.0f\n", names[k], median(rates[k]), *lo, *hi, median(cpu_rates[k]));
  }
  std::printf("simdjson lines handed on to the library's reader: %zu (checksum %zu)\n", handed_on, sink % 1000);
  return handed_on == 0 ? 0 : 1;
}
