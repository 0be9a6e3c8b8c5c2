// trialspec/testing/boundary/runner.hpp - boundary cases of a criteria set around a base patient,
// generated from the probes each leaf states, and run against the set in one call.
//
//   const patient base = ...;   // a patient the protocol's text says is eligible
//   const auto rep = trialspec::testing::run_boundary_cases(criteria, base, {parse_date("2014-01-05")});
//   if (!rep.ok()) std::cout << render(rep);
//
// Each leaf of the set states its probes (eligibility/boundary_probes.hpp): copies of the base
// patient with only the data it reads replaced, each with the verdict its edge implies, worked
// out from the criterion's definition and not by calling it. The expected outcome of the whole
// set is derived from that verdict and the actual verdicts of the other criteria by Kleene logic
// (prediction.hpp). Running a case checks the leaf's evaluate() and test() against the expected
// verdict, and screen() and the set's test() against the expected outcome.
//
// Nothing is passed over in silence: edges a leaf cannot generate (a reference date the base
// patient lacks, a window too short) and leaves that declare nothing to probe are listed in
// `skipped`; leaves without a boundary_probes() member are also listed in `without_probes`, and a
// report with any of those is not ok(). No Boost.Test here: boost_test.hpp has the check.
#pragma once

#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/testing/boundary/detail/walk.hpp>
#include <trialspec/testing/boundary/prediction.hpp>
#include <trialspec/testing/boundary/probes.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec::testing {

/// One generated patient at one edge.
struct boundary_case {
  std::string criterion; ///< "I3" or "I3.2" (part 2 of I3), then the criterion's description
  std::string edge;      ///< what was placed where: "age 18: turns 18 on 2014-01-05"
  patient record;
  eligibility::evaluation_context context;
  truth expected{};                                               ///< the criterion's verdict
  std::optional<eligibility::screening_outcome> expected_outcome; ///< the set's, when derivable
  /// The criterion under test, type-erased (evaluate and test).
  std::function<verdict(const patient&, const eligibility::evaluation_context&)> evaluate;
  std::function<truth(const patient&, const eligibility::evaluation_context&)> test;
};

/// A case whose actual verdict or outcome differs from the expected one.
struct boundary_disagreement {
  boundary_case what;
  verdict actual;
  truth actual_fast{};
  eligibility::screening_outcome actual_outcome{};
  std::string report; ///< the full screening report of the case
};

struct boundary_report {
  std::size_t cases = 0;
  std::vector<boundary_disagreement> disagreements;
  std::vector<std::string> skipped;        ///< criteria or edges without generated cases, with why
  std::vector<std::string> without_probes; ///< leaves with no boundary_probes(): "E8 site rule"
  /// Every case agrees and every leaf states its probes.
  [[nodiscard]] bool ok() const noexcept { return disagreements.empty() && without_probes.empty(); }
};

namespace detail {

using evaluate_fn = std::function<verdict(const patient&, const eligibility::evaluation_context&)>;
using test_fn = std::function<truth(const patient&, const eligibility::evaluation_context&)>;

// A stateless criterion is called through a plain function: every such leaf then shares the one
// std::function specialisation for a function pointer instead of instantiating its own.
template <class C> verdict evaluate_stateless(const patient& p, const eligibility::evaluation_context& x) { return C{}.evaluate(p, x); }
template <class C> truth test_stateless(const patient& p, const eligibility::evaluation_context& x) { return C{}.test(p, x); }

/// The leaf's evaluate and test, type-erased.
template <class C> std::pair<evaluate_fn, test_fn> erase(const C& leaf) {
  if constexpr (std::is_empty_v<C> && std::is_default_constructible_v<C>) {
    return {evaluate_fn(&evaluate_stateless<C>), test_fn(&test_stateless<C>)};
  } else {
    return {evaluate_fn([leaf](const patient& p, const eligibility::evaluation_context& x) { return leaf.evaluate(p, x); }),
            test_fn([leaf](const patient& p, const eligibility::evaluation_context& x) { return leaf.test(p, x); })};
  }
}

/// One case per probe of the leaf `name`.
inline void append_cases(std::vector<boundary_case>& out, const std::string& name, std::vector<boundary_probe> probes,
                         const eligibility::evaluation_context& ctx, const outcome_of_set& outcome, const evaluate_fn& evaluate,
                         const test_fn& test) {
  for (auto& pr : probes) {
    boundary_case c;
    c.criterion = name;
    c.edge = std::move(pr.edge);
    c.context = ctx;
    c.expected = pr.expected;
    c.expected_outcome = outcome.predict(outcome.set, outcome.target, pr.expected, pr.record, ctx);
    c.record = std::move(pr.record);
    c.evaluate = evaluate;
    c.test = test;
    out.push_back(std::move(c));
  }
}

template <class Is, class Es>
std::vector<boundary_case> generate(const eligibility::eligibility_criteria<Is, Es>& set, const patient& base,
                                    const eligibility::evaluation_context& ctx, std::vector<std::string>& skipped,
                                    std::vector<std::string>& without_probes) {
  std::vector<boundary_case> out;
  const outcome_predictor predict = &predict_outcome_erased<eligibility::eligibility_criteria<Is, Es>>;
  eligibility::for_each_criterion(set, [&](const auto& top, eligibility::criterion_role role, std::size_t position) {
    for_each_leaf(top, eligibility::criterion_id(top, role, position), [&](const auto& leaf, const std::string& label) {
      const std::string name = trialspec::detail::cat(label, " ", leaf.describe());
      if constexpr (!BoundaryProbed<std::remove_cvref_t<decltype(leaf)>>) without_probes.push_back(name);
      auto probes = probes_of(leaf, base, ctx, label, skipped);
      if (probes.empty()) return;
      const auto [evaluate, test] = erase(leaf);
      append_cases(out, name, std::move(probes), ctx, {&set, predict, id_of(leaf)}, evaluate, test);
    });
  });
  return out;
}

} // namespace detail

