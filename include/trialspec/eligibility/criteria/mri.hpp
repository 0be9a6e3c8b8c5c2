// trialspec/eligibility/criteria/mri.hpp - MRI findings in a window: Gd-enhancing lesions on a
// scan of an accepted Gd dose, and new T2 lesions.
//
// Each criterion asks whether some scan in the window shows at least MinCount lesions. A scan
// whose count was not assessed, or whose Gd dose was not recorded when the dose matters, is
// unknown, not zero; a window without a (qualifying) scan is unknown. A scan with neither a Gd
// count nor a dose had no contrast and says nothing about enhancing lesions.
//
// A scan dated only to the month or the year (partial_date) may lie partly in the window: if it
// could meet the criterion, the answer is unknown (unless a scan surely in the window meets it);
// if it could not, it changes nothing, since a not-met needs a qualifying scan surely in the window.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/mri.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// Gd doses a criterion accepts.
using dose_set = flag_set<gd_dose>;
inline constexpr dose_set any_gd_dose{gd_dose::single, gd_dose::double_dose, gd_dose::triple};
inline constexpr dose_set double_or_triple_gd_dose{gd_dose::double_dose, gd_dose::triple};

namespace detail {
template <class R> constexpr void require_mri_facet() {
  static_assert(RecordWithMri<R>, "MRI criteria read MRI scans: record_traits<R> needs "
                                  "`static <range of mri_scan> mri_scans(const R&)`");
}
struct mri_facts {
  truth value = truth::unknown;
  std::optional<mri_scan> deciding; // the scan that met it, or the last qualifying one
  int scans = 0;                    // scans in the window that bear on the criterion
  int qualifying = 0;               // of which fully known and of an accepted dose
  std::optional<mri_scan> maybe;    // a scan that could meet it but may be outside the window
  int partly = 0;                   // scans that may be in the window and could meet it
};
} // namespace detail

namespace detail {
/// The boundary probes of gd_enhancing_lesions (`gd`, scans of a dose in `doses` count) and
/// new_t2_lesions: one scan with MinCount - 1, MinCount and MinCount + 1 lesions on a day inside
/// the window, a scan with MinCount lesions on and beyond each bounded window edge (outside: no
/// scan, unknown), and for Gd a scan of a dose the filter leaves out (no qualifying scan: unknown).
inline void lesion_probes(probe_writer& p, reference_point point, const relative_window& window, bool gd, int min_count,
                          dose_set doses) {
  const auto ref = p.reference(point);
  if (!ref) return;
  const date_interval w = window.resolve(*ref);
  const gd_dose accepted = doses.contains(gd_dose::single) ? gd_dose::single : doses.contains(gd_dose::double_dose) ? gd_dose::double_dose : gd_dose::triple;
  const auto with = [&](int n, date on) {
    patient r = p.base();
    mri_scan s;
    s.on = on;
    if (gd) {
      s.gd_enhancing_lesions = n;
      s.dose = accepted;
    } else {
      s.new_t2_lesions = n;
    }
    r.mri = {s};
    return r;
  };
  const date day = inside_day(w, *ref);
  const std::string what = gd ? "Gd-enhancing lesion" : "new T2 lesion";
  for (int n = min_count - 1; n <= min_count + 1; ++n)
    p.add(trialspec::detail::cat(counted(n, what), " on ", to_iso(day), " (threshold ", std::to_string(min_count), ")"), with(n, day), to_truth(n >= min_count));
  window_probes(p, w, trialspec::detail::cat("MRI with ", counted(min_count, what)), truth::met, truth::unknown, [&](date d) { return with(min_count, d); });
  if (!gd) return;
  for (gd_dose other : {gd_dose::single, gd_dose::double_dose, gd_dose::triple}) {
    if (doses.contains(other)) continue;
    patient r = with(min_count, day);
    r.mri.front().dose = other;
    p.add(trialspec::detail::cat(counted(min_count, what), " on a ", to_string(other), " dose scan (dose not accepted)"), std::move(r), truth::unknown);
    break;
  }
}
} // namespace detail

