// trialspec/clinical/record.hpp - how criteria read a patient record: the record_traits
// customization point and the concepts that check it.
//
// Criteria never touch a record's members. They call static functions of
// `trialspec::record_traits<R>`; a user adapts their own record type by specialising it with the
// functions the criteria they use need (see examples/user_record.cpp). Each function is a
// "facet"; a criterion that needs a facet the traits do not provide fails to compile with a
// message naming the facet and its signature.
//
// Facets (R is the record type; "range of T" is any input range whose elements convert to
// `const T&`, e.g. `const std::vector<T>&` or a std::views::transform over the user's own data):
//   id(const R&)                       -> convertible to std::string_view   (required by all)
//   birth_date(const R&)               -> std::optional<date>, or std::optional<partial_date> when
//                                         the day or month may not be known
//   sex(const R&)                      -> std::optional<trialspec::sex>
//   weight_kg(const R&)                -> std::optional<double>  (body weight in kg)
//   diagnosis(const R&)                -> diagnosis_record
//   edss_assessments(const R&)         -> range of edss_assessment
//   relapses(const R&)                 -> range of relapse
//   relapses_recorded_since(const R&)  -> std::optional<date>   (optional facet)
//   mri_scans(const R&)                -> range of mri_scan
//   therapies(const R&)                -> range of therapy
//   therapies_recorded_since(const R&) -> std::optional<date>   (optional facet)
//   conditions(const R&)               -> range of condition
//   conditions_complete(const R&)      -> bool                  (optional facet)
//   lab_results(const R&)              -> range of lab_result
//   blood_pressure(const R&)           -> range of blood_pressure_reading
//   pregnancy(const R&)                -> pregnancy_status
//   consent_capacity(const R&)         -> std::optional<bool>
//   judged_unsuitable(const R&)        -> std::optional<bool>
//   infusion_date(const R&)            -> std::optional<date>   (optional facet)
//
// "Recorded since" facets say from which date a list is complete: a relapse history complete
// since 2010-01-01 proves there was no relapse in 2012; a list with no such date proves nothing
// by what it lacks (an absent relapse is then unknown, not zero).
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/mri.hpp>
#include <trialspec/clinical/pregnancy.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/clinical/vitals.hpp>
#include <trialspec/edss.hpp>

#include <concepts>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace trialspec {

/// The customization point: specialise for a record type with the facets it provides.
/// The primary template provides nothing.
template <class R> struct record_traits {};

namespace detail {
// std::ranges::input_range spelled with <iterator> alone (std::ranges::begin/end are available
// there, [range.access.general]), so that the record headers do not pull in <ranges>.
template <class Range> using iterator_of = decltype(std::ranges::begin(std::declval<Range&>()));
template <class Range, class T>
concept range_of = requires(Range& r) {
  std::ranges::begin(r);
  std::ranges::end(r);
} && std::input_iterator<iterator_of<Range>> &&
    std::sentinel_for<decltype(std::ranges::end(std::declval<Range&>())), iterator_of<Range>> &&
    std::convertible_to<std::iter_reference_t<iterator_of<Range>>, const T&>;
template <class R> using traits_of = record_traits<std::remove_cvref_t<R>>;
} // namespace detail

/// A type criteria can read: record_traits<R> is specialised and gives at least an id.
template <class R>
concept Record = requires(const R& r) {
  { detail::traits_of<R>::id(r) } -> std::convertible_to<std::string_view>;
};

