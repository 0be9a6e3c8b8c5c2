// trialspec synth --patients N [--seed S] [--format jsonl|json] [--as-of YYYY-MM-DD] [--output FILE]
// trialspec synth --kind progression --patients N [--seed S] [--output V.csv] [--relapses R.csv]
// Writes a synthetic NMOSD cohort (trialspec/testing/synthetic_cohort.hpp) in the cohort format
// (trialspec/io/cohort_json.hpp): JSON Lines (one patient object per line) or one document
// {"patients":[...]} on one line; or, with --kind progression, EDSS histories as the CSV input of
// `trialspec progression` (visits id,date,edss and relapses id,date, grouped by patient, ids 1 to
// N in order). The same options give the same bytes. Patients are written as they are made, so N
// is bounded by the disk, not by memory.
#include "cli.hpp"

#include <trialspec/calendar.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/testing/random.hpp>
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
    "       trialspec synth --kind progression --patients N [--seed S] [--output V.csv] [--relapses R.csv]\n"
    "  --patients  how many patients (1 to 1000000000)\n"
    "  --seed      the generator's seed, a whole number (default 1); the same options give the same bytes\n"
    "  --format    jsonl: one patient object per line (default); json: one document {\"patients\":[...]}\n"
    "              on one line\n"
    "  --as-of     the reference date the histories end on (default 2014-01-05)\n"
    "  --output    write to FILE (a temporary beside it, renamed when complete) instead of standard output\n"
    "  --kind      cohort (default) or progression: EDSS histories for `trialspec progression`,\n"
    "              visits (id,date,edss) to --output or standard output, relapses (id,date) to\n"
    "              --relapses FILE; 6 to 20 visits a quarter apart per patient, ids 1 to N in order\n"
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

/// EDSS histories: per patient 6 to 20 visits, the first in 2008-2009, then every 91 +- 7 days;
/// the score moves by half or whole steps (a relapse in about one quarter in ten, sometimes leaving
/// a residual worsening), as tests/benchmarks/progression_cohort.hpp draws them. Visits and
/// relapses in date order, patients grouped, ids 1 to N in order.
void write_progression(std::ostream& visits, std::ostream* relapses, std::uint64_t patients, std::uint64_t seed) {
  trialspec::testing::xoshiro256ss rng(seed);
  const trialspec::date origin(2008, 1, 1);
  std::string v, r;
  visits << "id,date,edss\n";
  if (relapses) *relapses << "id,date\n";
  for (std::uint64_t i = 1; i <= patients; ++i) {
    const std::string id = std::to_string(i);
    const int count = rng.uniform(6, 20);
    trialspec::date on = origin + boost::gregorian::date_duration(rng.uniform(0, 730));
    int half = 2 + rng.uniform(0, 7); // 1.0 to 4.5
    for (int k = 0; k < count; ++k) {
      if (k > 0) {
        const int gap = 91 + rng.uniform(-7, 7);
        bool relapse = false;
        if (rng.chance(100)) {
          r.append(id).append(1, ',');
          trialspec::append_iso(r, on + boost::gregorian::date_duration(rng.uniform(1, gap - 1)));
          r.append(1, '\n');
          relapse = true;
        }
        on = on + boost::gregorian::date_duration(gap);
        int step = 0;
        if (relapse && rng.chance(500)) step = rng.uniform(1, 2);
        else if (rng.chance(120)) step = 1;
        else if (rng.chance(100)) step = -1;
        else if (rng.chance(30)) step = 2;
        half += step;
      }
      if (half == 1) half = 2;
      if (half < 0) half = 0;
      if (half > 20) half = 20;
      v.append(id).append(1, ',');
      trialspec::append_iso(v, on);
      v.append(1, ',').append(trialspec::edss::from_half_steps(half).text()).append(1, '\n');
    }
    if (v.size() >= 65536) {
      visits << v;
      v.clear();
    }
    if (relapses && r.size() >= 65536) {
      *relapses << r;
      r.clear();
    }
  }
  visits << v;
  if (relapses) *relapses << r;
}

int run(args_t args, std::ostream&) {
  trialspec_cli::seen_options seen;
  std::uint64_t patients = 0;
  std::uint64_t seed = 1;
  bool jsonl = true;
  trialspec::date as_of(2014, 1, 5);
  std::string output, kind = "cohort", relapses;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--patients" || a == "--seed" || a == "--format" || a == "--as-of" || a == "--output" || a == "--kind" ||
        a == "--relapses") {
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
      } else if (a == "--kind") {
        if (v != "cohort" && v != "progression") throw usage_error("--kind " + v + ": expected cohort or progression");
        kind = v;
      } else if (a == "--relapses") {
        relapses = v;
      } else {
        output = v;
      }
    } else {
      throw usage_error("unexpected argument '" + a + "'");
    }
  }
  if (patients == 0) throw usage_error("--patients N is required");
  if (kind == "progression") {
    if (seen.has("--format") || seen.has("--as-of"))
      throw usage_error(std::string(seen.has("--format") ? "--format" : "--as-of") + " is for --kind cohort");
    if (relapses.empty() && seen.has("--relapses")) throw usage_error("--relapses: empty file name");
    if (!relapses.empty() && relapses == output) throw usage_error("--relapses and --output name the same file");
    // Both files in one pass, each through a temporary beside it renamed when complete.
    std::ofstream visits_file, relapses_file;
    const auto open = [](std::ofstream& f, const std::string& path) {
      f.open(path + ".partial", std::ios::binary | std::ios::trunc);
      if (!f) throw trialspec_cli::input_error("trialspec: " + path + ".partial: cannot be created");
    };
    if (!output.empty()) open(visits_file, output);
    if (!relapses.empty()) open(relapses_file, relapses);
    std::ostream& visits = output.empty() ? std::cout : visits_file;
    write_progression(visits, relapses.empty() ? nullptr : &relapses_file, patients, seed);
    for (auto* f : {&visits, static_cast<std::ostream*>(&relapses_file)}) f->flush();
    std::error_code ec;
    if (!visits || (!relapses.empty() && !relapses_file)) {
      for (const auto* path : {&output, &relapses})
        if (!path->empty()) std::filesystem::remove(*path + ".partial", ec);
      throw trialspec_cli::input_error("trialspec synth: write failed");
    }
    for (const auto* path : {&output, &relapses}) {
      if (path->empty()) continue;
      std::filesystem::rename(*path + ".partial", *path, ec);
      if (ec) throw trialspec_cli::input_error("trialspec: " + *path + ": cannot be written: " + ec.message());
    }
    return 0;
  }
  if (seen.has("--relapses")) throw usage_error("--relapses is for --kind progression");
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