/// At least MinCount Gd-enhancing lesions on one scan in Window with a dose in Doses.
template <int MinCount, relative_window Window, dose_set Doses = any_gd_dose,
          reference_point Ref = reference_point::screening>
struct gd_enhancing_lesions : criterion_base {
  static_assert(MinCount >= 1, "a lesion count threshold must be at least 1");
  static_assert(!Doses.empty(), "a Gd dose filter needs at least one dose");
  static constexpr std::string_view kind = "gd_enhancing_lesions";
  static constexpr int min_count = MinCount;
  static constexpr relative_window window = Window;
  static constexpr dose_set doses = Doses;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: lesion counts around MinCount, the window's edges, a dose left out.
  void boundary_probes(probe_writer& p) const { detail::lesion_probes(p, Ref, Window, true, MinCount, Doses); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.gd_enhancing_lesions(MinCount, Window.resolve(q.as_of()), Doses);
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("at least ", std::to_string(MinCount), (MinCount == 1 ? " Gd-enhancing lesion" : " Gd-enhancing lesions"),
           " on an MRI with ", join_words(Doses, gd_dose::triple), " dose Gd ", Window.describe(to_string(Ref)));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    return w ? facts(r, *w).value : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto f = facts(r, *w);
    static const std::string doses = trialspec::detail::cat(join_words_of<Doses, gd_dose::triple>(), " dose");
    if (f.value == truth::met)
      return leaf(b, truth::met, *f.deciding->gd_enhancing_lesions,
          *f.deciding->gd_enhancing_lesions == 1 ? " Gd-enhancing lesion"sv : " Gd-enhancing lesions"sv,
          " on the MRI of ", f.deciding->on, f.deciding->dose ? " ("sv : ""sv,
          f.deciding->dose ? to_string(*f.deciding->dose) : std::string_view(),
          f.deciding->dose ? " dose)"sv : ""sv, ", at least ", MinCount, " required");
    if (f.maybe)
      return leaf(b, truth::unknown, "the MRI of ", f.maybe->on, " may or may not be ", window_words<Window>(ctx, *w),
                  [&](auto& s) { append_scans(s, r, *w); });
    if (f.scans == 0 && f.partly == 0) return leaf(b, truth::unknown, "no contrast-enhanced MRI ", window_words<Window>(ctx, *w));
    // Every scan of the window is named: those that decide, and those set aside and why.
    const auto scans = [&](auto& s) { append_scans(s, r, *w); };
    if (f.value == truth::not_met)
      return leaf(b, truth::not_met,
                  fixed_phrase([] { return MinCount == 1 ? std::string("no Gd-enhancing lesion on any MRI with ")
                                                         : trialspec::detail::cat("fewer than ", std::to_string(MinCount), " Gd-enhancing lesions on each MRI with "); }),
                  doses, " Gd ", window_words<Window>(ctx, *w), scans);
    if (f.qualifying == 0 && !has_incomplete(r, *w))
      return leaf(b, truth::unknown, "no MRI with ", doses, " Gd ", window_words<Window>(ctx, *w), scans);
    return leaf(b, truth::unknown, "Gd-enhancing lesions or Gd dose not recorded for an MRI ", window_words<Window>(ctx, *w), scans);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  // The dose matters only when the filter does not accept every dose.
  static constexpr bool dose_matters = !Doses.includes(any_gd_dose);

  static truth dose_ok(const mri_scan& s) noexcept {
    if (!dose_matters) return truth::met;
    return s.dose ? to_truth(Doses.contains(*s.dose)) : truth::unknown;
  }
  // "; considered: MRI of 2013-05-01 (triple dose, 0 lesions); set aside: MRI of 2013-06-01 (single
  // dose, 2 lesions): dose not accepted": each scan in the window, whether it counts and, if not, why.
  // Written straight into `s`: the considered scans in one pass, the ones set aside in a second. A
  // scan that may be outside the window is named with its precision and "(may be outside)".
  template <class Text, class R> static void append_scans(Text& s, const R& r, const date_interval& w) {
    using namespace std::string_view_literals;
    const auto why_aside = [](const mri_scan& x) -> const char* {
      if (!x.gd_enhancing_lesions && !x.dose) return "no contrast";
      const truth dose = dose_ok(x);
      if (dose == truth::not_met) return "dose not accepted";
      if (dose == truth::unknown) return "dose not recorded";
      if (!x.gd_enhancing_lesions) return "lesions not counted";
      return nullptr;
    };
    for (const bool set_aside : {false, true}) {
      bool first = true;
      for (const mri_scan& x : record_traits<R>::mri_scans(r)) {
        const overlap where = overlap_of(x.on, w);
        if (where == overlap::outside) continue;
        const char* why = why_aside(x);
        if ((why != nullptr) != set_aside) continue;
        s.append(!first ? ", "sv : set_aside ? "; set aside: "sv : "; considered: "sv);
        first = false;
        s.append("MRI of "sv);
        append_part(s, x.on);
        if (where == overlap::partly) s.append(" (may be outside)"sv);
        if (x.dose || x.gd_enhancing_lesions) {
          s.append(" ("sv);
          if (x.dose) s.append(to_string(*x.dose)).append(" dose"sv);
          if (x.dose && x.gd_enhancing_lesions) s.append(", "sv);
          if (x.gd_enhancing_lesions) {
            append_part(s, *x.gd_enhancing_lesions);
            s.append(*x.gd_enhancing_lesions == 1 ? " lesion"sv : " lesions"sv);
          }
          s.append(")"sv);
        }
        if (why) s.append(": "sv).append(why);
      }
    }
  }
  template <class R> static bool has_incomplete(const R& r, const date_interval& w) {
    for (const mri_scan& s : record_traits<R>::mri_scans(r))
      if (overlap_of(s.on, w) != overlap::outside && (s.gd_enhancing_lesions || s.dose) &&
          (!s.gd_enhancing_lesions || dose_ok(s) == truth::unknown))
        return true;
    return false;
  }
  template <class R> static detail::mri_facts facts(const R& r, const date_interval& w) {
    detail::require_mri_facet<R>();
    detail::mri_facts f;
    bool any_unknown = false;
    for (const mri_scan& s : record_traits<R>::mri_scans(r)) {
      if (!s.gd_enhancing_lesions && !s.dose) continue;
      const overlap where = overlap_of(s.on, w);
      if (where == overlap::outside) continue;
      const truth dose = dose_ok(s);
      const truth count = s.gd_enhancing_lesions ? to_truth(*s.gd_enhancing_lesions >= MinCount) : truth::unknown;
      const truth t = dose && count;
      if (where == overlap::partly) {
        if (t == truth::not_met) continue;
        any_unknown = true;
        ++f.partly;
        if (t == truth::met && !f.maybe) f.maybe = s;
        continue;
      }
      ++f.scans;
      if (t == truth::met) {
        f.value = truth::met;
        f.deciding = s;
        return f;
      }
      if (t == truth::unknown) any_unknown = true;
      if (dose == truth::met && count == truth::not_met) ++f.qualifying;
    }
    f.value = any_unknown || f.qualifying == 0 ? truth::unknown : truth::not_met;
    return f;
  }
};

/// At least MinCount new T2 lesions on one scan in Window.
template <int MinCount, relative_window Window, reference_point Ref = reference_point::screening>
struct new_t2_lesions : criterion_base {
  static_assert(MinCount >= 1, "a lesion count threshold must be at least 1");
  static constexpr std::string_view kind = "new_t2_lesions";
  static constexpr int min_count = MinCount;
  static constexpr relative_window window = Window;
  static constexpr reference_point reference = Ref;
  /// Boundary probes: lesion counts around MinCount and the window's edges.
  void boundary_probes(probe_writer& p) const { detail::lesion_probes(p, Ref, Window, false, MinCount, dose_set{}); }
  /// Its SQL (trialspec/sql/): at screening only; the window resolved against the screening date.
  template <class Sql>
    requires(Ref == reference_point::screening)
  [[nodiscard]] std::string sql(const Sql& q) const {
    return q.new_t2_lesions(MinCount, Window.resolve(q.as_of()));
  }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("at least ", std::to_string(MinCount), (MinCount == 1 ? " new T2 lesion" : " new T2 lesions"),
           " on an MRI ", Window.describe(to_string(Ref)));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    const detail::window_in<Window> w(ctx, Ref, r);
    return w ? facts(r, *w).value : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const detail::window_in<Window> w(ctx, Ref, r);
    if (!w) return static_leaf(b, truth::unknown, unknown_reference(Ref));
    const auto f = facts(r, *w);
    if (f.value == truth::met)
      return leaf(b, truth::met, *f.deciding->new_t2_lesions,
          *f.deciding->new_t2_lesions == 1 ? " new T2 lesion"sv : " new T2 lesions"sv, " on the MRI of ",
          f.deciding->on, ", at least ", MinCount, " required");
    const auto scans = [&](auto& s) { append_scans(s, r, *w); };
    if (f.maybe) return leaf(b, truth::unknown, "the MRI of ", f.maybe->on, " may or may not be ", window_words<Window>(ctx, *w), scans);
    if (f.value == truth::not_met)
      return leaf(b, truth::not_met,
                  fixed_phrase([] { return MinCount == 1 ? std::string("no new T2 lesion on any MRI ")
                                                         : trialspec::detail::cat("fewer than ", std::to_string(MinCount), " new T2 lesions on each MRI "); }),
                  window_words<Window>(ctx, *w), scans);
    if (f.scans == 0 && f.partly == 0) return leaf(b, truth::unknown, "no MRI ", window_words<Window>(ctx, *w));
    return leaf(b, truth::unknown, "new T2 lesions not assessed on an MRI ", window_words<Window>(ctx, *w), scans);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  // "; considered: MRI of 2013-05-01 (0 new T2 lesions); new T2 lesions not assessed on: MRI of 2013-08-01".
  template <class Text, class R> static void append_scans(Text& s, const R& r, const date_interval& w) {
    using namespace std::string_view_literals;
    for (const bool assessed : {true, false}) {
      bool first = true;
      for (const mri_scan& x : record_traits<R>::mri_scans(r)) {
        const overlap where = overlap_of(x.on, w);
        if (where == overlap::outside || x.new_t2_lesions.has_value() != assessed) continue;
        s.append(!first ? ", "sv : assessed ? "; considered: "sv : "; new T2 lesions not assessed on: "sv);
        first = false;
        s.append("MRI of "sv);
        append_part(s, x.on);
        if (where == overlap::partly) s.append(" (may be outside)"sv);
        if (x.new_t2_lesions) {
          s.append(" ("sv);
          append_part(s, *x.new_t2_lesions);
          s.append(*x.new_t2_lesions == 1 ? " new T2 lesion)"sv : " new T2 lesions)"sv);
        }
      }
    }
  }
  template <class R> static detail::mri_facts facts(const R& r, const date_interval& w) {
    detail::require_mri_facet<R>();
    detail::mri_facts f;
    bool any_unknown = false;
    for (const mri_scan& s : record_traits<R>::mri_scans(r)) {
      const overlap where = overlap_of(s.on, w);
      if (where == overlap::outside) continue;
      if (where == overlap::partly) {
        // May be in the window: unknown unless it could not meet the criterion (see the top).
        if (s.new_t2_lesions && *s.new_t2_lesions < MinCount) continue;
        any_unknown = true;
        ++f.partly;
        if (s.new_t2_lesions && !f.maybe) f.maybe = s;
        continue;
      }
      ++f.scans;
      if (!s.new_t2_lesions) {
        any_unknown = true;
        continue;
      }
      if (*s.new_t2_lesions >= MinCount) {
        f.value = truth::met;
        f.deciding = s;
        return f;
      }
    }
    f.value = any_unknown || f.scans == 0 ? truth::unknown : truth::not_met;
    return f;
  }
};

} // namespace trialspec::eligibility
