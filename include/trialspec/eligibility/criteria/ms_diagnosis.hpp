// trialspec/eligibility/criteria/ms_diagnosis.hpp - the recorded course of multiple sclerosis
// (RRMS, SPMS, PPMS, PRMS) and the McDonald revision the diagnosis was made with.
#pragma once

#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// The recorded MS course at screening is one of Courses: ms_course_is<ms_course::rrms,
/// ms_course::spms> is "relapsing MS: RRMS or SPMS". A record without a course is unknown.
template <ms_course... Courses> struct ms_course_is : criterion_base {
  static_assert(sizeof...(Courses) >= 1, "ms_course_is needs at least one course");
  static constexpr std::string_view kind = "ms_course";
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe("a recorded course: no threshold or window"); }
  /// Its SQL (trialspec/sql/): the recorded course as an observation's value concept.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.ms_course_in({Courses...}); }

  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("MS course ", detail::one_of_words<ms_course, Courses...>()); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    const auto d = detail::diagnosis_of(r);
    return d.ms_course ? to_truth(((*d.ms_course == Courses) || ...)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto d = detail::diagnosis_of(r);
    if (!d.ms_course) return static_leaf(b, truth::unknown, "MS course not recorded");
    const truth t = test(r, ctx);
    return leaf(b, t, trialspec::detail::cat("MS course ", to_string(*d.ms_course), (t == truth::met ? " is " : " is not "),
                          detail::one_of_words<ms_course, Courses...>()));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The diagnosis of MS was made with one of Versions of the McDonald criteria (a recorded
/// label). Unknown when the record does not say.
template <mcdonald_version... Versions> struct mcdonald_is : criterion_base {
  static_assert(sizeof...(Versions) >= 1, "mcdonald_is needs at least one revision");
  static constexpr std::string_view kind = "mcdonald";
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe("a recorded revision: no threshold or window"); }
  /// Its SQL (trialspec/sql/): the recorded revision as an observation's value concept.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.mcdonald_in({Versions...}); }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("diagnosis made with the ", detail::one_of_words<mcdonald_version, Versions...>(), " criteria");
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    const auto d = detail::diagnosis_of(r);
    return d.mcdonald ? to_truth(((*d.mcdonald == Versions) || ...)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto d = detail::diagnosis_of(r);
    if (!d.mcdonald) return static_leaf(b, truth::unknown, "McDonald revision of the diagnosis not recorded");
    const truth t = test(r, ctx);
    return leaf(b, t, trialspec::detail::cat("diagnosis made with the ", to_string(*d.mcdonald), " criteria",
                          (t == truth::met ? ", one of " : ", not one of "), detail::one_of_words<mcdonald_version, Versions...>()));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
