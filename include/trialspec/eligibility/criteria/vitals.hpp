// trialspec/eligibility/criteria/vitals.hpp - blood pressure thresholds.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/vitals.hpp>
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

namespace trialspec::eligibility {

namespace detail {
/// blood_pressure_at_least's boundary probes: one reading inside the window with both components
/// one below (not met), the systolic on its threshold, the diastolic on its threshold (either
/// reaches: met), then a reading on both thresholds on and beyond each bounded window edge
/// (outside: no reading, unknown).
inline void blood_pressure_probes(probe_writer& p, reference_point point, const relative_window& window, int systolic, int diastolic) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const auto with = [&](int s, int d, date on) {
    patient r = p.base();
    r.blood_pressure = {{on, s, d}};
    return r;
  };
  const date day = inside_day(w, *ref);
  const auto bp = [](int s, int d) { return trialspec::detail::cat(std::to_string(s), "/", std::to_string(d)); };
  p.add(trialspec::detail::cat("blood pressure ", bp(systolic - 1, diastolic - 1), " (both below)"), with(systolic - 1, diastolic - 1, day), truth::not_met);
  p.add(trialspec::detail::cat("blood pressure ", bp(systolic, diastolic - 1), " (systolic on its threshold)"), with(systolic, diastolic - 1, day), truth::met);
  p.add(trialspec::detail::cat("blood pressure ", bp(systolic - 1, diastolic), " (diastolic on its threshold)"), with(systolic - 1, diastolic, day), truth::met);
  window_probes(p, w, trialspec::detail::cat("blood pressure ", bp(systolic, diastolic)), truth::met, truth::unknown,
                [&](date d) { return with(systolic, diastolic, d); });
}
} // namespace detail

/// The latest reading in Window has systolic >= Systolic or diastolic >= Diastolic (mmHg):
/// blood_pressure_at_least<200, 110> is "blood pressure at least 200/110 mmHg". No reading in the
/// window is unknown; on a tie of dates the last reading listed is the latest. Readings dated to
/// the month or year are read as laboratory results are (lab_result_is).
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
  /// Boundary probes: each component alone on its threshold, both below, and the window's edges.
  void boundary_probes(probe_writer& p) const { detail::blood_pressure_probes(p, Ref, Window, Systolic, Diastolic); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.blood_pressure_at_least(Systolic, Diastolic, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("blood pressure at least ", std::to_string(Systolic), "/", std::to_string(Diastolic),
           " mmHg (systolic at least ", std::to_string(Systolic), " or diastolic at least ", std::to_string(Diastolic),
           "; latest reading ", Window.describe(to_string(Ref)), ")");
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return truth::unknown;
    const auto l = latest(r, *w);
    return l.best && !l.rival ? to_truth(reaches(*l.best)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto l = latest(r, *w);
    if (l.rival)
      return l.best ? leaf(b, truth::unknown, "blood pressure ", l.best->systolic, "/", l.best->diastolic, " mmHg on ", l.best->on, ", but ",
                           l.rival->systolic, "/", l.rival->diastolic, " mmHg on ", l.rival->on, " may be the latest reading")
                    : leaf(b, truth::unknown, "blood pressure ", l.rival->systolic, "/", l.rival->diastolic, " mmHg on ", l.rival->on,
                           " may or may not be ", window_words<Window>(ctx, *w));
    if (!l.best) return leaf(b, truth::unknown, "no blood pressure reading ", window_words<Window>(ctx, *w));
    const auto& bp = l.best;
    using namespace std::string_view_literals;
    if (!reaches(*bp))
      return leaf(b, truth::not_met, "blood pressure ", bp->systolic, "/", bp->diastolic, " mmHg on ", bp->on,
                  fixed_phrase([] { return trialspec::detail::cat(" is below ", std::to_string(Systolic), "/", std::to_string(Diastolic)); }));
    // Name the component (or both) that reaches its threshold: "systolic 200 reaches 200".
    const bool sys = bp->systolic >= Systolic, dia = bp->diastolic >= Diastolic;
    leaf(b, truth::met, "blood pressure ", bp->systolic, "/", bp->diastolic, " mmHg on ", bp->on, sys ? ": systolic "sv : ""sv,
         [&](auto& s) {
           if (sys) {
             append_part(s, bp->systolic);
             s.append(" reaches "sv);
             append_part(s, Systolic);
           }
           if (sys && dia) s.append(" and"sv);
           if (dia) {
             s.append(sys ? " diastolic "sv : ": diastolic "sv);
             append_part(s, bp->diastolic);
             s.append(" reaches "sv);
             append_part(s, Diastolic);
           }
         });
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  static constexpr bool reaches(const blood_pressure_reading& b) noexcept {
    return b.systolic >= Systolic || b.diastolic >= Diastolic;
  }
  // Readings dated to the month or year: a reading that may be the latest instead of the one
  // surely latest decides nothing when it reads otherwise (latest_in).
  template <class R> static latest_dated<blood_pressure_reading> latest(const R& r, const date_interval& w) {
    static_assert(RecordWithBloodPressure<R>, "blood pressure criteria read readings: record_traits<R> needs "
                                              "`static <range of blood_pressure_reading> blood_pressure(const R&)`");
    return latest_in<blood_pressure_reading>(
        record_traits<R>::blood_pressure(r), w, [](const blood_pressure_reading&) { return true; },
        [](const blood_pressure_reading& x, const blood_pressure_reading& best) { return reaches(x) != reaches(best); });
  }
};

} // namespace trialspec::eligibility
