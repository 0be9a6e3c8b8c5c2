// trialspec/protocol/outcomes.hpp - outcome measures (primary, secondary, other), each tied to the
// library function that computes it, or marked as a recorded measurement when the library has
// none (VEP latency, OCT thickness ...).
//
// An outcome computed by the library says so in one of two ways: a static `compute` function next
// to its measure, or an `analysis` type whose static `compute` does the work. The second lets a
// protocol header declare an outcome whose computation needs the interval statistics (Boost.Math,
// rates/) without including them: the analysis type is only declared there and defined in the
// trial's analysis header (protocols/<trial>/analysis.hpp), so screening code does not pay for
// the statistics. compute_outcome<O>(...) calls either.
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

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

/// An outcome the library computes: a static `compute` function, or an `analysis` type (see the
/// banner) whose static `compute` is the callable.
template <class T>
concept ComputedOutcome = OutcomeMeasure<T> && (requires { &T::compute; } || requires { typename T::analysis; });

namespace detail {
template <class T> concept complete_type = requires { sizeof(T); };
} // namespace detail

/// Calls the outcome's computation: O::compute(args...) or O::analysis::compute(args...).
template <ComputedOutcome O, class... Args> decltype(auto) compute_outcome(Args&&... args) {
  if constexpr (requires { &O::compute; }) {
    return O::compute(std::forward<Args>(args)...);
  } else {
    static_assert(detail::complete_type<typename O::analysis>,
                  "this outcome's analysis is declared but not defined here: include the header that defines it "
                  "(the trial's analysis.hpp), which brings the interval statistics");
    return O::analysis::compute(std::forward<Args>(args)...);
  }
}

/// The outcome measures of a protocol, in order; there must be at least one primary outcome and
/// every outcome that names a computing function must provide it (compute or analysis).
template <OutcomeMeasure... Outcomes>
struct outcome_set {
  static constexpr std::array<outcome_measure, sizeof...(Outcomes)> measures{Outcomes::measure...};
  using types = std::tuple<Outcomes...>;
  /// The I-th outcome's type.
  template <std::size_t I> using outcome = std::tuple_element_t<I, types>;

  static constexpr std::size_t count(outcome_kind k) noexcept {
    std::size_t n = 0;
    for (const auto& m : measures) n += m.kind == k ? 1 : 0;
    return n;
  }
  static_assert(count(outcome_kind::primary) >= 1, "a protocol needs at least one primary outcome");
  static_assert(((Outcomes::measure.computed_by.empty() || ComputedOutcome<Outcomes>) && ...),
                "an outcome that names a computing function must provide it as a static compute function or an "
                "analysis type");

  /// Numbered list: "1. [primary] Adverse events ... (time frame ...; computed by ...)".
  static std::string describe() {
    std::string s;
    std::size_t i = 0;
    for (const auto& m : measures) {
      s += trialspec::detail::cat(std::to_string(++i), ". [", to_string(m.kind), "] ", std::string(m.title));
      s += trialspec::detail::cat(" (time frame: ", std::string(m.time_frame), "; ");
      s += m.computed_by.empty() ? std::string("recorded measurement, not computed by the library")
                                 : trialspec::detail::cat("computed by ", std::string(m.computed_by));
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

} // namespace trialspec
