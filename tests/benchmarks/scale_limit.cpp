// trialspec_scale_limit N SEED: the library's own evaluation of the patients that
// `trialspec synth --patients N --seed SEED` writes (NCT02249676, registry reading, as of
// 2014-01-05), the limit that tests/benchmarks/scale.sh sets the tool's end-to-end rate beside.
// Two figures: `test` is criteria.test(p, ctx), the verdict alone (it stops at the first
// criterion that rules the patient out); `all` judges every top-level criterion, as the tool must
// to list the failed and unknown ones. Patients are made in blocks of 10,000 (not timed) and then
// judged (timed), so memory stays small whatever N.
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: trialspec_scale_limit PATIENTS SEED\n");
    return 64;
  }
  const std::uint64_t n = std::stoull(argv[1]);
  const std::uint64_t seed = std::stoull(argv[2]);
  namespace el = trialspec::eligibility;
  namespace nct = trialspec::protocols::nct02249676;
  const trialspec::date as_of(2014, 1, 5);
  trialspec::testing::synthetic_cohort gen({.seed = seed, .as_of = as_of, .id_prefix = "S"});
  const nct::criteria<> criteria{};
  el::screening_memo memo;
  const el::evaluation_context ctx{as_of, std::nullopt, &memo};
  std::size_t counts[3] = {0, 0, 0};
  std::size_t not_met = 0;
  std::chrono::steady_clock::duration test_time{}, all_time{};
  std::vector<trialspec::patient> block;
  for (std::uint64_t done = 0; done < n;) {
    block.clear();
    for (; block.size() < 10000 && done < n; ++done) block.push_back(gen.next());
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& p : block) ++counts[static_cast<std::size_t>(criteria.test(p, ctx))];
    auto t1 = std::chrono::steady_clock::now();
    for (const auto& p : block)
      el::for_each_criterion(criteria, [&](const auto& c, el::criterion_role role, std::size_t) {
        not_met += el::passes(role, c.test(p, ctx)) == trialspec::truth::not_met ? 1 : 0;
      });
    auto t2 = std::chrono::steady_clock::now();
    test_time += t1 - t0;
    all_time += t2 - t1;
  }
  const auto seconds = [](auto d) { return std::chrono::duration<double>(d).count(); };
  std::printf("patients=%llu test_seconds=%.4f test_patients_per_s=%.0f all_seconds=%.4f all_patients_per_s=%.0f "
              "ineligible/undetermined/eligible=%zu/%zu/%zu failed_criteria=%zu\n",
              static_cast<unsigned long long>(n), seconds(test_time), static_cast<double>(n) / seconds(test_time),
              seconds(all_time), static_cast<double>(n) / seconds(all_time), counts[0], counts[1], counts[2], not_met);
  return 0;
}
