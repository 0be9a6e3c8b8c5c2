// trialspec/testing/boundary.hpp - boundary cases generated from a criteria set's compile-time
// thresholds and windows, run against the set in one call.
//
//   const patient base = ...;   // a patient the protocol's text says is eligible
//   BOOST_TEST(trialspec::testing::boundaries_hold(criteria, base, parse_date("2014-01-05")));
//
// Every built-in criterion exposes its thresholds and windows as static constexpr members (age
// `years`, `low`/`high`; edss_latest `threshold`; relapse_count `count`; lesion `min_count`; blood
// pressure `systolic`/`diastolic`; therapy_duration `min_duration`; every dated criterion
// `window` and `reference`). For each such number and each bounded window edge, the base patient
// is copied and only the data that criterion reads is replaced, so the value lies just inside,
// on, or just outside the edge; relapse and Gd criteria also get a relapse of a severity (an
// ungraded relapse) and a scan of a Gd dose their filter leaves out. The verdict each copy should get is stated by the edge itself
// ("turns 18 on the screening date" is age 18; an EDSS dated one day before the window's first
// day is not in the window), not computed by the criterion under test. The expected outcome of
// the whole set is then derived by Kleene logic from that expected verdict and the actual
// verdicts of the other criteria, through all_of / any_of / at_least / at_most / not_ / named.
//
// edss_worsening gets every baseline of the scale against its threshold table (on the minimum
// change, half a point short, and unknown where the table has no threshold) and its window edges.
//
// Not generated (no case, listed in `skipped`): criteria without numbers or windows (diagnosis,
// sex, pregnancy, consent, judgement, conditions), user criteria without those members, and edges
// whose reference date is unknown for the base patient. Cases are built for trialspec::patient
// records.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/testing/checks.hpp>
#include <trialspec/verdict.hpp>

#include <boost/test/tools/assertion_result.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
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
  truth expected{};                                             ///< the criterion's verdict
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
  std::vector<std::string> skipped; ///< criteria or edges without generated cases, with why
  [[nodiscard]] bool ok() const noexcept { return disagreements.empty(); }
};

