// trialspec/clinical/therapy.hpp - disease-modifying and other therapies, with their course.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/agents.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace trialspec {

/// Broad class of a therapy, as eligibility criteria name them ("immunosuppressive or
/// immunomodulating therapy").
enum class therapy_class : std::uint8_t { immunosuppressant, immunomodulator, corticosteroid, other };

/// Words (also the file tokens) of each class (trialspec/enum_names.hpp).
inline constexpr auto therapy_class_names = name_table<therapy_class::other>({
    {therapy_class::immunosuppressant, "immunosuppressant"},
    {therapy_class::immunomodulator, "immunomodulator"},
    {therapy_class::corticosteroid, "corticosteroid"},
    {therapy_class::other, "other"},
});
constexpr const auto& names_of(therapy_class) noexcept { return therapy_class_names; }
constexpr std::string_view to_string(therapy_class c) noexcept { return therapy_class_names.words(c); }
inline std::ostream& operator<<(std::ostream& os, therapy_class c) { return os << to_string(c); }

namespace detail {
struct agent_classes {
  therapy_class first;            ///< the class a course takes when it names only its agent
  bool also_immunomodulator;      ///< MS disease-modifying drugs: immunomodulator is accepted too
  bool any_class;                 ///< investigational: any class
};
constexpr agent_classes classes_of(therapy_agent a) noexcept {
  using enum therapy_agent;
  constexpr therapy_class is = therapy_class::immunosuppressant;
  switch (a) {
  case ivig:
  case interferon_beta:
  case glatiramer_acetate: return {therapy_class::immunomodulator, false, false};
  case oral_corticosteroid:
  case iv_corticosteroid: return {therapy_class::corticosteroid, false, false};
  case plasma_exchange:
  case total_body_irradiation:
  case bone_marrow_transplantation: return {therapy_class::other, false, false};
  case natalizumab:
  case fingolimod:
  case ocrelizumab:
  case ofatumumab:
  case teriflunomide:
  case dimethyl_fumarate:
  case alemtuzumab:
  case cladribine: return {is, true, false};
  case investigational: return {therapy_class::other, false, true};
  default: return {is, false, false};
  }
}
} // namespace detail

/// The class a course of `a` takes when the record names only the agent (agents.hpp).
constexpr therapy_class default_class(therapy_agent a) noexcept { return detail::classes_of(a).first; }

/// Whether a course of `a` may be recorded under class `c` (agents.hpp).
constexpr bool class_fits(therapy_agent a, therapy_class c) noexcept {
  const auto k = detail::classes_of(a);
  return k.any_class || c == k.first || (k.also_immunomodulator && c == therapy_class::immunomodulator);
}

/// One course of a therapy. No `end` means the course is ongoing. `agent`, when the course is one
/// of the named agents (agents.hpp); `stable_since`, the date of the course's last dose change
/// (absent: not recorded). `start`, `end` and `stable_since` may be known only to the month or the
/// year (a partial_date: the days it can be); the course is then every course those days allow
/// with its start on or before its end, and the therapy criteria answer from all of them (README,
/// "Imprecise dates").
struct therapy {
  std::string name{};
  therapy_class kind = therapy_class::other;
  partial_date start = date{};
  std::optional<partial_date> end{};
  std::optional<therapy_agent> agent{};
  std::optional<partial_date> stable_since{};

  /// Whether every date of the course is known to the day.
  [[nodiscard]] bool is_exact() const noexcept {
    return start.is_exact() && (!end || end->is_exact()) && (!stable_since || stable_since->is_exact());
  }
  /// The first day the course can have started.
  [[nodiscard]] date earliest_start() const noexcept { return start.earliest(); }
  /// The last day the course can have started: the start's last day, or the end's last day when
  /// that is earlier (a course starts on or before it ends). The start itself when it is exact.
  [[nodiscard]] date latest_start() const {
    if (start.is_exact()) return start.earliest();
    const date s = start.latest();
    if (end) {
      const date e = end->latest();
      return e < s ? e : s;
    }
    return s;
  }
  /// The first day an ended course can have ended: the end's first day, or the start's first day
  /// when that is later. The end itself when it is exact. Only for a course with an end.
  [[nodiscard]] date earliest_end() const {
    const date e = end->earliest();
    if (end->is_exact()) return e;
    const date s = start.earliest();
    return s < e ? e : s;
  }
  /// The last day an ended course can have ended. Only for a course with an end.
  [[nodiscard]] date latest_end() const { return end->latest(); }
  /// Whether the course is ongoing on `d` whatever days its dates are: started by `d` at the
  /// latest and not ended before it.
  [[nodiscard]] bool surely_ongoing_on(date d) const { return latest_start() <= d && (!end || earliest_end() >= d); }
  /// Whether it can be ongoing on `d`: the earliest start on or before `d` and the latest end on or
  /// after it.
  [[nodiscard]] bool may_be_ongoing_on(date d) const { return start.earliest() <= d && (!end || end->latest() >= d); }
  /// Whether the course overlaps every day-choice of `w`: some day of `w` lies in the course on
  /// whatever days its dates are.
  [[nodiscard]] bool surely_overlaps(const date_interval& w) const {
    return latest_start() <= w.last() && (!end || earliest_end() >= w.first());
  }
  /// Whether it can overlap `w`.
  [[nodiscard]] bool may_overlap(const date_interval& w) const {
    return start.earliest() <= w.last() && (!end || end->latest() >= w.first());
  }

  /// Throws invalid_input when the course surely ends before it starts (its end's last day before
  /// its start's first day), when its class does not fit its agent, or when its last dose change
  /// is surely outside the course.
  void validate() const {
    if (end && end->latest() < start.earliest())
      throw invalid_input("therapy end", to_iso(*end), trialspec::detail::cat("ends before its start ", to_iso(start), " (", name, ")"));
    if (agent && !class_fits(*agent, kind))
      throw invalid_input("therapy class", std::string(to_string(kind)),
                          trialspec::detail::cat("does not fit the agent ", to_string(*agent), " (expected ",
                              std::string(to_string(default_class(*agent))),
                              (detail::classes_of(*agent).also_immunomodulator ? " or immunomodulator)" : ")")));
    if (stable_since && (stable_since->latest() < start.earliest() || (end && end->latest() < stable_since->earliest())))
      throw invalid_input("therapy stable_since", to_iso(*stable_since),
                          trialspec::detail::cat("the last dose change must lie within the course ", to_iso(start), " to ",
                              (end ? to_iso(*end) : std::string("ongoing")), " (", name, ")"));
  }
  friend bool operator==(const therapy&, const therapy&) = default;
};

} // namespace trialspec
