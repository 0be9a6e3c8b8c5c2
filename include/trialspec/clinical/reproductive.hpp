// trialspec/clinical/reproductive.hpp - the reproductive facts trial criteria read besides the
// pregnancy status: lactation, childbearing potential, effective contraception and the latest
// pregnancy test; their record facets.
//
// Each is absent when not recorded (unknown), never false by default. The facets of
// record_traits<R> (clinical/record.hpp lists the others):
//   lactating(const R&)               -> std::optional<bool>
//   childbearing_potential(const R&)  -> std::optional<bool>   (reproductive potential)
//   effective_contraception(const R&) -> std::optional<bool>   (uses, or has agreed to use, an
//                                                               effective method)
//   pregnancy_test(const R&)          -> std::optional<pregnancy_test_result>
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/record.hpp>

#include <concepts>
#include <optional>

namespace trialspec {

/// A pregnancy test (serum or urine hCG): its date (to the day, the month or the year) and result.
/// An indeterminate result decides nothing.
struct pregnancy_test_result {
  partial_date on = date{};
  lab_outcome result = lab_outcome::indeterminate;
  friend bool operator==(const pregnancy_test_result&, const pregnancy_test_result&) = default;
};

template <class R>
concept RecordWithLactation = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::lactating(r) } -> std::same_as<std::optional<bool>>;
};
template <class R>
concept RecordWithChildbearingPotential = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::childbearing_potential(r) } -> std::same_as<std::optional<bool>>;
};
template <class R>
concept RecordWithContraception = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::effective_contraception(r) } -> std::same_as<std::optional<bool>>;
};
template <class R>
concept RecordWithPregnancyTest = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::pregnancy_test(r) } -> std::same_as<std::optional<pregnancy_test_result>>;
};

} // namespace trialspec
