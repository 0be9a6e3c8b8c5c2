// trialspec_benchmarks: NCT02249676 screening, confirmed worsening and pooled ARR over a seeded
// synthetic cohort, against a hand-written baseline and a run-time rule tree. One binary, so the
// ratios come from one run on one machine.
//
//   trialspec_benchmarks                        1,000,000 patients
//   TRIALSPEC_BENCH_PATIENTS=20000 trialspec_benchmarks   fewer, for a quick run
//
// Each iteration is one pass over the cohort (items = patients). Reason trees cost about ten
// microseconds per patient, so BM_screen_trialspec_reasons passes over the first
// TRIALSPEC_BENCH_REASONS_PATIENTS patients (default 50,000) of the same cohort; items per
// second stay comparable.
//
// trialspec screens as a caller screening a cohort record by record should: one screening_memo for
// the run, passed in the evaluation context (screen_cohort does the same), so that each window is
// resolved once per screening date. The *_own_memo variants pass none, so that every test() or
// screen() call makes its own and resolves every window again for every patient.
//
// After the table, the ratios the targets are stated in (time per patient of one over the other,
// from items per second; the median when --benchmark_repetitions is given).
#include "handwritten_progression.hpp"
#include "handwritten_screen.hpp"
#include "progression_cohort.hpp"
#include "runtime_tree.hpp"

#include <trialspec/progression/confirmed.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/poisson_interval.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <cstddef>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

namespace {

namespace el = trialspec::eligibility;
namespace nct = trialspec::protocols::nct02249676;

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  char* end = nullptr;
  const unsigned long long n = std::strtoull(v, &end, 10);
  return end && *end == '\0' && n > 0 ? static_cast<std::size_t>(n) : fallback;
}

std::size_t cohort_size() {
  static const std::size_t n = env_size("TRIALSPEC_BENCH_PATIENTS", 1000000);
  return n;
}

const trialspec::date screening_date(2014, 1, 5);

const std::vector<trialspec::patient>& cohort() {
  static const std::vector<trialspec::patient> c =
      trialspec::testing::synthetic_cohort({.seed = 42, .as_of = screening_date, .id_prefix = "S"}).take(cohort_size());
  return c;
}

const std::vector<trialspec_bench::edss_history>& histories() {
  static const std::vector<trialspec_bench::edss_history> h = trialspec_bench::make_edss_histories(cohort_size(), 42);
  return h;
}