template <class R>
concept RecordWithBirthDate = Record<R> && requires(const R& r) {
  requires std::same_as<decltype(detail::traits_of<R>::birth_date(r)), std::optional<date>> ||
               std::same_as<decltype(detail::traits_of<R>::birth_date(r)), std::optional<partial_date>>;
};
template <class R>
concept RecordWithSex = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::sex(r) } -> std::same_as<std::optional<sex>>;
};
template <class R>
concept RecordWithWeight = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::weight_kg(r) } -> std::same_as<std::optional<double>>;
};
template <class R>
concept RecordWithDiagnosis = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::diagnosis(r) } -> std::convertible_to<diagnosis_record>;
};
template <class R>
concept RecordWithEdss = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::edss_assessments(r) } -> detail::range_of<edss_assessment>;
};
template <class R>
concept RecordWithRelapses = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::relapses(r) } -> detail::range_of<relapse>;
};
template <class R>
concept RecordWithMri = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::mri_scans(r) } -> detail::range_of<mri_scan>;
};
template <class R>
concept RecordWithTherapies = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::therapies(r) } -> detail::range_of<therapy>;
};
template <class R>
concept RecordWithConditions = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::conditions(r) } -> detail::range_of<condition>;
};
template <class R>
concept RecordWithLabs = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::lab_results(r) } -> detail::range_of<lab_result>;
};
template <class R>
concept RecordWithBloodPressure = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::blood_pressure(r) } -> detail::range_of<blood_pressure_reading>;
};
template <class R>
concept RecordWithPregnancy = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::pregnancy(r) } -> std::same_as<pregnancy_status>;
};
template <class R>
concept RecordWithConsentCapacity = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::consent_capacity(r) } -> std::same_as<std::optional<bool>>;
};
template <class R>
concept RecordWithJudgement = Record<R> && requires(const R& r) {
  { detail::traits_of<R>::judged_unsuitable(r) } -> std::same_as<std::optional<bool>>;
};

/// A range over `container` whose elements are `f(element)` (f called directly: a function, lambda
/// or function object), computed on access (no copy, no
/// allocation). For record_traits of a user's type: `return mapped(chart.visits, to_assessment);`.
/// A minimal input range, usable where std::views::transform is not (clang 14 with libstdc++ 12).
template <class Container, class F> class mapped_range {
  using base_iterator = decltype(std::cbegin(std::declval<const Container&>()));

public:
  class iterator {
  public:
    using value_type = std::remove_cvref_t<std::invoke_result_t<const F&, decltype(*std::declval<base_iterator>())>>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::input_iterator_tag;
    using iterator_category = std::input_iterator_tag;

    iterator() = default;
    iterator(base_iterator it, const F* f) : it_(it), f_(f) {}
    value_type operator*() const { return (*f_)(*it_); }
    iterator& operator++() {
      ++it_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++it_;
      return old;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.it_ == b.it_; }

  private:
    base_iterator it_{};
    const F* f_ = nullptr;
  };

  mapped_range(const Container& c, F f) : container_(&c), f_(std::move(f)) {}
  [[nodiscard]] iterator begin() const { return {std::cbegin(*container_), &f_}; }
  [[nodiscard]] iterator end() const { return {std::cend(*container_), &f_}; }

private:
  const Container* container_;
  F f_;
};

/// mapped(c, f): the elements of c seen through f (see mapped_range).
template <class Container, class F> mapped_range<Container, F> mapped(const Container& c, F f) {
  return mapped_range<Container, F>(c, std::move(f));
}

/// Readers for the optional facets: absent facet = nothing known.
template <Record R> std::optional<date> relapses_recorded_since(const R& r) {
  if constexpr (requires { detail::traits_of<R>::relapses_recorded_since(r); })
    return detail::traits_of<R>::relapses_recorded_since(r);
  else
    return std::nullopt;
}
template <Record R> std::optional<date> therapies_recorded_since(const R& r) {
  if constexpr (requires { detail::traits_of<R>::therapies_recorded_since(r); })
    return detail::traits_of<R>::therapies_recorded_since(r);
  else
    return std::nullopt;
}
template <Record R> bool conditions_complete(const R& r) {
  if constexpr (requires { detail::traits_of<R>::conditions_complete(r); })
    return detail::traits_of<R>::conditions_complete(r);
  else
    return false;
}
template <Record R> std::optional<date> recorded_infusion_date(const R& r) {
  if constexpr (requires { detail::traits_of<R>::infusion_date(r); })
    return detail::traits_of<R>::infusion_date(r);
  else
    return std::nullopt;
}

} // namespace trialspec
