// trialspec/eligibility/criteria/vitals.hpp - blood pressure thresholds.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/vitals.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// The latest reading in Window has systolic >= Systolic or diastolic >= Diastolic (mmHg):
/// blood_pressure_at_least<200, 110> is "blood pressure at least 200/110 mmHg". No reading in the
/// window is unknown; on a tie of dates the last reading listed is the latest.
template <int Systolic, int Diastolic, relative_window Window = on_or_before_reference,
          reference_point Ref = reference_point::screening>
struct blood_pressure_at_least : criterion_base {
  static_assert(Systolic > 0 && Diastolic > 0, "blood pressure thresholds must be positive (mmHg)");
  static_assert(Diastolic < Systolic, "the diastolic threshold must be below the systolic threshold");
  static constexpr std::string_view kind = "blood_pressure";
  static constexpr int systolic = Systolic;
  static constexpr int diastolic = Diastolic;
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;

  [[nodiscard]] std::string describe() const {
    return "blood pressure at least " + std::to_string(Systolic) + "/" + std::to_string(Diastolic) +
           " mmHg (systolic at least " + std::to_string(Systolic) + " or diastolic at least " + std::to_string(Diastolic) +
           "; latest reading " + Window.describe(to_string(Ref)) + ")";
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto b = latest(r, *w);
    return b ? to_truth(reaches(*b)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto bp = latest(r, *w);
    if (!bp) return leaf(b, truth::unknown, "no blood pressure reading ", window_words<Window>(ctx, *w));
    const bool ok = reaches(*bp);
    leaf(b, to_truth(ok), "blood pressure ", bp->systolic, "/", bp->diastolic, " mmHg on ",
        bp->on, ok ? fixed_phrase([] { return " reaches " + std::to_string(Systolic) + "/" + std::to_string(Diastolic); })
                   : fixed_phrase([] { return " is below " + std::to_string(Systolic) + "/" + std::to_string(Diastolic); }));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  static constexpr bool reaches(const blood_pressure_reading& b) noexcept {
    return b.systolic >= Systolic || b.diastolic >= Diastolic;
  }
  template <class R> static std::optional<blood_pressure_reading> latest(const R& r, const date_interval& w) {
    static_assert(RecordWithBloodPressure<R>, "blood pressure criteria read readings: record_traits<R> needs "
                                              "`static <range of blood_pressure_reading> blood_pressure(const R&)`");
    std::optional<blood_pressure_reading> best;
    for (const blood_pressure_reading& b : record_traits<R>::blood_pressure(r))
      if (w.contains(b.on) && (!best || b.on >= best->on)) best = b;
    return best;
  }
};

} // namespace trialspec::eligibility
