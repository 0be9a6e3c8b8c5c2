// trialspec synth --patients N [--seed S] [--format jsonl|json] [--as-of YYYY-MM-DD] [--output FILE]
// Writes a synthetic NMOSD cohort (trialspec/testing/synthetic_cohort.hpp) in the cohort format
// (trialspec/io/cohort_json.hpp): JSON Lines (one patient object per line) or one document
// {"patients":[...]} on one line. The same options give the same bytes. Patients are written as
// they are made, so N is bounded by the disk, not by memory.
#include "cli.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>
#include <string>
#include <system_error>

namespace {

using trialspec_cli::args_t;
using trialspec_cli::usage_error;

const std::string usage_text =
    "usage: trialspec synth --patients N [--seed S] [--format jsonl|json] [--as-of YYYY-MM-DD] [--output FILE]\n"
    "  --patients  how many patients (1 to 1000000000)\n"
    "  --seed      the generator's seed, a whole number (default 1); the same options give the same bytes\n"
    "  --format    jsonl: one patient object per line (default); json: one document {\"patients\":[...]}\n"
    "              on one line\n"
    "  --as-of     the reference date the histories end on (default 2014-01-05)\n"
    "  --output    write to FILE (a temporary beside it, renamed when complete) instead of standard output\n"
    "Patients are seeded synthetic NMOSD histories (ids S0000001, S0000002, ...), plausible but not\n"
    "fitted to any registry; see trialspec/testing/synthetic_cohort.hpp for the rates.";

std::uint64_t whole_number(const std::string& option, const std::string& text, std::uint64_t low, std::uint64_t high) {
  std::uint64_t v = 0;
  const auto* end = text.data() + text.size();
  const auto [at, ec] = std::from_chars(text.data(), end, v);
  if (text.empty() || ec != std::errc() || at != end || v < low || v > high)
    throw usage_error(option + " " + text + ": expected a whole number from " + std::to_string(low) + " to " +
                      std::to_string(high));
  return v;
}

void write(std::ostream& out, std::uint64_t patients, std::uint64_t seed, trialspec::date as_of, bool jsonl) {
  trialspec::testing::synthetic_cohort gen({.seed = seed, .as_of = as_of, .id_prefix = "S"});
  if (!jsonl) out << "{\"patients\":[";
  for (std::uint64_t i = 0; i < patients; ++i) {
    if (!jsonl && i > 0) out << ',';
    out << trialspec::io::patient_to_json(gen.next()).dump();
    if (jsonl) out << '\n';
  }
  if (!jsonl) out << "]}\n";
}

int run(args_t args, std::ostream&) {
  trialspec_cli::seen_options seen;
  std::uint64_t patients = 0;
  std::uint64_t seed = 1;
  bool jsonl = true;
  trialspec::date as_of(2014, 1, 5);
  std::string output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--patients" || a == "--seed" || a == "--format" || a == "--as-of" || a == "--output") {
      seen.add(a);
      if (i + 1 >= args.size()) throw usage_error(a + ": missing value");
      const std::string& v = args[++i];
      if (a == "--patients") patients = whole_number(a, v, 1, 1000000000);
      else if (a == "--seed") seed = whole_number(a, v, 0, UINT64_MAX);
      else if (a == "--format") {
        if (v != "jsonl" && v != "json") throw usage_error("--format " + v + ": expected one of jsonl, json");
        jsonl = v == "jsonl";
      } else if (a == "--as-of") {
        try {
          as_of = trialspec::parse_date(v, "--as-of");
        } catch (const trialspec::invalid_input& e) {
          throw usage_error(e.what());
        }
      } else {
        output = v;
      }
    } else {
      throw usage_error("unexpected argument '" + a + "'");
    }
  }
  if (patients == 0) throw usage_error("--patients N is required");
  if (output.empty()) {
    // Written as it is made (not through the tool's output buffer): nothing here can fail half way
    // but the output itself.
    write(std::cout, patients, seed, as_of, jsonl);
    std::cout.flush();
    if (!std::cout) throw trialspec_cli::input_error("trialspec synth: standard output: write failed");
    return 0;
  }
  const std::string temporary = output + ".partial";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) throw trialspec_cli::input_error("trialspec: " + temporary + ": cannot be created");
    write(file, patients, seed, as_of, jsonl);
    file.flush();
    if (!file) {
      std::error_code ec;
      std::filesystem::remove(temporary, ec);
      throw trialspec_cli::input_error("trialspec: " + temporary + ": write failed");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, output, ec);
  if (ec) throw trialspec_cli::input_error("trialspec: " + output + ": cannot be written: " + ec.message());
  return 0;
}

const trialspec_cli::registrar reg{"synth", "write a seeded synthetic NMOSD cohort (JSON Lines or a JSON document)", usage_text,
                                   &run};

} // namespace
