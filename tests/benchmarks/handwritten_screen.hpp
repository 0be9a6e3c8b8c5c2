// tests/benchmarks/handwritten_screen.hpp - NCT02249676 verdict-only screening written by hand
// as plain C++ over trialspec::patient: the benchmark's "practical limit".
//
// It encodes the registry reading (protocols/nct02249676/policy.hpp, registry_reading) with every
// rule inlined: three-valued answers (missing data is unknown), the 18-month window computed once,
// one pass over each list per question. It shares only the record type and the calendar
// arithmetic (calendar.hpp's month clamping and completed-years age) with the library.
// tests/unit/benchmark_baselines.cpp checks that it agrees with trialspec on every patient of a
// seeded cohort.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace trialspec_bench {

namespace hand {

enum class tri : std::uint8_t { no, unknown, yes };

inline tri of(bool b) { return b ? tri::yes : tri::no; }
inline tri both(tri a, tri b) { return a < b ? a : b; }
inline tri either(tri a, tri b) { return a < b ? b : a; }
inline tri negate(tri a) { return a == tri::yes ? tri::no : a == tri::no ? tri::yes : tri::unknown; }

using trialspec::date;
using trialspec::patient;

inline tri recorded_nmo(const patient& p) {
  if (!p.diagnosis.kind) return tri::unknown;
  return of(*p.diagnosis.kind == trialspec::diagnosis_kind::nmo || *p.diagnosis.kind == trialspec::diagnosis_kind::nmosd);
}

inline tri age_over_18_to_80(const patient& p, date as_of) {
  if (!p.birth_date) return tri::unknown;
  // A birth known to the day gives one age; one known to the month or year, a range of two.
  const int oldest = trialspec::age_in_years(p.birth_date->earliest(), as_of);
  const int youngest = p.birth_date->is_exact() ? oldest : trialspec::age_range(*p.birth_date, as_of).youngest;
  const bool all = youngest > 18 && oldest <= 80, none = oldest <= 18 || youngest > 80;
  return all ? tri::yes : none ? tri::no : tri::unknown;
}

// EDSS dates are taken as days (the benchmark cohort's are; a month or year is not handled here).
inline tri latest_edss_above_3(const patient& p, date as_of) {
  const trialspec::edss_assessment* last = nullptr;
  for (const auto& a : p.edss)
    if (a.on.earliest() <= as_of && (!last || a.on.earliest() >= last->on.earliest())) last = &a;
  if (!last) return tri::unknown;
  return of(last->score.half_steps() > 6);
}

// Therapy dates are taken as days (the benchmark cohort's are; a month or year is not handled here).
inline tri year_of_therapy(const patient& p, date as_of) {
  std::optional<date> first;
  for (const auto& t : p.therapies)
    if (t.kind != trialspec::therapy_class::other && t.start.earliest() <= as_of && (!first || t.start.earliest() < *first)) first = t.start.earliest();
  if (first && trialspec::add_months(*first, 12) <= as_of) return tri::yes;
  // No bound back: only a list complete from birth rules out an earlier first start.
  const bool from_birth = p.therapies_recorded_since && p.birth_date && *p.therapies_recorded_since <= p.birth_date->earliest();
  return from_birth ? tri::no : tri::unknown;
}

/// A list complete from `since` covers [from, ...] when it starts by `from` or by the birth date.
/// The first day the birth can be: where a history complete "since birth" starts.
inline std::optional<date> origin(const patient& p) {
  if (p.birth_date) return p.birth_date->earliest();
  return std::nullopt;
}
inline bool covers(const std::optional<date>& since, const std::optional<date>& birth, date from) {
  return since && (*since <= from || (birth && *since <= *birth));
}

/// First to last assessment in [from, to]; +1.0 from below 5.0, +0.5 from above 5.5; from 5.0
/// or 5.5 (no threshold) +1.0 or more counts, +0.5 is undecided, no rise does not count.
inline tri edss_worsening(const patient& p, date from, date to) {
  const trialspec::edss_assessment* first = nullptr;
  const trialspec::edss_assessment* last = nullptr;
  for (const auto& a : p.edss) {
    const date on = a.on.earliest(); // taken as a day, as in latest_edss_above_3
    if (on < from || on > to) continue;
    if (!first || on < first->on.earliest()) first = &a;
    if (!last || on >= last->on.earliest()) last = &a;
  }
  if (!first || first->on == last->on) return tri::unknown;
  const int base = first->score.half_steps();
  const int rise = last->score.half_steps() - base;
  if (base == 10 || base == 11) return rise >= 2 ? tri::yes : rise <= 0 ? tri::no : tri::unknown;
  return of(rise >= (base < 10 ? 2 : 1));
}

/// Relapse reports less than 30 days after an earlier one (known by `to`; on the same day, listed
/// earlier) continue its attack; an attack counts where its first report lies, with its worst
/// grade. An attack starting less than 30 days after the window's start may continue a report the
/// list cannot show (before relapses_recorded_since): then it may lie before the window.
// Onsets are taken as days (the benchmark cohort's are; a month or year onset is not handled here).
inline tri moderate_or_severe_relapse(const patient& p, date from, date to) {
  using sev = trialspec::relapse_severity;
  const auto& rs = p.relapses;
  const auto days = [](date a, date b) { return (b - a).days(); };
  long counted = 0, ungraded = 0, maybe = 0;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const date on = rs[i].onset.earliest();
    if (on < from || on > to) continue;
    bool continues = false;
    for (std::size_t j = 0; j < rs.size() && !continues; ++j)
      if (j != i && rs[j].onset.earliest() <= to) continues = rs[j].onset.earliest() == on ? j < i : rs[j].onset.earliest() < on && days(rs[j].onset.earliest(), on) < 30;
    if (continues) continue;
    date last = on;
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& q : rs)
        if (q.onset.earliest() > last && q.onset.earliest() <= to && days(last, q.onset.earliest()) < 30) last = q.onset.earliest(), grew = true;
    }
    sev worst = sev::unknown;
    for (const auto& q : rs)
      if (q.onset.earliest() >= on && q.onset.earliest() <= last && q.severity > worst) worst = q.severity;
    if (worst == sev::mild) continue;
    date lo = on - boost::gregorian::days(29), hi = from - boost::gregorian::days(1);
    if (p.relapses_recorded_since && *p.relapses_recorded_since - boost::gregorian::days(1) < hi)
      hi = *p.relapses_recorded_since - boost::gregorian::days(1);
    if (p.birth_date && p.birth_date->earliest() > lo) lo = p.birth_date->earliest();
    if (lo <= hi) ++maybe;
    else ++(worst == sev::unknown ? ungraded : counted);
  }
  if (counted >= 1) return tri::yes;
  const bool complete = covers(p.relapses_recorded_since, origin(p), from);
  return complete && ungraded == 0 && maybe == 0 ? tri::no : tri::unknown;
}