namespace detail {

using eligibility::comparison;
using eligibility::evaluation_context;

struct probe {
  std::string edge;
  patient record;
  truth expected;
};

inline date minus_days(date d, long n) { return d - boost::gregorian::date_duration(n); }
inline date plus_days(date d, long n) { return d + boost::gregorian::date_duration(n); }
inline date far_past(const patient& p, date reference) {
  return p.birth_date ? *p.birth_date : add(reference, -calendar_duration(years{100}));
}

/// A date inside the window to put a probe item on: its last day if bounded, else its first day,
/// else the reference date.
inline date inside_day(const date_interval& w, date reference) {
  if (!w.last().is_special()) return w.last();
  if (!w.first().is_special()) return w.first();
  return reference;
}

/// Probes at the window's bounded edges: an item dated on the edge (inside) and one day beyond it
/// (outside). `make(day)` builds the patient with the item on `day`.
template <class Make>
void window_probes(std::vector<probe>& out, const date_interval& w, std::string_view what, truth inside, truth outside, Make&& make) {
  if (!w.first().is_special()) {
    out.push_back({std::string(what) + " on the window's first day " + to_iso(w.first()), make(w.first()), inside});
    out.push_back({std::string(what) + " one day before the window, " + to_iso(minus_days(w.first(), 1)), make(minus_days(w.first(), 1)), outside});
  }
  if (!w.last().is_special()) {
    out.push_back({std::string(what) + " on the window's last day " + to_iso(w.last()), make(w.last()), inside});
    out.push_back({std::string(what) + " one day after the window, " + to_iso(plus_days(w.last(), 1)), make(plus_days(w.last(), 1)), outside});
  }
}

inline eligibility::evaluation_context to_context(date as_of) { return {as_of, std::nullopt}; }
inline eligibility::evaluation_context to_context(const eligibility::evaluation_context& ctx) { return ctx; }

/// "1 relapse", "2 relapses".
inline std::string plural(long n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

inline std::string ordinal_age(int years_old) { return std::to_string(years_old); }

/// Age probes around Years: the birthday on the reference date and the day after it.
inline void age_probes(std::vector<probe>& out, const patient& base, date ref, int edge_years, std::string_view label,
                       const std::function<truth(int)>& expect) {
  auto born = [&](date b) {
    patient p = base;
    p.birth_date = b;
    return p;
  };
  const date on_day = add(ref, -calendar_duration(years{edge_years}));
  if (edge_years > 0)
    out.push_back({std::string(label) + ": turns " + ordinal_age(edge_years) + " the day after " + to_iso(ref) + " (age " +
                       ordinal_age(edge_years - 1) + ")",
                   born(plus_days(on_day, 1)), expect(edge_years - 1)});
  out.push_back({std::string(label) + ": turns " + ordinal_age(edge_years) + " on " + to_iso(ref), born(on_day), expect(edge_years)});
}

/// A counted severity for a relapse filter: the most severe one it accepts.
template <class Set> constexpr relapse_severity counted_severity(Set s) {
  if (s.contains(relapse_severity::severe)) return relapse_severity::severe;
  if (s.contains(relapse_severity::moderate)) return relapse_severity::moderate;
  return relapse_severity::mild;
}
template <class Set> constexpr gd_dose accepted_dose(Set s) {
  if (s.contains(gd_dose::single)) return gd_dose::single;
  if (s.contains(gd_dose::double_dose)) return gd_dose::double_dose;
  return gd_dose::triple;
}
template <class Set> constexpr therapy_class accepted_class(Set s) {
  for (therapy_class c : {therapy_class::immunosuppressant, therapy_class::immunomodulator, therapy_class::corticosteroid, therapy_class::other})
    if (s.contains(c)) return c;
  return therapy_class::other;
}

// The probes of each kind of criterion. Thresholds and windows arrive as values, so each function
// is compiled once however many criteria of its kind a protocol has; leaf_probes below only reads
// them off the criterion's type.

inline void age_probes_for(std::vector<probe>& out, const patient& base, date R, comparison op, int years) {
  const std::function<truth(int)> expect = [op, years](int a) { return to_truth(eligibility::compare(op, a, years)); };
  age_probes(out, base, R, years, "age", expect);
  age_probes(out, base, R, years + 1, "age", expect);
}

inline void age_between_probes_for(std::vector<probe>& out, const patient& base, date R, int low, int high) {
  const std::function<truth(int)> in = [low, high](int a) { return to_truth(low <= a && a <= high); };
  age_probes(out, base, R, low, "age", in);
  age_probes(out, base, R, high + 1, "age", in);
}

inline void edss_latest_probes_for(std::vector<probe>& out, const patient& base, date R, const date_interval& w, comparison op,
                                   edss t) {
  auto with = [&](edss score, date on) {
    patient p = base;
    p.edss = {{on, score}};
    return p;
  };
  const date day = inside_day(w, R);
  std::optional<edss> meeting;
  for (edss s : {t.previous(), t, t.next()}) {
    if (s != t && (s == t.previous() ? t.half_steps() == 0 : t.half_steps() == 20)) continue; // saturated
    const bool m = eligibility::compare(op, s, t);
    if (m && !meeting) meeting = s;
    out.push_back({"EDSS " + s.to_string() + " on " + to_iso(day) + " (threshold " + t.to_string() + ")", with(s, day), to_truth(m)});
  }
  if (meeting)
    window_probes(out, w, "EDSS " + meeting->to_string(), truth::met, truth::unknown, [&](date d) { return with(*meeting, d); });
}

inline void relapse_count_probes_for(std::vector<probe>& out, std::vector<std::string>& skipped, const std::string& label,
                                     const patient& base, date R, const date_interval& w, comparison op, int count,
                                     eligibility::flag_set<relapse_severity> severities) {
  const relapse_severity sev = counted_severity(severities);
  const date since = w.first().is_special() ? far_past(base, R) : minus_days(w.first(), 1);
  const date end = inside_day(w, R);
  // n relapses on consecutive days back from `end`, plus optionally one on `extra`.
  auto with = [&](int n, std::optional<date> extra) {
    patient p = base;
    p.relapses.clear();
    for (int i = 0; i < n; ++i) p.relapses.push_back({minus_days(end, i), sev, std::nullopt});
    if (extra) p.relapses.push_back({*extra, sev, std::nullopt});
    p.relapses_recorded_since = since;
    return p;
  };
  const long room = w.first().is_special() || w.last().is_special() ? 1000000L : w.length_in_days();
  if (room < count + 2) {
    skipped.push_back(label + ": window too short for " + std::to_string(count + 1) + " relapses");
  } else {
    for (int n = count - 1; n <= count + 1; ++n) {
      if (n < 0) continue;
      out.push_back({plural(n, std::string(to_string(sev)) + " relapse") + ", history complete (threshold " +
                         std::to_string(count) + ")",
                     with(n, std::nullopt), eligibility::compare_range(op, n, n, count)});
    }
    // The severity edge: one relapse of a graded severity the filter leaves out counts 0;
    // an ungraded one may or may not count (0 to 1), unless every grade counts.
    for (relapse_severity other : {relapse_severity::mild, relapse_severity::moderate, relapse_severity::severe}) {
      if (severities.contains(other)) continue;
      patient p = with(0, std::nullopt);
      p.relapses.push_back({end, other, std::nullopt});
      out.push_back({"1 " + std::string(to_string(other)) + " relapse (severity not counted)", std::move(p),
                     eligibility::compare_range(op, 0, 0, count)});
      break;
    }
    {
      patient p = with(0, std::nullopt);
      p.relapses.push_back({end, relapse_severity::unknown, std::nullopt});
      const bool all_graded = severities.contains(relapse_severity::mild) && severities.contains(relapse_severity::moderate) &&
                              severities.contains(relapse_severity::severe);
      out.push_back({"1 ungraded relapse", std::move(p), eligibility::compare_range(op, all_graded ? 1 : 0, 1, count)});
    }
    const int m = count > 0 ? count : 1;
    // m - 1 relapses at the window's end (or start), the m-th on or beyond the other edge.
    if (!w.first().is_special()) {
      const int room_first = static_cast<int>(room) - 1;
      if (m - 1 <= room_first) {
        out.push_back({"relapse " + std::to_string(m) + " on the window's first day " + to_iso(w.first()), with(m - 1, w.first()),
                       eligibility::compare_range(op, m, m, count)});
        out.push_back({"relapse " + std::to_string(m) + " one day before the window, " + to_iso(minus_days(w.first(), 1)),
                       with(m - 1, minus_days(w.first(), 1)), eligibility::compare_range(op, m - 1, m - 1, count)});
      }
    }
    if (!w.last().is_special()) {
      out.push_back({"relapse " + std::to_string(m) + " one day after the window, " + to_iso(plus_days(w.last(), 1)),
                     with(m - 1, plus_days(w.last(), 1)), eligibility::compare_range(op, m - 1, m - 1, count)});
    }
  }
}

/// Gd-enhancing lesions (`gd`; scans of a dose in `doses` count) or new T2 lesions.
inline void lesion_probes_for(std::vector<probe>& out, const patient& base, date R, const date_interval& w, bool gd, int min_count,
                              eligibility::flag_set<gd_dose> doses) {
  auto with = [&](int n, date on) {
    patient p = base;
    mri_scan s;
    s.on = on;
    if (gd) {
      s.gd_enhancing_lesions = n;
      s.dose = accepted_dose(doses);
    } else {
      s.new_t2_lesions = n;
    }
    p.mri = {s};
    return p;
  };
  const date day = inside_day(w, R);
  const std::string what = gd ? " Gd-enhancing lesion" : " new T2 lesion";
  for (int n = min_count - 1; n <= min_count + 1; ++n)
    out.push_back({plural(n, what.substr(1)) + " on " + to_iso(day) + " (threshold " + std::to_string(min_count) + ")",
                   with(n, day), to_truth(n >= min_count)});
  window_probes(out, w, "MRI with " + plural(min_count, what.substr(1)), truth::met, truth::unknown,
                [&](date d) { return with(min_count, d); });
  if (gd) {
    // The dose edge: enough lesions on a scan of a dose the filter leaves out decide nothing
    // (no qualifying scan in the window: unknown).
    for (gd_dose other : {gd_dose::single, gd_dose::double_dose, gd_dose::triple}) {
      if (doses.contains(other)) continue;
      patient p = with(min_count, day);
      p.mri.front().dose = other;
      out.push_back({plural(min_count, what.substr(1)) + " on a " + std::string(to_string(other)) + " dose scan (dose not accepted)",
                     std::move(p), truth::unknown});
      break;
    }
  }
}

inline void blood_pressure_probes_for(std::vector<probe>& out, const patient& base, date R, const date_interval& w, int S, int D) {
  auto with = [&](int s, int d, date on) {
    patient p = base;
    p.blood_pressure = {{on, s, d}};
    return p;
  };
  const date day = inside_day(w, R);
  auto bp = [](int s, int d) { return std::to_string(s) + "/" + std::to_string(d); };
  out.push_back({"blood pressure " + bp(S - 1, D - 1) + " (both below)", with(S - 1, D - 1, day), truth::not_met});
  out.push_back({"blood pressure " + bp(S, D - 1) + " (systolic on its threshold)", with(S, D - 1, day), truth::met});
  out.push_back({"blood pressure " + bp(S - 1, D) + " (diastolic on its threshold)", with(S - 1, D, day), truth::met});
  window_probes(out, w, "blood pressure " + bp(S, D), truth::met, truth::unknown, [&](date d) { return with(S, D, d); });
}

inline void lab_probes_for(std::vector<probe>& out, const patient& base, const date_interval& w, lab_test test_kind, lab_outcome outcome) {
  window_probes(out, w, std::string(to_string(test_kind)) + " " + std::string(to_string(outcome)), truth::met,
                truth::unknown, [&](date d) {
                  patient p = base;
                  p.labs.erase(std::remove_if(p.labs.begin(), p.labs.end(), [test_kind](const lab_result& l) { return l.test == test_kind; }),
                               p.labs.end());
                  p.labs.push_back({test_kind, outcome, d});
                  return p;
                });
}

inline void therapy_exposure_probes_for(std::vector<probe>& out, const patient& base, date R, const date_interval& w,
                                        eligibility::flag_set<therapy_class> classes) {
  const therapy_class cls = accepted_class(classes);
  const date since = w.first().is_special() ? far_past(base, R) : add(w.first(), -calendar_duration(years{2}));
  auto course = [&](date start, date end) {
    patient p = base;
    p.therapies = {{"probe course", cls, start, end}};
    p.therapies_recorded_since = since < start ? since : minus_days(start, 1);
    return p;
  };
  if (!w.first().is_special()) {
    out.push_back({"course ending on the window's first day " + to_iso(w.first()), course(minus_days(w.first(), 30), w.first()), truth::met});
    out.push_back({"course ending one day before the window, " + to_iso(minus_days(w.first(), 1)),
                   course(minus_days(w.first(), 31), minus_days(w.first(), 1)), truth::not_met});
  }
  if (!w.last().is_special()) {
    out.push_back({"course starting on the window's last day " + to_iso(w.last()), course(w.last(), plus_days(w.last(), 30)), truth::met});
    out.push_back({"course starting one day after the window, " + to_iso(plus_days(w.last(), 1)),
                   course(plus_days(w.last(), 1), plus_days(w.last(), 31)), truth::not_met});
  }
}

inline void therapy_duration_probes_for(std::vector<probe>& out, std::vector<std::string>& skipped, const std::string& label,
                                        const patient& base, date R, const date_interval& w, eligibility::flag_set<therapy_class> classes,
                                        calendar_duration min_duration) {
  const therapy_class cls = accepted_class(classes);
  const date end = w.last();
  const date exact = add(end, -min_duration);
  if (!w.first().is_special() && minus_days(exact, 1) < w.first()) {
    skipped.push_back(label + ": the window is shorter than the minimum duration");
  } else {
    auto course = [&](date start) {
      patient p = base;
      p.therapies = {{"probe course", cls, start, end}};
      p.therapies_recorded_since = w.first().is_special() ? far_past(base, R) : minus_days(w.first(), 1);
      if (*p.therapies_recorded_since > start) p.therapies_recorded_since = start;
      return p;
    };
    const std::string len = to_string(min_duration);
    out.push_back({"one course of exactly " + len + ", " + to_iso(exact) + " to " + to_iso(end), course(exact), truth::met});
    out.push_back({"one course a day short of " + len + ", " + to_iso(plus_days(exact, 1)) + " to " + to_iso(end),
                   course(plus_days(exact, 1)), truth::not_met});
    out.push_back({"one course a day longer than " + len + ", " + to_iso(minus_days(exact, 1)) + " to " + to_iso(end),
                   course(minus_days(exact, 1)), truth::met});
  }
}

/// A threshold table read into values: the entry at b.half_steps() is the threshold for baseline b.
using edss_thresholds = std::array<std::optional<edss_change>, 21>;
inline void edss_worsening_probes_for(std::vector<probe>& out, const patient& base, date R, const date_interval& w,
                                      const edss_thresholds& thresholds) {
  // Every baseline of the scale: the last score exactly the table's minimum change above it
  // (met) and half a point less (not met); a baseline the table leaves without a threshold
  // is unknown. Then the window edges with a change that meets the threshold.
  const date first = w.first().is_special() ? add(R, -calendar_duration(years{1})) : w.first();
  const date last = w.last().is_special() ? R : w.last();
  const auto threshold_of = [&](edss b) { return thresholds[static_cast<std::size_t>(b.half_steps())]; };
  auto with = [&](edss from, date from_day, edss to, date to_day) {
    patient p = base;
    p.edss = {{from_day, from}, {to_day, to}};
    return p;
  };
  // For the window edges, keep the base patient's own baseline when the table has a
  // threshold for it, so the other criteria see a familiar EDSS history.
  std::optional<std::pair<edss, edss>> meeting;
  std::optional<edss_assessment> own;
  for (const auto& a : base.edss)
    if (w.contains(a.on) && (!own || a.on < own->on)) own = a;
  if (own) {
    if (const auto t = threshold_of(own->score); t && own->score.half_steps() + t->half_steps() <= 20)
      meeting = std::pair{own->score, edss::from_half_steps(own->score.half_steps() + t->half_steps())};
  }
  for (int i = 0; i < edss_scale_size; ++i) {
    const edss b = edss_at(i);
    const auto t = threshold_of(b);
    if (!t) {
      if (b.half_steps() < 20)
        out.push_back({"EDSS " + b.to_string() + " -> " + b.next().to_string() + " (no threshold for baseline " + b.to_string() + ")",
                       with(b, first, b.next(), last), truth::unknown});
      continue;
    }
    const int on = b.half_steps() + t->half_steps();
    if (on > 20) continue;
    const edss at = edss::from_half_steps(on);
    if (!meeting) meeting = std::pair{b, at};
    out.push_back({"EDSS " + b.to_string() + " -> " + at.to_string() + " (" + t->to_string() + ", on the threshold)",
                   with(b, first, at, last), truth::met});
    if (edss::valid_half_steps(on - 1))
      out.push_back({"EDSS " + b.to_string() + " -> " + edss::from_half_steps(on - 1).to_string() + " (half a point short of " +
                         t->to_string() + ")",
                     with(b, first, edss::from_half_steps(on - 1), last), truth::not_met});
  }
  if (meeting) {
    const auto [b, at] = *meeting;
    const std::string change = "EDSS " + b.to_string() + " -> " + at.to_string();
    if (!w.first().is_special())
      out.push_back({change + ", baseline one day before the window, " + to_iso(minus_days(w.first(), 1)),
                     with(b, minus_days(w.first(), 1), at, last), truth::unknown});
    if (!w.last().is_special())
      out.push_back({change + ", last assessment one day after the window, " + to_iso(plus_days(w.last(), 1)),
                     with(b, first, at, plus_days(w.last(), 1)), truth::unknown});
  }
}

/// Probes for one leaf criterion; a note in `skipped` when it has nothing to probe.
template <class C>
std::vector<probe> leaf_probes(const C&, const patient& base, const evaluation_context& ctx, std::vector<std::string>& skipped,
                               const std::string& label) {
  std::vector<probe> out;
  if constexpr (requires { C::kind; }) {
    constexpr std::string_view kind = C::kind;
    if constexpr (requires { C::reference; }) {
      const auto ref = eligibility::reference_date(ctx, C::reference, base);
      if (!ref) {
        skipped.push_back(label + ": the base patient has no date for " + std::string(to_string(C::reference)));
        return out;
      }
      const date R = *ref;
      if constexpr (kind == "age") {
        age_probes_for(out, base, R, C::op, C::years);
      } else if constexpr (kind == "age_between") {
        age_between_probes_for(out, base, R, C::low, C::high);
      } else if constexpr (kind == "edss_latest") {
        edss_latest_probes_for(out, base, R, C::window.resolve(R), C::op, C::threshold);
      } else if constexpr (kind == "relapse_count") {
        relapse_count_probes_for(out, skipped, label, base, R, C::window.resolve(R), C::op, C::count, C::severities);
      } else if constexpr (kind == "gd_enhancing_lesions") {
        lesion_probes_for(out, base, R, C::window.resolve(R), true, C::min_count, C::doses);
      } else if constexpr (kind == "new_t2_lesions") {
        lesion_probes_for(out, base, R, C::window.resolve(R), false, C::min_count, {});
      } else if constexpr (kind == "blood_pressure") {
        blood_pressure_probes_for(out, base, R, C::window.resolve(R), C::systolic, C::diastolic);
      } else if constexpr (kind == "lab_result") {
        lab_probes_for(out, base, C::window.resolve(R), C::test_kind, C::outcome);
      } else if constexpr (kind == "therapy_exposure") {
        therapy_exposure_probes_for(out, base, R, C::window.resolve(R), C::classes);
      } else if constexpr (kind == "therapy_duration") {
        therapy_duration_probes_for(out, skipped, label, base, R, C::window.resolve(R), C::classes, C::min_duration);
      } else if constexpr (kind == "edss_worsening") {
        edss_thresholds thresholds{};
        for (int i = 0; i < edss_scale_size; ++i)
          thresholds[static_cast<std::size_t>(edss_at(i).half_steps())] = C::table::threshold(edss_at(i));
        edss_worsening_probes_for(out, base, R, C::window.resolve(R), thresholds);
      } else {
        skipped.push_back(label + ": no thresholds or windows known for kind \"" + std::string(kind) + "\"");
      }
    } else {
      skipped.push_back(label + ": no thresholds or windows (kind \"" + std::string(kind) + "\")");
    }
  } else {
    skipped.push_back(label + ": a criterion without `kind`; no thresholds known");
  }
  return out;
}

template <class C> constexpr bool is_combinator() {
  if constexpr (requires { C::kind; } && eligibility::CompositeNode<C>) {
    constexpr std::string_view k = C::kind;
    return k == "all_of" || k == "any_of" || k == "at_least" || k == "at_most" || k == "not" || k == "named";
  } else {
    return false;
  }
}

// The parts of a composite node, expanded in order. std::apply would do the same, but its noexcept
// specification instantiates a column of type traits for every node type.
template <class C, class F> void for_each_child(const C& node, F&& f) {
  const auto& parts = node.children();
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(std::get<I>(parts)), ...);
  }(std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(parts)>>>{});
}
/// Whether pred(part) holds for some part, stopping at the first.
template <class C, class F> bool any_child(const C& node, F&& pred) {
  const auto& parts = node.children();
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return (pred(std::get<I>(parts)) || ...);
  }(std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(parts)>>>{});
}