/// One pass over the first n patients per iteration. With `kept_memo`, the context carries one
/// screening_memo for the whole run, as a caller screening a cohort record by record keeps one per
/// thread (and as screen_cohort does); otherwise every screening makes its own.
template <class Screen> void screen_pass(benchmark::State& state, std::size_t n, Screen&& screen, bool kept_memo = false) {
  const auto& c = cohort();
  el::screening_memo memo;
  const el::evaluation_context ctx{screening_date, std::nullopt, kept_memo ? &memo : nullptr};
  std::size_t counts[3] = {0, 0, 0};
  for (auto _ : state) {
    for (std::size_t i = 0; i < n; ++i) ++counts[static_cast<std::size_t>(screen(c[i], ctx))];
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
  const double passes = static_cast<double>(state.iterations());
  state.counters["eligible"] = static_cast<double>(counts[static_cast<std::size_t>(el::screening_outcome::eligible)]) / passes;
  state.counters["undetermined"] = static_cast<double>(counts[static_cast<std::size_t>(el::screening_outcome::undetermined)]) / passes;
}

void BM_screen_trialspec(benchmark::State& state) {
  const nct::criteria<> criteria{};
  screen_pass(
      state, cohort().size(), [&](const trialspec::patient& p, const el::evaluation_context& ctx) { return criteria.test(p, ctx); }, true);
}

// The same without a memo in the context: each test() call makes its own, so every window is
// resolved again for every patient.
void BM_screen_trialspec_own_memo(benchmark::State& state) {
  const nct::criteria<> criteria{};
  screen_pass(state, cohort().size(), [&](const trialspec::patient& p, const el::evaluation_context& ctx) { return criteria.test(p, ctx); });
}

void BM_screen_handwritten(benchmark::State& state) {
  screen_pass(state, cohort().size(), [](const trialspec::patient& p, const el::evaluation_context& ctx) {
    return trialspec_bench::handwritten_screen(p, ctx);
  });
}

void BM_screen_runtime_tree(benchmark::State& state) {
  const auto tree = trialspec_bench::rt::nct02249676_registry_reading();
  screen_pass(state, cohort().size(), [&](const trialspec::patient& p, const el::evaluation_context& ctx) { return tree.test(p, ctx); });
}

// The same three over the first TRIALSPEC_BENCH_HOT_PATIENTS patients (default 2,000), small
// enough to stay in cache across passes: the cost of the evaluation itself, without the first
// reads of each record from memory that dominate the full cohort.
std::size_t hot_size() { return std::min(cohort().size(), env_size("TRIALSPEC_BENCH_HOT_PATIENTS", 2000)); }

void BM_screen_trialspec_hot(benchmark::State& state) {
  const nct::criteria<> criteria{};
  screen_pass(
      state, hot_size(), [&](const trialspec::patient& p, const el::evaluation_context& ctx) { return criteria.test(p, ctx); }, true);
}

void BM_screen_trialspec_own_memo_hot(benchmark::State& state) {
  const nct::criteria<> criteria{};
  screen_pass(state, hot_size(), [&](const trialspec::patient& p, const el::evaluation_context& ctx) { return criteria.test(p, ctx); });
}

void BM_screen_handwritten_hot(benchmark::State& state) {
  screen_pass(state, hot_size(), [](const trialspec::patient& p, const el::evaluation_context& ctx) {
    return trialspec_bench::handwritten_screen(p, ctx);
  });
}

void BM_screen_runtime_tree_hot(benchmark::State& state) {
  const auto tree = trialspec_bench::rt::nct02249676_registry_reading();
  screen_pass(state, hot_size(), [&](const trialspec::patient& p, const el::evaluation_context& ctx) { return tree.test(p, ctx); });
}

template <bool KeptMemo> void screen_with_reasons(benchmark::State& state) {
  const std::size_t n = std::min(cohort().size(), env_size("TRIALSPEC_BENCH_REASONS_PATIENTS", 50000));
  std::size_t lines = 0;
  screen_pass(
      state, n,
      [&](const trialspec::patient& p, const el::evaluation_context& ctx) {
        const el::screening_report rep = nct::screen(p, ctx);
        lines += rep.deciding_data.size();
        return rep.outcome;
      },
      KeptMemo);
  benchmark::DoNotOptimize(lines);
}
void BM_screen_trialspec_reasons(benchmark::State& state) { screen_with_reasons<true>(state); }
void BM_screen_trialspec_reasons_own_memo(benchmark::State& state) { screen_with_reasons<false>(state); }

void BM_progression_trialspec(benchmark::State& state) {
  const auto& h = histories();
  const trialspec::progression_options options{};
  trialspec::progression_scratch scratch;
  trialspec::progression_result result;
  std::size_t worsening = 0;
  for (auto _ : state) {
    for (const auto& x : h) {
      trialspec::assess_progression<trialspec::standard_thresholds>(std::span<const trialspec::edss_assessment>(x.edss), x.relapses,
                                                                    options, scratch, result);
      worsening += result.worsening;
    }
    benchmark::ClobberMemory();
  }
  benchmark::DoNotOptimize(worsening);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(h.size()));
}

void BM_progression_handwritten(benchmark::State& state) {
  const auto& h = histories();
  trialspec_bench::handwritten_progression_buffers buffers;
  trialspec_bench::handwritten_progression_result result;
  std::size_t worsening = 0;
  for (auto _ : state) {
    for (const auto& x : h) {
      trialspec_bench::handwritten_progression(x.edss, x.relapses, buffers, result);
      worsening += result.worsening ? 1 : 0;
    }
    benchmark::ClobberMemory();
  }
  benchmark::DoNotOptimize(worsening);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(h.size()));
}

/// Pooled ARR with its exact (Garwood) interval: each patient's relapses in the two years before
/// screening, then the cohort's total.
void BM_arr_trialspec(benchmark::State& state) {
  const auto& c = cohort();
  // Relapse onsets as flat dates (rates take spans of dates), prepared outside the timing.
  std::vector<trialspec::date> onsets;
  std::vector<std::size_t> offsets{0};
  for (const auto& p : c) {
    for (const auto& r : p.relapses) onsets.push_back(r.onset.exact()); // the synthetic cohort's onsets are days
    offsets.push_back(onsets.size());
  }
  const trialspec::date_interval window(trialspec::add_months(screening_date, -24), screening_date);
  std::vector<trialspec::rates::exposure> exposures(c.size());
  double upper = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < c.size(); ++i)
      exposures[i] = trialspec::rates::exposure_in(
          window, std::span<const trialspec::date>(onsets.data() + offsets[i], offsets[i + 1] - offsets[i]));
    const auto pooled = trialspec::rates::pooled_arr(exposures);
    upper += trialspec::rates::exact_poisson_interval(pooled).upper;
    benchmark::ClobberMemory();
  }
  benchmark::DoNotOptimize(upper);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(c.size()));
}

} // namespace