/// At least one Gd-enhancing lesion on a scan in [from, to]; with double_or_triple only scans
/// with a double or triple dose count (a scan without a recorded dose is then unknown).
inline tri gd_lesion(const patient& p, date from, date to, bool double_or_triple) {
  bool any_unknown = false;
  int qualifying = 0;
  for (const auto& s : p.mri) {
    // A scan dated to the month or year: its first and last possible days.
    const date first = s.on.earliest(), last = s.on.latest();
    if (last < from || first > to || (!s.gd_enhancing_lesions && !s.dose)) continue;
    const tri dose = !double_or_triple ? tri::yes : s.dose ? of(*s.dose != trialspec::gd_dose::single) : tri::unknown;
    const tri count = s.gd_enhancing_lesions ? of(*s.gd_enhancing_lesions >= 1) : tri::unknown;
    const tri t = both(dose, count);
    if (first < from || last > to) { // perhaps in the window: only a possible yes matters
      if (t != tri::no) any_unknown = true;
      continue;
    }
    if (t == tri::yes) return tri::yes;
    if (t == tri::unknown) any_unknown = true;
    if (dose == tri::yes && count == tri::no) ++qualifying;
  }
  return any_unknown || qualifying == 0 ? tri::unknown : tri::no;
}

inline tri new_t2_lesion(const patient& p, date from, date to) {
  bool any_unknown = false;
  int scans = 0;
  for (const auto& s : p.mri) {
    const date first = s.on.earliest(), last = s.on.latest();
    if (last < from || first > to) continue;
    if (first < from || last > to) { // perhaps in the window: only a possible yes matters
      if (!s.new_t2_lesions || *s.new_t2_lesions >= 1) any_unknown = true;
      continue;
    }
    ++scans;
    if (!s.new_t2_lesions) any_unknown = true;
    else if (*s.new_t2_lesions >= 1) return tri::yes;
  }
  return any_unknown || scans == 0 ? tri::unknown : tri::no;
}