// A node is identified by its type and address together: empty criteria in a tuple may share an
// address with a sibling or with their parent, never with an object of the same type. The pair is
// a runtime value rather than a template parameter so that `contains` and `predict` are
// instantiated once per node type, not once per (node type, target type) pair: with a protocol's
// few dozen leaves the pairs made this header the slowest part of the test build.
struct node_id {
  const void* address = nullptr;
  const void* type = nullptr;
};
template <class C> inline constexpr char type_key = 0; // one distinct object, so one address, per type
template <class C> node_id id_of(const C& node) { return {static_cast<const void*>(&node), &type_key<C>}; }
template <class C> bool is_target(const C& node, node_id target) {
  return target.address == static_cast<const void*>(&node) && target.type == &type_key<C>;
}

/// Whether `target` is `node` or below it.
template <class C> bool contains(const C& node, node_id target) {
  if (is_target(node, target)) return true;
  if constexpr (eligibility::CompositeNode<C>)
    return any_child(node, [&](const auto& part) { return contains(part, target); });
  else return false;
}

/// The truth of `node` for `r` when the node at `target` is taken to answer `expected`; nothing
/// when the target sits below a composite whose logic is not known here.
template <class C>
std::optional<truth> predict(const C& node, node_id target, truth expected, const patient& r, const evaluation_context& ctx) {
  if (is_target(node, target)) return expected;
  if constexpr (eligibility::CompositeNode<C>) {
    if (!contains(node, target)) return node.test(r, ctx);
    if constexpr (is_combinator<C>()) {
      constexpr std::string_view k = C::kind;
      truth_counts counts;
      bool known = true;
      const auto add = [&](std::optional<truth> t) {
        if (t) counts.add(*t);
        else known = false;
      };
      for_each_child(node, [&](const auto& part) { add(predict(part, target, expected, r, ctx)); });
      if (!known) return std::nullopt;
      if constexpr (k == "all_of") return counts.at_least(counts.total());
      else if constexpr (k == "any_of") return counts.at_least(1);
      else if constexpr (k == "at_least") return counts.at_least(C::k);
      else if constexpr (k == "at_most") return counts.at_most(C::k);
      else if constexpr (k == "not") return !(counts.met ? truth::met : counts.not_met ? truth::not_met : truth::unknown);
      else return counts.met ? truth::met : counts.not_met ? truth::not_met : truth::unknown; // named: its one part
    } else {
      return std::nullopt;
    }
  } else {
    return node.test(r, ctx);
  }
}

