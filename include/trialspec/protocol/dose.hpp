// trialspec/protocol/dose.hpp - a drug dose as a compile-time value: a fixed amount ("900 mg",
// "44 ug") or an amount chosen by body-weight tier.
//
// Amounts are integers in their unit so that a dose can be a template argument (clang 14 has no
// floating-point template arguments): write 0.5 mg as 500_ug. Weight tiers are half-open,
// [from_kg, below_kg), as labels write them ("60 kg to less than 100 kg"); the tiers of one dose
// must follow each other without overlap or gap, which is checked at compile time where the dose
// is used (check_dose). A dose for a weight no tier covers is not guessed: dose_for throws.
#pragma once

#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/clinical/body_weight.hpp>
#include <trialspec/text.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec {

/// Unit of a drug amount.
enum class dose_unit : std::uint8_t { mg, ug, g, mL };

/// "mg", "ug", "g", "mL".
inline constexpr auto dose_unit_names = name_table<dose_unit::mL>({
    {dose_unit::mg, "mg"},
    {dose_unit::ug, "ug"},
    {dose_unit::g, "g"},
    {dose_unit::mL, "mL"},
});
constexpr const auto& names_of(dose_unit) noexcept { return dose_unit_names; }
constexpr std::string_view to_string(dose_unit u) noexcept { return dose_unit_names.words(u); }

/// An amount of a drug: a whole number of `unit`. A structural type (a template argument).
struct dose_amount {
  std::int64_t value{};
  dose_unit unit{dose_unit::mg};

  /// "900 mg"
  [[nodiscard]] std::string to_string() const {
    return trialspec::detail::cat(std::to_string(value), " ", trialspec::to_string(unit));
  }
  friend constexpr bool operator==(const dose_amount&, const dose_amount&) = default;
  friend std::ostream& operator<<(std::ostream& os, const dose_amount& a) { return os << a.to_string(); }
};

namespace literals {
consteval dose_amount operator""_mg(unsigned long long n) { return {static_cast<std::int64_t>(n), dose_unit::mg}; }
consteval dose_amount operator""_ug(unsigned long long n) { return {static_cast<std::int64_t>(n), dose_unit::ug}; }
consteval dose_amount operator""_g(unsigned long long n) { return {static_cast<std::int64_t>(n), dose_unit::g}; }
consteval dose_amount operator""_mL(unsigned long long n) { return {static_cast<std::int64_t>(n), dose_unit::mL}; }
} // namespace literals

/// The upper bound of a last weight tier that has none.
inline constexpr int no_upper_weight_limit = std::numeric_limits<int>::max();

/// Patients weighing from `from_kg` (included) to below `below_kg` get `dose`:
/// `weight_tier{.from_kg = 60, .below_kg = 100, .dose = 2700_mg}`; leave `below_kg` out for the
/// last tier ("100 kg or more").
struct weight_tier {
  int from_kg = 0;
  int below_kg = no_upper_weight_limit;
  dose_amount dose{};

  [[nodiscard]] constexpr bool open_ended() const noexcept { return below_kg == no_upper_weight_limit; }
  [[nodiscard]] constexpr bool covers(double kg) const noexcept {
    return kg >= from_kg && (open_ended() || kg < below_kg);
  }
  /// "40 to under 60 kg: 2400 mg", "100 kg or more: 3000 mg"
  [[nodiscard]] std::string to_string() const {
    return trialspec::detail::cat((open_ended() ? trialspec::detail::cat(std::to_string(from_kg), " kg or more")
                         : trialspec::detail::cat(std::to_string(from_kg), " to under ", std::to_string(below_kg), " kg")),
           ": ", dose.to_string());
  }
  friend constexpr bool operator==(const weight_tier&, const weight_tier&) = default;
};

/// A dose chosen by body weight, tiers in increasing order of weight:
///   inline constexpr weight_tiered_dose loading{weight_tier{.from_kg = 40, .below_kg = 60, .dose = 2400_mg},
///                                               weight_tier{.from_kg = 60, .dose = 2700_mg}};
template <std::size_t N>
struct weight_tiered_dose {
  std::array<weight_tier, N> tiers{};
  friend constexpr bool operator==(const weight_tiered_dose&, const weight_tiered_dose&) = default;
};
template <class... Tiers> weight_tiered_dose(Tiers...) -> weight_tiered_dose<sizeof...(Tiers)>;

namespace detail {
template <class T> struct is_weight_tiered : std::false_type {};
template <std::size_t N> struct is_weight_tiered<weight_tiered_dose<N>> : std::true_type {};
} // namespace detail

