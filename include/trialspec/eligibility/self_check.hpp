// trialspec/eligibility/self_check.hpp - a compile-time check that no criterion of a criteria set
// contradicts another: the values its inclusion criteria admit are not empty and not all
// excluded by its exclusion criteria.
//
//   static_assert(eligibility::self_consistent<protocols::oratorio::criteria<>>);
//   eligibility::require_self_consistent<my_criteria>();   // fails to compile, stating the rule
//
// What is read: criteria on one value that a type states fully - the latest EDSS at screening
// (edss_latest with the default window), the recorded MS course (ms_course_is) and the age at
// screening (age, age_between) - as top-level criteria or inside named<> and all_of<> (where every
// part must hold). A value an inclusion criterion admits is intersected over the inclusion list;
// the values an exclusion criterion of the same kind excludes are subtracted. Any other criterion
// (any_of, judgements, windows over histories) constrains nothing here: the check finds
// contradictions, it does not prove their absence.
//
// The rules, each with its own message: the inclusion criteria admit at least one EDSS score, one
// MS course and one age; and not every admitted EDSS score / MS course is excluded.
#pragma once

#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/edss.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/ms_diagnosis.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>

#include <cstdint>

namespace trialspec::eligibility {

/// What one criterion, or a conjunction of criteria, says about the constrained values: the EDSS
/// scores (scale indices, bit i for edss_at(i)), the MS courses (bit per enumerator) and the ages
/// (an inclusive range) it admits. Everything admitted when it says nothing.
struct value_constraints {
  std::uint32_t edss = (1u << edss_scale_size) - 1;
  std::uint32_t courses = 0xFu;
  int age_low = 0;
  int age_high = 150;
  bool edss_stated = false;
  bool courses_stated = false;

  constexpr value_constraints& operator&=(const value_constraints& o) noexcept {
    edss &= o.edss;
    courses &= o.courses;
    age_low = age_low > o.age_low ? age_low : o.age_low;
    age_high = age_high < o.age_high ? age_high : o.age_high;
    edss_stated = edss_stated || o.edss_stated;
    courses_stated = courses_stated || o.courses_stated;
    return *this;
  }
};

namespace detail {
template <class C> struct constraints_of {
  static constexpr value_constraints value{};
};
template <fixed_string Id, fixed_string Wording, class C> struct constraints_of<named<Id, Wording, C>> : constraints_of<C> {};
template <class... Cs> struct constraints_of<all_of<Cs...>> {
  static constexpr value_constraints value = [] {
    value_constraints v;
    ((v &= constraints_of<Cs>::value), ...);
    return v;
  }();
};
template <comparison Op, edss_threshold Threshold> struct constraints_of<edss_latest<Op, Threshold, on_or_before_reference, reference_point::screening>> {
  static constexpr value_constraints value = [] {
    value_constraints v;
    v.edss = 0;
    for (int i = 0; i < edss_scale_size; ++i)
      if (compare(Op, edss_at(i).half_steps(), Threshold.half_steps)) v.edss |= 1u << i;
    v.edss_stated = true;
    return v;
  }();
};
template <ms_course... Courses> struct constraints_of<ms_course_is<Courses...>> {
  static constexpr value_constraints value = [] {
    value_constraints v;
    v.courses = ((1u << static_cast<unsigned>(Courses)) | ...);
    v.courses_stated = true;
    return v;
  }();
};
template <comparison Op, int Years> struct constraints_of<age<Op, Years, reference_point::screening>> {
  static constexpr value_constraints value = [] {
    value_constraints v;
    int lo = 151, hi = -1;
    for (int a = 0; a <= 150; ++a)
      if (compare(Op, a, Years)) {
        lo = lo < a ? lo : a;
        hi = a;
      }
    v.age_low = lo;
    v.age_high = hi;
    return v;
  }();
};
template <int Low, int High> struct constraints_of<age_between<Low, High, reference_point::screening>> {
  static constexpr value_constraints value = [] {
    value_constraints v;
    v.age_low = Low;
    v.age_high = High;
    return v;
  }();
};

template <class Set> struct set_constraints;
template <class... Is, class... Es> struct set_constraints<eligibility_criteria<inclusion<Is...>, exclusion<Es...>>> {
  static constexpr value_constraints admitted = [] {
    value_constraints v;
    ((v &= constraints_of<Is>::value), ...);
    return v;
  }();
  /// The EDSS scores and courses some exclusion criterion excludes (only those that state them).
  static constexpr std::uint32_t excluded_edss = ((constraints_of<Es>::value.edss_stated ? constraints_of<Es>::value.edss : 0u) | ... | 0u);
  static constexpr std::uint32_t excluded_courses =
      ((constraints_of<Es>::value.courses_stated ? constraints_of<Es>::value.courses : 0u) | ... | 0u);
};
} // namespace detail

/// The values the inclusion criteria of Set admit (see the file comment).
template <class Set> inline constexpr value_constraints admitted_values = detail::set_constraints<Set>::admitted;

/// Whether Set passes every rule of the self-check.
template <class Set>
inline constexpr bool self_consistent = [] {
  using S = detail::set_constraints<Set>;
  return S::admitted.edss != 0 && S::admitted.courses != 0 && S::admitted.age_low <= S::admitted.age_high &&
         (S::admitted.edss & ~S::excluded_edss) != 0 && (S::admitted.courses & ~S::excluded_courses) != 0;
}();

/// Fails to compile, naming the rule, when a criterion of Set contradicts another.
template <class Set> constexpr void require_self_consistent() {
  using S = detail::set_constraints<Set>;
  static_assert(S::admitted.edss != 0, "protocol self-check: the inclusion criteria admit no EDSS score (their EDSS ranges are disjoint)");
  static_assert(S::admitted.edss == 0 || (S::admitted.edss & ~S::excluded_edss) != 0,
                "protocol self-check: every EDSS score the inclusion criteria admit is excluded by an exclusion criterion");
  static_assert(S::admitted.courses != 0, "protocol self-check: the inclusion criteria admit no MS course");
  static_assert(S::admitted.courses == 0 || (S::admitted.courses & ~S::excluded_courses) != 0,
                "protocol self-check: every MS course the inclusion criteria admit is excluded by an exclusion criterion");
  static_assert(S::admitted.age_low <= S::admitted.age_high, "protocol self-check: the inclusion criteria admit no age (their age ranges are disjoint)");
}

} // namespace trialspec::eligibility