template <class Is, class Es>
std::optional<eligibility::screening_outcome> predict_outcome(const eligibility::eligibility_criteria<Is, Es>& set, node_id target,
                                                              truth expected, const patient& r, const evaluation_context& ctx) {
  truth acc = truth::met;
  bool known = true;
  eligibility::for_each_criterion(set, [&](const auto& c, eligibility::criterion_role role, std::size_t) {
    const auto t = predict(c, target, expected, r, ctx);
    if (!t) known = false;
    else acc = acc && eligibility::passes(role, *t);
  });
  if (!known) return std::nullopt;
  return eligibility::to_outcome(acc);
}

/// predict_outcome for a set known only by address, so that the per-leaf code below is not a
/// template of the set's type.
using outcome_predictor = std::optional<eligibility::screening_outcome> (*)(const void* set, node_id target, truth expected,
                                                                            const patient& r, const evaluation_context& ctx);
template <class Set>
std::optional<eligibility::screening_outcome> predict_outcome_erased(const void* set, node_id target, truth expected, const patient& r,
                                                                     const evaluation_context& ctx) {
  return predict_outcome(*static_cast<const Set*>(set), target, expected, r, ctx);
}
struct outcome_of_set {
  const void* set;
  outcome_predictor predict;
  node_id target;
};

