// trialspec/eligibility/criteria/diagnosis.hpp - the recorded diagnosis, the criteria set it was
// made with, and AQP4-IgG serostatus.
#pragma once

#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

namespace detail {
template <class E, E... Values> std::string one_of_words() {
  using namespace std::string_view_literals;
  std::string out;
  std::size_t i = 0;
  ((out += (i++ == 0 ? "" : (i == sizeof...(Values) ? " or "sv : ", "sv)), out += std::string(to_string(Values))), ...);
  return out;
}
template <class R> diagnosis_record diagnosis_of(const R& r) {
  static_assert(RecordWithDiagnosis<R>, "diagnosis criteria read the diagnosis: record_traits<R> needs "
                                        "`static diagnosis_record diagnosis(const R&)`");
  return record_traits<R>::diagnosis(r);
}
} // namespace detail

/// The recorded diagnosis is one of Kinds: diagnosis_is<diagnosis_kind::nmo,
/// diagnosis_kind::nmosd> is "diagnosis of NMO or NMOSD".
template <diagnosis_kind... Kinds> struct diagnosis_is : criterion_base {
  static_assert(sizeof...(Kinds) >= 1, "diagnosis_is needs at least one diagnosis");
  static constexpr std::string_view kind = "diagnosis";
  static constexpr diagnosis_kind kinds[] = {Kinds...};
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.diagnosis_in({Kinds...}); }

  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("diagnosis of ", detail::one_of_words<diagnosis_kind, Kinds...>()); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    const auto d = detail::diagnosis_of(r);
    return d.kind ? to_truth(((*d.kind == Kinds) || ...)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto d = detail::diagnosis_of(r);
    if (!d.kind) return static_leaf(b, truth::unknown, "diagnosis not recorded");
    const truth t = test(r, ctx);
    const std::string& is = fixed_phrase([] { return trialspec::detail::cat(" is ", detail::one_of_words<diagnosis_kind, Kinds...>()); });
    const std::string& is_not = fixed_phrase([] { return trialspec::detail::cat(" is not ", detail::one_of_words<diagnosis_kind, Kinds...>()); });
    return leaf(b, t, "diagnosis ", to_string(*d.kind), t == truth::met ? is : is_not);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The diagnosis was made with one of Sets (e.g. Wingerchuk 2006 or IPND 2015).
template <diagnostic_standard... Sets> struct diagnosed_with : criterion_base {
  static_assert(sizeof...(Sets) >= 1, "diagnosed_with needs at least one criteria set");
  static constexpr std::string_view kind = "diagnostic_criteria";
  static constexpr diagnostic_standard sets[] = {Sets...};
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.diagnosed_with({Sets...}); }

  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("diagnosis made with ", detail::one_of_words<diagnostic_standard, Sets...>(), " criteria"); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    const auto d = detail::diagnosis_of(r);
    return d.criteria ? to_truth(((*d.criteria == Sets) || ...)) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto d = detail::diagnosis_of(r);
    if (!d.criteria) return static_leaf(b, truth::unknown, "diagnostic criteria set not recorded");
    const truth t = test(r, ctx);
    // "other criteria" is named with its noun already.
    const std::string_view noun = *d.criteria == diagnostic_standard::other ? "" : " criteria";
    return leaf(b, t, trialspec::detail::cat("diagnosis made with ", to_string(*d.criteria), noun, (t == truth::met ? ", one of " : ", not one of "),
        detail::one_of_words<diagnostic_standard, Sets...>()));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// AQP4-IgG serostatus is S (positive or negative). "Not tested" and a record that says nothing
/// are both unknown, with different reasons.
template <aqp4_status S> struct aqp4_igg_is : criterion_base {
  static_assert(S != aqp4_status::not_tested, "aqp4_igg_is<> tests a result: positive or negative");
  static constexpr std::string_view kind = "aqp4_igg";
  static constexpr aqp4_status value = S;
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.aqp4_is(S); }

  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("AQP4-IgG ", to_string(S)); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    const auto d = detail::diagnosis_of(r);
    if (!d.aqp4_igg || *d.aqp4_igg == aqp4_status::not_tested) return truth::unknown;
    return to_truth(*d.aqp4_igg == S);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto d = detail::diagnosis_of(r);
    if (!d.aqp4_igg) return static_leaf(b, truth::unknown, "AQP4-IgG status not recorded");
    if (*d.aqp4_igg == aqp4_status::not_tested) return static_leaf(b, truth::unknown, "AQP4-IgG not tested");
    return leaf(b, test(r, ctx), trialspec::detail::cat("AQP4-IgG ", to_string(*d.aqp4_igg)));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
