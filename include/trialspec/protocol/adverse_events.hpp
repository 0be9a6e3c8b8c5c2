// trialspec/protocol/adverse_events.hpp - adverse events counted in the before and after parts of
// a safety window around the protocol's reference date (the infusion), per patient.
//
// Parts of the window around the reference date R (for a control patient the matching baseline
// day), as rates/pre_post.hpp splits relapse windows:
//   before = [R + safety.from, R)   events strictly before the reference day;
//   after  = [R, min(R + safety.to, end of follow-up)]   an event on the reference day is after.
// Person-time of a part is its length in days / 365.25 (rates/person_time.hpp). The comparison of
// the parts, with exact intervals, is safety.hpp.
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/text.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace trialspec {

/// Investigator's judgement of whether an adverse event is related to the intervention.
enum class relatedness : std::uint8_t { not_assessed, unrelated, unlikely, possible, probable, definite };

/// Words and tokens of each judgement (trialspec/enum_names.hpp).
inline constexpr auto relatedness_names = name_table<relatedness::definite>({
    {relatedness::not_assessed, "not assessed", "not_assessed"},
    {relatedness::unrelated, "unrelated"},
    {relatedness::unlikely, "unlikely"},
    {relatedness::possible, "possible"},
    {relatedness::probable, "probable"},
    {relatedness::definite, "definite"},
});
constexpr const auto& names_of(relatedness) noexcept { return relatedness_names; }
constexpr std::string_view to_string(relatedness r) noexcept { return relatedness_names.words(r); }
inline std::ostream& operator<<(std::ostream& os, relatedness r) { return os << to_string(r); }

/// An adverse event: onset, term (e.g. MedDRA preferred term), CTCAE grade 1-5, seriousness
/// (ICH E2A) and relatedness.
struct adverse_event {
  date onset;
  std::string term;
  int grade = 1;
  bool serious = false;
  relatedness related = relatedness::not_assessed;
};

/// Throws invalid_input for an event that cannot be counted: no onset date, an empty term, or a
/// grade outside CTCAE 1-5.
inline void validate(const adverse_event& e) {
  if (e.onset.is_special()) throw invalid_input("adverse event onset", to_iso(e.onset), "must be a date");
  if (e.term.empty()) throw invalid_input("adverse event term", "", "must not be empty");
  if (e.grade < 1 || e.grade > 5)
    throw invalid_input("adverse event grade", std::to_string(e.grade), "CTCAE grades are 1 to 5");
}

/// Counts in one part of the safety window.
struct adverse_event_counts {
  long events = 0;
  long serious = 0;
  long grade_3_or_more = 0;
  /// Possibly, probably or definitely related.
  long related = 0;
  double person_years = 0;

  void add(const adverse_event& e) {
    ++events;
    serious += e.serious ? 1 : 0;
    grade_3_or_more += e.grade >= 3 ? 1 : 0;
    related += e.related >= relatedness::possible ? 1 : 0;
  }
  adverse_event_counts& operator+=(const adverse_event_counts& o) {
    events += o.events;
    serious += o.serious;
    grade_3_or_more += o.grade_3_or_more;
    related += o.related;
    person_years += o.person_years;
    return *this;
  }
};

/// One patient's safety data.
struct safety_patient {
  std::string id;
  std::string arm;
  /// The infusion day (for a control patient, the matching baseline day).
  date reference;
  std::vector<adverse_event> events;
  /// Last day observed when follow-up ended before the end of the safety window.
  std::optional<date> follow_up_end;
};

/// One patient's counts before and after, and how many events fell outside the window (reported,
/// not silently dropped).
struct patient_safety_counts {
  std::string id;
  adverse_event_counts before;
  adverse_event_counts after;
  long outside_window = 0;
};

/// Counts one patient's adverse events in the parts of `safety` (which must start before and end
/// after the reference day). Throws invalid_input for an invalid event, or a follow-up end on or
/// before the reference day.
inline patient_safety_counts count_adverse_events(const safety_patient& p, const relative_window& safety) {
  if (p.reference.is_special()) throw invalid_input("reference date", to_iso(p.reference), "must be a date");
  const date_interval span = safety.resolve(p.reference);
  if (!span.bounded() || !(span.first() < p.reference) || !(p.reference < span.last()))
    throw invalid_input("safety window", span.to_string(), "must be bounded and start before and end after the reference date");
  date last = span.last();
  if (p.follow_up_end) {
    if (*p.follow_up_end <= p.reference)
      throw invalid_input("follow-up end", to_iso(*p.follow_up_end),
                          trialspec::detail::cat("must be after the reference date ", to_iso(p.reference), " of patient ", p.id));
    if (*p.follow_up_end < last) last = *p.follow_up_end;
  }
  patient_safety_counts c;
  c.id = p.id;
  c.before.person_years = rates::observation_years(span.first(), p.reference);
  c.after.person_years = rates::observation_years(p.reference, last);
  for (const auto& e : p.events) {
    validate(e);
    if (span.first() <= e.onset && e.onset < p.reference) c.before.add(e);
    else if (p.reference <= e.onset && e.onset <= last) c.after.add(e);
    else ++c.outside_window;
  }
  return c;
}

} // namespace trialspec