using evaluate_fn = std::function<verdict(const patient&, const evaluation_context&)>;
using test_fn = std::function<truth(const patient&, const evaluation_context&)>;

// A stateless criterion is called through a plain function: every such leaf then shares the one
// std::function specialisation for a function pointer instead of instantiating its own.
template <class C> verdict evaluate_stateless(const patient& p, const evaluation_context& x) { return C{}.evaluate(p, x); }
template <class C> truth test_stateless(const patient& p, const evaluation_context& x) { return C{}.test(p, x); }

/// The leaf's evaluate and test, type-erased.
template <class C> std::pair<evaluate_fn, test_fn> erase(const C& leaf) {
  if constexpr (std::is_empty_v<C> && std::is_default_constructible_v<C>) {
    return {evaluate_fn(&evaluate_stateless<C>), test_fn(&test_stateless<C>)};
  } else {
    return {evaluate_fn([leaf](const patient& p, const evaluation_context& x) { return leaf.evaluate(p, x); }),
            test_fn([leaf](const patient& p, const evaluation_context& x) { return leaf.test(p, x); })};
  }
}

/// One case per probe of the leaf `name`.
inline void append_cases(std::vector<boundary_case>& out, const std::string& name, std::vector<probe> probes,
                         const evaluation_context& ctx, const outcome_of_set& outcome, const evaluate_fn& evaluate,
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

/// Walks the tree below a top-level criterion, calling f(leaf, label) for every leaf.
template <class C, class F> void for_each_leaf(const C& node, const std::string& label, F&& f) {
  if constexpr (eligibility::NamedNode<C>) {
    for_each_leaf(node.criterion(), label, f);
  } else if constexpr (eligibility::CompositeNode<C>) {
    std::size_t i = 0;
    for_each_child(node, [&](const auto& part) { for_each_leaf(part, label + "." + std::to_string(++i), f); });
  } else {
    f(node, label);
  }
}

} // namespace detail

