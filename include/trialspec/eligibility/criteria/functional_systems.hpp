// trialspec/eligibility/criteria/functional_systems.hpp - a functional-system grade as a
// criterion: the pyramidal grade at least a threshold, due to lower-limb findings (ORATORIO:
// "a score of >= 2.0 on the Functional Systems (FS) scale for the pyramidal system that is due to
// lower extremity findings").
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/fs_assessment.hpp>
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

namespace trialspec::eligibility {

/// The latest functional-system assessment in Window (default: on or before screening) whose
/// pyramidal grade is recorded has a pyramidal grade of at least MinGrade, due to lower-limb
/// findings. Not met when the grade is lower or the examiner recorded that it is not due to the
/// lower limbs; unknown when there is no such assessment or the attribution is not recorded.
/// Dates known only to the month or year: the latest is chosen as latest_in chooses it
/// (eligibility/latest_dated.hpp), and an assessment that may be the latest and answers otherwise
/// leaves the criterion unknown.
template <int MinGrade, relative_window Window = on_or_before_reference, reference_point Ref = reference_point::screening>
struct pyramidal_lower_limb_at_least : criterion_base {
  static_assert(MinGrade >= 1 && MinGrade <= 6, "the pyramidal grade runs 0 to 6: a threshold must be 1 to 6");
  static constexpr std::string_view kind = "pyramidal_lower_limb";
  static constexpr int min_grade = MinGrade;

  /// Boundary probes: one assessment on the reference date with grades MinGrade - 1 and MinGrade
  /// (attributed to the lower limbs), MinGrade not attributed and attribution not recorded, and
  /// MinGrade on the day after the window.
  void boundary_probes(probe_writer& p) const {
    const auto ref = p.reference(Ref);
    if (!ref) return;
    const auto one = [](date on, int grade, std::optional<bool> lower_limb) {
      return [=](patient& r) {
        fs_assessment a;
        a.on = on;
        a.grades.pyramidal = grade;
        a.pyramidal_lower_limb = lower_limb;
        r.functional_systems = {a};
      };
    };
    const std::string g = std::to_string(MinGrade);
    p.add(trialspec::detail::cat("pyramidal ", std::to_string(MinGrade - 1), ", lower limb, on ", to_iso(*ref)), truth::not_met, one(*ref, MinGrade - 1, true));
    p.add(trialspec::detail::cat("pyramidal ", g, ", lower limb, on ", to_iso(*ref)), truth::met, one(*ref, MinGrade, true));
    p.add(trialspec::detail::cat("pyramidal ", g, ", not lower limb, on ", to_iso(*ref)), truth::not_met, one(*ref, MinGrade, false));
    p.add(trialspec::detail::cat("pyramidal ", g, ", attribution not recorded"), truth::unknown, one(*ref, MinGrade, std::nullopt));
    if (const auto w = Window.resolve(*ref); !w.last().is_special())
      p.add(trialspec::detail::cat("pyramidal ", g, ", lower limb, the day after the window ", to_iso(shift_days(w.last(), 1))), truth::unknown,
            one(shift_days(w.last(), 1), MinGrade, true));
    p.add("no functional-system assessment", truth::unknown, [](patient& r) { r.functional_systems.clear(); });
  }

  /// Its SQL (trialspec/sql/, writer::pyramidal_lower_limb): at screening only; the window
  /// resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.pyramidal_lower_limb(MinGrade, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("pyramidal functional-system grade at least ", std::to_string(MinGrade), ", due to lower-limb findings (latest assessment ",
           Window.describe(to_string(Ref)), ")");
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const auto l = latest(r, ctx);
    return l.rival ? truth::unknown : judge(l.best);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    if (!reference_date(ctx, Ref, r)) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto l = latest(r, ctx);
    if (l.rival)
      return l.best ? leaf(b, truth::unknown, "pyramidal grade ", std::to_string(l.best->grades.pyramidal), " on ", l.best->on, cause_of(*l.best),
                           ", but pyramidal grade ", std::to_string(l.rival->grades.pyramidal), " on ", l.rival->on, cause_of(*l.rival),
                           " may be the latest assessment")
                    : leaf(b, truth::unknown, "pyramidal grade ", std::to_string(l.rival->grades.pyramidal), " on ", l.rival->on,
                           cause_of(*l.rival), " may or may not be ", Window.describe(to_string(Ref)));
    const auto& a = l.best;
    const truth t = judge(a);
    if (!a)
      return static_leaf(b, t, fixed_phrase([] { return trialspec::detail::cat("no functional-system assessment with a pyramidal grade ", Window.describe(to_string(Ref))); }));
    return leaf(b, t, "pyramidal grade ", std::to_string(a->grades.pyramidal), " on ", a->on, cause_of(*a));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  static const char* cause_of(const fs_assessment& a) {
    return !a.pyramidal_lower_limb ? ", lower-limb attribution not recorded"
           : *a.pyramidal_lower_limb ? ", due to lower-limb findings"
                                     : ", not due to lower-limb findings";
  }
  // The latest assessment in the window with a pyramidal grade recorded (on a tie of dates, the
  // last listed) and one that may be the latest instead and answers otherwise (latest_in).
  template <class R> static latest_dated<fs_assessment> latest(const R& r, const evaluation_context& ctx) {
    static_assert(RecordWithFunctionalSystems<R>, "functional-system criteria read FS assessments: record_traits<R> needs "
                                                  "`static <range of fs_assessment> functional_system_assessments(const R&)`");
    const auto ref = reference_date(ctx, Ref, r);
    if (!ref) return {};
    const auto w = detail::narrowed(ctx, Window.resolve(*ref));
    return latest_in<fs_assessment>(
        record_traits<R>::functional_system_assessments(r), w,
        [](const fs_assessment& a) { return a.grades.pyramidal != functional_systems::not_recorded; },
        [](const fs_assessment& x, const fs_assessment& best) { return judge(x) != judge(best); });
  }
  static truth judge(const fs_assessment& a) {
    if (a.grades.pyramidal < MinGrade) return truth::not_met;
    if (!a.pyramidal_lower_limb) return truth::unknown;
    return to_truth(*a.pyramidal_lower_limb);
  }
  static truth judge(const std::optional<fs_assessment>& a) {
    if (!a) return truth::unknown;
    if (a->grades.pyramidal < MinGrade) return truth::not_met;
    if (!a->pyramidal_lower_limb) return truth::unknown;
    return to_truth(*a->pyramidal_lower_limb);
  }
};

} // namespace trialspec::eligibility
