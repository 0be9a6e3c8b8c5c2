// trialspec/protocol/outcomes.hpp - outcome measures (primary, secondary, other), each tied to the
// library function that computes it, or marked as a recorded measurement when the library has
// none (VEP latency, OCT thickness ...). Also the time to the next relapse after the infusion,
// which no other layer computes.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>

namespace trialspec {

enum class outcome_kind : std::uint8_t { primary, secondary, other };

/// Words (also the tokens) of each kind (trialspec/enum_names.hpp).
inline constexpr auto outcome_kind_names = name_table<outcome_kind::other>({
    {outcome_kind::primary, "primary"},
    {outcome_kind::secondary, "secondary"},
    {outcome_kind::other, "other"},
});
constexpr const auto& names_of(outcome_kind) noexcept { return outcome_kind_names; }
constexpr std::string_view to_string(outcome_kind k) noexcept { return outcome_kind_names.words(k); }

/// One outcome measure: kind, title, time frame and the library function that computes it
/// (empty `computed_by` = recorded as measured, not computed by the library).
struct outcome_measure {
  outcome_kind kind{outcome_kind::other};
  std::string_view title;
  std::string_view time_frame;
  std::string_view computed_by;
};

/// A type describing one outcome: `static constexpr outcome_measure measure`.
template <class T>
concept OutcomeMeasure = requires {
  { T::measure } -> std::convertible_to<outcome_measure>;
};

/// An outcome the library computes: it also has one static `compute` function (the callable).
template <class T>
concept ComputedOutcome = OutcomeMeasure<T> && requires { &T::compute; };

/// The outcome measures of a protocol, in order; there must be at least one primary outcome and
/// every outcome that names a computing function must provide it as `compute`.
template <OutcomeMeasure... Outcomes>
struct outcome_set {
  static constexpr std::array<outcome_measure, sizeof...(Outcomes)> measures{Outcomes::measure...};
  using types = std::tuple<Outcomes...>;
  /// The I-th outcome's type (its `compute` is the callable).
  template <std::size_t I> using outcome = std::tuple_element_t<I, types>;

  static constexpr std::size_t count(outcome_kind k) noexcept {
    std::size_t n = 0;
    for (const auto& m : measures) n += m.kind == k ? 1 : 0;
    return n;
  }
  static_assert(count(outcome_kind::primary) >= 1, "a protocol needs at least one primary outcome");
  static_assert(((Outcomes::measure.computed_by.empty() || ComputedOutcome<Outcomes>) && ...),
                "an outcome that names a computing function must provide it as a static compute function");

  /// Numbered list: "1. [primary] Adverse events ... (time frame ...; computed by ...)".
  static std::string describe() {
    std::string s;
    std::size_t i = 0;
    for (const auto& m : measures) {
      s += std::to_string(++i) + ". [" + std::string(to_string(m.kind)) + "] " + std::string(m.title);
      s += " (time frame: " + std::string(m.time_frame) + "; ";
      s += m.computed_by.empty() ? std::string("recorded measurement, not computed by the library")
                                 : "computed by " + std::string(m.computed_by);
      s += ")\n";
    }
    return s;
  }
};

template <class T>
concept OutcomeSet = requires {
  { T::measures.size() } -> std::convertible_to<std::size_t>;
  { T::describe() } -> std::convertible_to<std::string>;
};

/// Time from the infusion to the first relapse on or after it, or to the end of follow-up when
/// there was none (censored).
struct time_to_event {
  long days = 0;
  bool event = false;  ///< false: censored at the end of follow-up
  date at;             ///< the relapse onset, or the end of follow-up
  friend bool operator==(const time_to_event&, const time_to_event&) = default;
};

/// Time to the next relapse after an infusion on `infusion`, observed until `follow_up_end`.
/// Relapses must already be merged into attacks (onsets within 30 days of the previous one are the
/// same attack, clinical/relapse.hpp); a relapse on the infusion day counts, as in the windows'
/// "after" parts. Relapses after `follow_up_end` are not seen. Throws invalid_input when follow-up
/// ends before the infusion.
inline time_to_event time_to_next_relapse(std::span<const relapse> relapses, date infusion, date follow_up_end) {
  if (infusion.is_special()) throw invalid_input("infusion date", to_iso(infusion), "must be a date");
  if (follow_up_end.is_special() || follow_up_end < infusion)
    throw invalid_input("follow-up end", to_iso(follow_up_end), "must not be before the infusion " + to_iso(infusion));
  std::optional<date> first;
  for (const auto& r : relapses)
    if (infusion <= r.onset && r.onset <= follow_up_end && (!first || r.onset < *first)) first = r.onset;
  if (first) return {days_between(infusion, *first), true, *first};
  return {days_between(infusion, follow_up_end), false, follow_up_end};
}

} // namespace trialspec