/// The boundary cases of `set` around `base` at `ctx`, with the verdict each should get. Edges
/// and criteria without cases are written to `skipped` ("I1: no thresholds or windows", "E8: no
/// boundary probes: ..."), when given.
template <class Is, class Es>
std::vector<boundary_case> boundary_cases(const eligibility::eligibility_criteria<Is, Es>& set, const patient& base,
                                          const eligibility::evaluation_context& ctx, std::vector<std::string>* skipped = nullptr) {
  std::vector<std::string> skip, without;
  auto out = detail::generate(set, base, ctx, skip, without);
  if (skipped) *skipped = std::move(skip);
  return out;
}

/// Generates every boundary case and runs it: the criterion's verdict (evaluate and test) and the
/// set's outcome (screen and test) must be the expected ones.
template <class Is, class Es>
boundary_report run_boundary_cases(const eligibility::eligibility_criteria<Is, Es>& set, const patient& base,
                                   const eligibility::evaluation_context& ctx) {
  boundary_report rep;
  auto cases = detail::generate(set, base, ctx, rep.skipped, rep.without_probes);
  rep.cases = cases.size();
  for (auto& c : cases) {
    boundary_disagreement d;
    d.actual = c.evaluate(c.record, c.context);
    d.actual_fast = c.test(c.record, c.context);
    const auto report = eligibility::screen(set, c.record, c.context);
    d.actual_outcome = report.outcome;
    const bool outcome_ok = !c.expected_outcome || (report.outcome == *c.expected_outcome && set.test(c.record, c.context) == report.outcome);
    if (d.actual.value() != c.expected || d.actual_fast != c.expected || !outcome_ok) {
      d.report = eligibility::render(report);
      d.what = std::move(c);
      rep.disagreements.push_back(std::move(d));
    }
  }
  return rep;
}

/// The cases as a table for review against the protocol's text, one per line:
/// "I2.1 age at screening above 18 years | age: turns 18 on 2014-01-05 | not met | ineligible".
inline std::string render(const std::vector<boundary_case>& cases) {
  std::string out;
  for (const auto& c : cases)
    out += trialspec::detail::cat(c.criterion, " | ", c.edge, " | ", to_string(c.expected), " | ",
           (c.expected_outcome ? std::string(to_string(*c.expected_outcome)) : std::string("?")), "\n");
  return out;
}

/// The report as text: the count, each disagreement (the case, what was expected and got, the
/// criterion's reason tree and the full screening report), the leaves without boundary probes,
/// then what was not generated.
inline std::string render(const boundary_report& rep) {
  std::string out = trialspec::detail::cat(std::to_string(rep.cases), " boundary cases, ", std::to_string(rep.disagreements.size()), " disagreements\n");
  for (const auto& d : rep.disagreements) {
    out += trialspec::detail::cat("- ", d.what.criterion, "\n  edge: ", d.what.edge, "\n  expected [", to_string(d.what.expected),
           "], got [", std::string(to_string(d.actual.value())), "]");
    if (d.actual_fast != d.actual.value()) out += trialspec::detail::cat(" (test() says [", to_string(d.actual_fast), "])");
    if (d.what.expected_outcome)
      out += trialspec::detail::cat("; outcome expected ", to_string(*d.what.expected_outcome), ", got ", to_string(d.actual_outcome));
    out += "\n";
    std::string tree = trialspec::render(d.actual);
    out += "  reason:\n";
    std::size_t start = 0;
    while (start < tree.size()) {
      const std::size_t nl = tree.find('\n', start);
      out += trialspec::detail::cat("    ", tree.substr(start, nl - start), "\n");
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    out += trialspec::detail::cat("  report:\n", d.report);
  }
  if (!rep.without_probes.empty()) {
    out += "criteria without boundary probes (give each a `void boundary_probes(eligibility::probe_writer&) const` member):\n";
    for (const auto& s : rep.without_probes) out += trialspec::detail::cat("  ", s, "\n");
  }
  if (!rep.skipped.empty()) {
    out += "not generated:\n";
    for (const auto& s : rep.skipped) out += trialspec::detail::cat("  ", s, "\n");
  }
  return out;
}

} // namespace trialspec::testing