/// The boundary cases of `set` around `base` at `ctx`, with the verdict each should get.
template <class Is, class Es>
std::vector<boundary_case> boundary_cases(const eligibility::eligibility_criteria<Is, Es>& set, const patient& base,
                                          const eligibility::evaluation_context& ctx, std::vector<std::string>* skipped = nullptr) {
  std::vector<boundary_case> out;
  std::vector<std::string> skip;
  const detail::outcome_predictor predict = &detail::predict_outcome_erased<eligibility::eligibility_criteria<Is, Es>>;
  eligibility::for_each_criterion(set, [&](const auto& top, eligibility::criterion_role role, std::size_t position) {
    detail::for_each_leaf(top, eligibility::criterion_id(top, role, position), [&](const auto& leaf, const std::string& label) {
      const std::string name = label + " " + leaf.describe();
      auto probes = detail::leaf_probes(leaf, base, ctx, skip, label);
      const auto [evaluate, test] = detail::erase(leaf);
      detail::append_cases(out, name, std::move(probes), ctx, {&set, predict, detail::id_of(leaf)}, evaluate, test);
    });
  });
  if (skipped) *skipped = std::move(skip);
  return out;
}

/// Generates every boundary case and runs it: the criterion's verdict (evaluate and test) and the
/// set's outcome (screen and test) must be the expected ones.
template <class Is, class Es>
boundary_report run_boundary_cases(const eligibility::eligibility_criteria<Is, Es>& set, const patient& base,
                                   const eligibility::evaluation_context& ctx) {
  boundary_report rep;
  auto cases = boundary_cases(set, base, ctx, &rep.skipped);
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
    out += c.criterion + " | " + c.edge + " | " + std::string(to_string(c.expected)) + " | " +
           (c.expected_outcome ? std::string(to_string(*c.expected_outcome)) : std::string("?")) + "\n";
  return out;
}