inline tri recent_immunotherapy(const patient& p, date as_of) {
  const date from = trialspec::add_months(as_of, -3);
  for (const auto& t : p.therapies)
    if ((t.kind == trialspec::therapy_class::immunosuppressant || t.kind == trialspec::therapy_class::immunomodulator) &&
        t.start.earliest() <= as_of && (!t.end || t.end->earliest() >= from))
      return tri::yes;
  return covers(p.therapies_recorded_since, origin(p), from) ? tri::no : tri::unknown;
}

/// A condition whose kind bit is in `kinds` (bit = 1 << kind); with significant_only a present
/// condition counts only when graded significant, and one not graded is unknown.
inline tri condition(const patient& p, unsigned kinds, bool significant_only) {
  unsigned absent = 0;
  bool pending = false;
  for (const auto& c : p.conditions) {
    const unsigned bit = 1u << static_cast<unsigned>(c.kind);
    if (!(kinds & bit)) continue;
    if (!c.present || (significant_only && c.significant == false)) {
      absent |= bit;
      continue;
    }
    if (!significant_only || c.significant == true) return tri::yes;
    pending = true;
  }
  return !pending && (p.conditions_complete || (absent & kinds) == kinds) ? tri::no : tri::unknown;
}

inline tri pregnant_or_possibly(const patient& p) {
  switch (p.pregnancy) {
  case trialspec::pregnancy_status::pregnant:
  case trialspec::pregnancy_status::possibly_pregnant: return tri::yes;
  case trialspec::pregnancy_status::not_pregnant: return tri::no;
  case trialspec::pregnancy_status::unknown: break;
  }
  return p.sex == trialspec::sex::male ? tri::no : tri::unknown;
}

inline tri lab_positive(const patient& p, trialspec::lab_test test, date as_of) {
  const trialspec::lab_result* last = nullptr;
  for (const auto& l : p.labs)
    if (l.test == test && l.on.latest() <= as_of && (!last || l.on.earliest() >= last->on.earliest())) last = &l;
  // Another result that may fall on or before as_of and after `last`, reading otherwise, makes the
  // latest result unknown (dates known only to the month or year).
  for (const auto& l : p.labs) {
    if (l.test != test || &l == last || l.on.is_exact() || l.on.earliest() > as_of) continue;
    if (!last) return tri::unknown;
    const bool later = l.on.latest() > last->on.earliest() || (l.on.latest() == last->on.earliest() && &l > last);
    if (later && (l.outcome != last->outcome || l.outcome == trialspec::lab_outcome::indeterminate)) return tri::unknown;
  }
  if (!last || last->outcome == trialspec::lab_outcome::indeterminate) return tri::unknown;
  return of(last->outcome == trialspec::lab_outcome::positive);
}

inline tri blood_pressure_200_110(const patient& p, date as_of) {
  const auto reaches = [](const trialspec::blood_pressure_reading& b) { return b.systolic >= 200 || b.diastolic >= 110; };
  const trialspec::blood_pressure_reading* last = nullptr;
  for (const auto& b : p.blood_pressure)
    if (b.on.latest() <= as_of && (!last || b.on.earliest() >= last->on.earliest())) last = &b;
  // Another reading that may fall on or before as_of and after `last`, reading otherwise, makes
  // the latest reading unknown (dates known only to the month or year).
  for (const auto& b : p.blood_pressure) {
    if (&b == last || b.on.is_exact() || b.on.earliest() > as_of) continue;
    if (!last) return tri::unknown;
    const bool later = b.on.latest() > last->on.earliest() || (b.on.latest() == last->on.earliest() && &b > last);
    if (later && reaches(b) != reaches(*last)) return tri::unknown;
  }
  if (!last) return tri::unknown;
  return of(reaches(*last));
}

