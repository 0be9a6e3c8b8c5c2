// trialspec/eligibility/criteria/labs.hpp - a qualitative laboratory result.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/latest_dated.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec::eligibility {

namespace detail {
/// lab_result_is's boundary probes: the base patient's results of `test` replaced by one result
/// `outcome` on and beyond each bounded window edge (outside: no result, unknown).
inline void lab_probes(probe_writer& p, reference_point point, const relative_window& window, lab_test test, lab_outcome outcome) {
  const auto ref = p.reference(point);
  if (!ref) return;
  window_probes(p, window.resolve(*ref), trialspec::detail::cat(to_string(test), " ", to_string(outcome)), truth::met, truth::unknown,
                [&](date d) {
                  patient r = p.base();
                  std::erase_if(r.labs, [test](const lab_result& l) { return l.test == test; });
                  r.labs.push_back({test, outcome, d});
                  return r;
                });
}
} // namespace detail

/// The latest result of Test in Window (default: any on or before the reference date) is
/// Outcome: lab_result_is<lab_test::hiv, lab_outcome::positive> is "HIV positive". No result in
/// the window, or an indeterminate latest result, is unknown. On a tie of dates the last result
/// listed is the latest.
///
/// Dates known only to the month or the year: the latest is the result surely in the window whose
/// first possible day is the latest (ties: the last listed). Any other result that may be in the
/// window and may be later than it (its last possible day after that first day, or on it and
/// listed after it) may be the latest instead: the answer is met or not met only when all these
/// candidates give it, unknown otherwise. With day-precise dates there is never such a rival.
template <lab_test Test, lab_outcome Outcome, relative_window Window = on_or_before_reference,
          reference_point Ref = reference_point::screening>
struct lab_result_is : criterion_base {
  static_assert(Outcome != lab_outcome::indeterminate, "lab_result_is<> tests for positive or negative");
  static constexpr std::string_view kind = "lab_result";
  static constexpr lab_test test_kind = Test;
  static constexpr lab_outcome outcome = Outcome;
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: a result Outcome at the window's edges.
  void boundary_probes(probe_writer& p) const { detail::lab_probes(p, Ref, Window, Test, Outcome); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.lab_result_is(Test, Outcome, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat(to_string(Test), " ", to_string(Outcome), " (latest result ",
           Window.describe(to_string(Ref)), ")");
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto l = latest(r, *w);
    if (!l.best || l.best->outcome == lab_outcome::indeterminate) return truth::unknown;
    return l.rival ? truth::unknown : to_truth(l.best->outcome == Outcome);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto l = latest(r, *w);
    if (!l.best) {
      if (l.rival)
        return leaf(b, truth::unknown, to_string(Test), " ", to_string(l.rival->outcome), " on ", l.rival->on, " may or may not be ",
                    window_words<Window>(ctx, *w));
      const std::string& none = fixed_phrase([] { return trialspec::detail::cat("no ", to_string(Test), " result "); });
      return leaf(b, truth::unknown, none, window_words<Window>(ctx, *w));
    }
    const truth t = l.best->outcome == lab_outcome::indeterminate ? truth::unknown : to_truth(l.best->outcome == Outcome);
    if (l.rival)
      return leaf(b, truth::unknown, to_string(Test), " ", to_string(l.best->outcome), " on ", l.best->on, ", but ",
                  to_string(l.rival->outcome), " on ", l.rival->on, " may be the latest result");
    return leaf(b, t, to_string(Test), " ", to_string(l.best->outcome), " on ", l.best->on);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  // Two passes only when some result of Test is imprecise; a day-precise list is one pass. A
  // candidate reads otherwise when its outcome differs, or when either is indeterminate.
  template <class R> static latest_dated<lab_result> latest(const R& r, const date_interval& w) {
    static_assert(RecordWithLabs<R>, "laboratory criteria read results: record_traits<R> needs "
                                     "`static <range of lab_result> lab_results(const R&)`");
    return latest_in<lab_result>(
        record_traits<R>::lab_results(r), w, [](const lab_result& l) { return l.test == Test; },
        [](const lab_result& l, const lab_result& best) {
          return l.outcome != best.outcome || l.outcome == lab_outcome::indeterminate;
        });
  }
};

} // namespace trialspec::eligibility
