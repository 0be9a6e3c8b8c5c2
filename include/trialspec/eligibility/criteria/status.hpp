// trialspec/eligibility/criteria/status.hpp - pregnancy, capacity to consent and the
// investigator's judgement.
#pragma once

#include <trialspec/clinical/pregnancy.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/verdict.hpp>

#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// Pregnant, or (CountPossible) possibly pregnant. A status that is not established is unknown,
/// except for a record whose sex is male (when the record gives the sex), which is not met.
/// With CountPossible = false a possible pregnancy is unknown.
template <bool CountPossible = true> struct pregnant : criterion_base {
  static constexpr std::string_view kind = "pregnancy";
  static constexpr bool count_possible = CountPossible;
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.pregnant(CountPossible); }

  [[nodiscard]] std::string describe() const { return CountPossible ? "pregnant or possibly pregnant" : "pregnant"; }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithPregnancy<R>, "pregnancy criteria read the pregnancy status: record_traits<R> needs "
                                          "`static pregnancy_status pregnancy(const R&)`");
    switch (record_traits<R>::pregnancy(r)) {
    case pregnancy_status::pregnant: return truth::met;
    case pregnancy_status::possibly_pregnant: return CountPossible ? truth::met : truth::unknown;
    case pregnancy_status::not_pregnant: return truth::not_met;
    case pregnancy_status::unknown: break;
    }
    if constexpr (RecordWithSex<R>)
      if (record_traits<R>::sex(r) == sex::male) return truth::not_met;
    return truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const truth t = test(r, ctx);
    const auto s = record_traits<R>::pregnancy(r);
    if (s != pregnancy_status::unknown) return static_leaf(b, t, to_string(s));
    if (t == truth::not_met) return static_leaf(b, truth::not_met, "pregnancy status not recorded; sex male");
    return static_leaf(b, truth::unknown, "pregnancy status not established");
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The patient cannot understand or sign the informed consent (capacity recorded as absent).
struct unable_to_consent : criterion_base {
  static constexpr std::string_view kind = "consent_capacity";
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.unable_to_consent(); }
  [[nodiscard]] std::string describe() const { return "unable to understand or sign the informed consent"; }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithConsentCapacity<R>, "consent criteria read the capacity to consent: record_traits<R> needs "
                                                "`static std::optional<bool> consent_capacity(const R&)`");
    const auto c = record_traits<R>::consent_capacity(r);
    return c ? to_truth(!*c) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const truth t = test(r, ctx);
    static_leaf(b, t, reason(t));
  }
  /// The reason for a verdict on inability to consent (able_to_consent says the same).
  static constexpr std::string_view reason(truth unable) noexcept {
    return unable == truth::unknown ? "capacity to consent not assessed"
           : unable == truth::met   ? "lacks capacity to consent"
                                    : "has capacity to consent";
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The patient can understand and sign the informed consent.
struct able_to_consent : criterion_base {
  static constexpr std::string_view kind = "consent_capacity";
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.able_to_consent(); }
  [[nodiscard]] std::string describe() const { return "able to understand and sign the informed consent"; }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context& ctx) const {
    return !unable_to_consent{}.test(r, ctx);
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const truth unable = unable_to_consent{}.test(r, ctx);
    static_leaf(b, !unable, unable_to_consent::reason(unable)); // the same reason, the opposite value
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

/// The investigator judges the patient unsuitable for the trial.
struct judged_unsuitable : criterion_base {
  static constexpr std::string_view kind = "judgement";
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.judged_unsuitable(); }
  [[nodiscard]] std::string describe() const { return "judged unsuitable by the investigator"; }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithJudgement<R>, "judgement criteria read the investigator's judgement: record_traits<R> needs "
                                          "`static std::optional<bool> judged_unsuitable(const R&)`");
    const auto j = record_traits<R>::judged_unsuitable(r);
    return j ? to_truth(*j) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    using namespace std::string_view_literals;
    const truth t = test(r, ctx);
    if (t == truth::unknown) return static_leaf(b, truth::unknown, "investigator's judgement not recorded");
    return static_leaf(b, t, t == truth::met ? "judged unsuitable by the investigator"sv : "judged suitable by the investigator"sv);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