inline tri optional_flag(const std::optional<bool>& b, bool when) { return b ? of(*b == when) : tri::unknown; }

constexpr unsigned bit(trialspec::condition_kind k) { return 1u << static_cast<unsigned>(k); }

} // namespace hand

/// NCT02249676 under the registry reading, verdict only: eligible, ineligible or undetermined.
/// Stops at the first criterion that rules the patient out, as trialspec's test() does.
inline trialspec::eligibility::screening_outcome handwritten_screen(const trialspec::patient& p,
                                                                    const trialspec::eligibility::evaluation_context& ctx) {
  using namespace hand;
  using trialspec::eligibility::screening_outcome;
  const trialspec::date as_of = ctx.as_of;
  tri acc = tri::yes;
  auto rule_out = [&](tri passes) { return (acc = both(acc, passes)) == tri::no; };

  if (rule_out(recorded_nmo(p))) return screening_outcome::ineligible;
  if (rule_out(age_over_18_to_80(p, as_of))) return screening_outcome::ineligible;
  if (rule_out(latest_edss_above_3(p, as_of))) return screening_outcome::ineligible;
  const trialspec::date from = trialspec::add_months(as_of, -18);
  {
    tri i4 = year_of_therapy(p, as_of);
    if (i4 != tri::no) {
      tri evidence = edss_worsening(p, from, as_of);
      if (evidence != tri::yes) evidence = either(evidence, moderate_or_severe_relapse(p, from, as_of));
      if (evidence != tri::yes) evidence = either(evidence, gd_lesion(p, from, as_of, true));
      if (evidence != tri::yes) evidence = either(evidence, new_t2_lesion(p, from, as_of));
      i4 = both(i4, evidence);
    }
    if (rule_out(i4)) return screening_outcome::ineligible;
  }
  {
    tri i5 = moderate_or_severe_relapse(p, from, as_of);
    if (i5 != tri::yes) i5 = either(i5, gd_lesion(p, from, as_of, false));
    if (i5 != tri::yes) i5 = either(i5, new_t2_lesion(p, from, as_of));
    if (rule_out(i5)) return screening_outcome::ineligible;
  }
  using k = trialspec::condition_kind;
  if (rule_out(negate(recent_immunotherapy(p, as_of)))) return screening_outcome::ineligible;
  if (rule_out(negate(condition(p, bit(k::cardiac_failure) | bit(k::renal_failure) | bit(k::hepatic_failure) | bit(k::other), true))))
    return screening_outcome::ineligible;
  if (rule_out(negate(condition(p, bit(k::allergy), false)))) return screening_outcome::ineligible;
  if (rule_out(negate(pregnant_or_possibly(p)))) return screening_outcome::ineligible;
  if (rule_out(negate(optional_flag(p.consent_capacity, false)))) return screening_outcome::ineligible;
  {
    tri e6 = condition(p, bit(k::brain_tumour), false);
    if (e6 != tri::yes) e6 = either(e6, lab_positive(p, trialspec::lab_test::hiv, as_of));
    if (e6 != tri::yes) e6 = either(e6, lab_positive(p, trialspec::lab_test::tumour_marker, as_of));
    if (e6 != tri::yes) e6 = either(e6, blood_pressure_200_110(p, as_of));
    if (rule_out(negate(e6))) return screening_outcome::ineligible;
  }
  if (rule_out(negate(optional_flag(p.judged_unsuitable, true)))) return screening_outcome::ineligible;
  return acc == tri::yes ? screening_outcome::eligible : screening_outcome::undetermined;
}

} // namespace trialspec_bench