/// The disagreements as text: each case, what was expected and got, the criterion's reason tree
/// and the full screening report.
inline std::string render(const boundary_report& rep) {
  std::string out = std::to_string(rep.cases) + " boundary cases, " + std::to_string(rep.disagreements.size()) + " disagreements\n";
  for (const auto& d : rep.disagreements) {
    out += "- " + d.what.criterion + "\n  edge: " + d.what.edge + "\n  expected [" + std::string(to_string(d.what.expected)) +
           "], got [" + std::string(to_string(d.actual.value())) + "]";
    if (d.actual_fast != d.actual.value()) out += " (test() says [" + std::string(to_string(d.actual_fast)) + "])";
    if (d.what.expected_outcome)
      out += "; outcome expected " + std::string(to_string(*d.what.expected_outcome)) + ", got " + std::string(to_string(d.actual_outcome));
    out += "\n";
    std::string tree = trialspec::render(d.actual);
    out += "  reason:\n";
    std::size_t start = 0;
    while (start < tree.size()) {
      const std::size_t nl = tree.find('\n', start);
      out += "    " + tree.substr(start, nl - start) + "\n";
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    out += "  report:\n" + d.report;
  }
  if (!rep.skipped.empty()) {
    out += "not generated:\n";
    for (const auto& s : rep.skipped) out += "  " + s + "\n";
  }
  return out;
}

/// Boost.Test predicate: every boundary case of `set` around `base` agrees.
/// BOOST_TEST(boundaries_hold(criteria, base, as_of)) prints every disagreement with its reasons.
template <class Is, class Es, class At>
boost::test_tools::predicate_result boundaries_hold(const eligibility::eligibility_criteria<Is, Es>& set, const patient& base,
                                                    const At& at) {
  const auto rep = run_boundary_cases(set, base, detail::to_context(at));
  if (rep.ok() && rep.cases > 0) return true;
  boost::test_tools::predicate_result res(false);
  if (rep.cases == 0) res.message() << "no boundary case could be generated\n";
  res.message() << render(rep);
  return res;
}
/// The same for a protocol type: boundaries_hold<my_protocol>(base, as_of).
template <CriteriaSource P, class At> boost::test_tools::predicate_result boundaries_hold(const patient& base, const At& at) {
  return boundaries_hold(criteria_of<P>(), base, at);
}

} // namespace trialspec::testing