BENCHMARK(BM_screen_trialspec)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_screen_trialspec_own_memo)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_screen_handwritten)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_screen_runtime_tree)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_screen_trialspec_reasons)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_screen_trialspec_reasons_own_memo)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_screen_trialspec_hot)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_screen_trialspec_own_memo_hot)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_screen_handwritten_hot)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_screen_runtime_tree_hot)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_progression_trialspec)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_progression_handwritten)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_arr_trialspec)->Unit(benchmark::kMillisecond);

namespace {

/// The console table, remembering each benchmark's items per second.
class ratio_reporter : public benchmark::ConsoleReporter {
public:
  ratio_reporter() : benchmark::ConsoleReporter(OO_Tabular) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const auto& r : runs) {
      const auto ips = r.counters.find("items_per_second");
      if (r.error_occurred || ips == r.counters.end()) continue;
      const bool median = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
      const std::string& name = r.run_name.function_name;
      if (median) medians_.insert(name);
      if (median || (r.run_type == Run::RT_Iteration && !medians_.count(name))) rate_[name] = ips->second;
    }
    benchmark::ConsoleReporter::ReportRuns(runs);
  }
  /// Time per item of `a` over time per item of `b`, checked against the target.
  void ratio(const char* what, const std::string& a, const std::string& b, const char* target, bool at_most, double bound) const {
    const auto ra = rate_.find(a), rb = rate_.find(b);
    if (ra == rate_.end() || rb == rate_.end()) return;
    const double x = rb->second / ra->second;
    const bool met = at_most ? x <= bound : x >= bound;
    std::printf("%-44s %6.2f   %-7s %s\n", what, x, target, met ? "met" : "MISSED");
  }
  /// The same ratio, for information (no target).
  void ratio(const char* what, const std::string& a, const std::string& b) const {
    const auto ra = rate_.find(a), rb = rate_.find(b);
    if (ra == rate_.end() || rb == rate_.end()) return;
    std::printf("%-44s %6.2f\n", what, rb->second / ra->second);
  }

private:
  std::map<std::string, double> rate_;
  std::set<std::string> medians_;
};

} // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  std::printf("cohort: %zu patients (TRIALSPEC_BENCH_PATIENTS)\n", cohort_size());
  ratio_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  std::printf("\n%-44s %6s   %-7s\n", "ratio of times per patient", "value", "target");
  reporter.ratio("screening: trialspec / hand-written", "BM_screen_trialspec", "BM_screen_handwritten", "<= 1.15", true, 1.15);
  reporter.ratio("screening: run-time tree / trialspec", "BM_screen_runtime_tree", "BM_screen_trialspec", ">= 3", false, 3.0);
  reporter.ratio("screening: reasons / verdict only", "BM_screen_trialspec_reasons", "BM_screen_trialspec", "<= 10", true, 10.0);
  reporter.ratio("progression: trialspec / hand-written", "BM_progression_trialspec", "BM_progression_handwritten", "<= 1.3", true, 1.3);
  std::printf("for information, no target:\n");
  // What the run-time tree target can reach at best: the tree against the hand-written code.
  reporter.ratio("  screening: run-time tree / hand-written", "BM_screen_runtime_tree", "BM_screen_handwritten");
  std::printf("without a memo in the context (each screening its own), no target:\n");
  reporter.ratio("  screening: trialspec / hand-written", "BM_screen_trialspec_own_memo", "BM_screen_handwritten");
  reporter.ratio("  screening: reasons / verdict only", "BM_screen_trialspec_reasons_own_memo", "BM_screen_trialspec_own_memo");
  reporter.ratio("  in cache: trialspec / hand-written", "BM_screen_trialspec_own_memo_hot", "BM_screen_handwritten_hot");
  std::printf("in cache (TRIALSPEC_BENCH_HOT_PATIENTS), no target:\n");
  reporter.ratio("  screening: trialspec / hand-written", "BM_screen_trialspec_hot", "BM_screen_handwritten_hot");
  reporter.ratio("  screening: run-time tree / trialspec", "BM_screen_runtime_tree_hot", "BM_screen_trialspec_hot");
  reporter.ratio("  screening: run-time tree / hand-written", "BM_screen_runtime_tree_hot", "BM_screen_handwritten_hot");
  benchmark::Shutdown();
  return 0;
}