/// What a dose schedule gives at each administration: a fixed amount or a weight-tiered one.
template <class T>
concept DoseValue = std::same_as<std::remove_cv_t<T>, dose_amount> || detail::is_weight_tiered<std::remove_cv_t<T>>::value;

namespace detail {
template <std::size_t N> constexpr bool tier_bounds_valid(const weight_tiered_dose<N>& d) {
  for (const auto& t : d.tiers)
    if (t.from_kg < 0 || t.below_kg <= t.from_kg) return false;
  return true;
}
template <std::size_t N> constexpr bool tier_doses_positive(const weight_tiered_dose<N>& d) {
  for (const auto& t : d.tiers)
    if (t.dose.value <= 0) return false;
  return true;
}
template <std::size_t N> constexpr bool tiers_share_unit(const weight_tiered_dose<N>& d) {
  for (const auto& t : d.tiers)
    if (t.dose.unit != d.tiers[0].dose.unit) return false;
  return true;
}
template <std::size_t N> constexpr bool tiers_in_order(const weight_tiered_dose<N>& d) {
  for (std::size_t i = 1; i < N; ++i)
    if (d.tiers[i].from_kg <= d.tiers[i - 1].from_kg) return false;
  return true;
}
template <std::size_t N> constexpr bool tiers_without_overlap(const weight_tiered_dose<N>& d) {
  for (std::size_t i = 1; i < N; ++i)
    if (d.tiers[i].from_kg < d.tiers[i - 1].below_kg) return false;
  return true;
}
template <std::size_t N> constexpr bool tiers_without_gap(const weight_tiered_dose<N>& d) {
  for (std::size_t i = 1; i < N; ++i)
    if (d.tiers[i].from_kg > d.tiers[i - 1].below_kg) return false;
  return true;
}
} // namespace detail

/// Compile-time checks of a dose, with messages that state the rule; true when it passes (use as
/// `static_assert(check_dose<Dose>())` where a dose is taken as a template argument).
template <DoseValue auto Dose> consteval bool check_dose() {
  if constexpr (std::same_as<std::remove_cv_t<decltype(Dose)>, dose_amount>) {
    // Each rule is on the static_assert's own line so both compilers echo it.
    static_assert(Dose.value > 0, "a dose must be a positive amount");
  } else {
    static_assert(Dose.tiers.size() >= 1, "a weight-tiered dose needs at least one tier");
    static_assert(detail::tier_bounds_valid(Dose), "a weight tier must start at 0 kg or more and below where it ends (from_kg < below_kg)");
    static_assert(detail::tier_doses_positive(Dose), "every weight tier's dose must be a positive amount");
    static_assert(detail::tiers_share_unit(Dose), "the weight tiers of one dose must use one unit");
    static_assert(detail::tiers_in_order(Dose), "weight tiers must be given in increasing order of weight");
    static_assert(detail::tiers_without_overlap(Dose), "weight tiers must not overlap: each tier starts where the previous one ends");
    static_assert(detail::tiers_without_gap(Dose), "weight tiers must leave no gap: each tier starts where the previous one ends");
  }
  return true;
}

/// Whether the amount depends on the body weight.
constexpr bool needs_weight(const dose_amount&) noexcept { return false; }
template <std::size_t N> constexpr bool needs_weight(const weight_tiered_dose<N>&) noexcept { return true; }

/// "900 mg"
inline std::string dose_words(const dose_amount& d) { return d.to_string(); }
/// "by body weight (40 to under 60 kg: 2400 mg; 60 to under 100 kg: 2700 mg; 100 kg or more: 3000 mg)"
template <std::size_t N> std::string dose_words(const weight_tiered_dose<N>& d) {
  std::string s = "by body weight (";
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) s += "; ";
    s += d.tiers[i].to_string();
  }
  return trialspec::detail::cat(s, ")");
}

/// A fixed dose is the same for every patient: the weight is neither needed nor checked.
inline std::optional<dose_amount> dose_for(const dose_amount& d, std::optional<double>) { return d; }

/// The tier's dose for a patient of `weight_kg`; nothing when the weight is not recorded. Throws
/// invalid_input for an implausible weight (body_weight) or one that no tier covers.
template <std::size_t N>
std::optional<dose_amount> dose_for(const weight_tiered_dose<N>& d, std::optional<double> weight_kg) {
  if (!weight_kg) return std::nullopt;
  const body_weight w(*weight_kg);
  for (const auto& t : d.tiers)
    if (t.covers(w.kilograms())) return t.dose;
  throw invalid_input("body weight", w.to_string(), trialspec::detail::cat("no weight tier of this dose covers it; ", dose_words(d)));
}

} // namespace trialspec
