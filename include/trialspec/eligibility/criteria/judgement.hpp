// trialspec/eligibility/criteria/judgement.hpp - a question a protocol leaves to the investigator
// ("a stable maintenance dose, as defined by the treating physician"; "8 in special
// circumstances"), answered in the record or unknown.
//
// Registry text that no data can decide is encoded as such a question rather than guessed at or
// dropped: it prints with the criteria (marked "investigator's judgement, not computable from
// data"), and a record answers it under the question's key (clinical/judgements.hpp). An
// unanswered question is unknown.
#pragma once

#include <trialspec/clinical/judgements.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/fixed_string.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// The investigator's answer to Question, recorded under Key: investigator_judgement<
/// "NCT01892345.I6", "on a stable maintenance dose of IST, as defined by the treating physician">.
/// Met when the record answers yes, not met when it answers no, unknown when it does not answer.
template <fixed_string Key, fixed_string Question> struct investigator_judgement : criterion_base {
  static_assert(Key.size() > 0 && Question.size() > 0, "an investigator's judgement needs a key and a question");
  static constexpr std::string_view kind = "investigator_judgement";
  static constexpr std::string_view key = Key.view();
  static constexpr std::string_view question = Question.view();
  /// Boundary probes: answered yes, answered no, not answered.
  void boundary_probes(probe_writer& p) const {
    p.add(trialspec::detail::cat("investigator answers yes to ", key), truth::met, [](patient& r) { r.investigator_judgements[std::string(key)] = true; });
    p.add(trialspec::detail::cat("investigator answers no to ", key), truth::not_met, [](patient& r) { r.investigator_judgements[std::string(key)] = false; });
    p.add(trialspec::detail::cat("no answer to ", key), truth::unknown, [](patient& r) { r.investigator_judgements.erase(std::string(key)); });
  }

  /// Its SQL (trialspec/sql/): the answer recorded under the key.
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.investigator_judgement(key); }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat("investigator's judgement, not computable from data [", key, "]: ", question);
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    static_assert(RecordWithJudgements<R>, "judgement criteria read the investigator's answers: record_traits<R> needs "
                                           "`static std::optional<bool> investigator_judgement(const R&, std::string_view key)`");
    const auto a = record_traits<R>::investigator_judgement(r, key);
    return a ? to_truth(*a) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const truth t = test(r, ctx);
    if (t == truth::unknown)
      return static_leaf(b, t, fixed_phrase([] { return trialspec::detail::cat("investigator's judgement ", key, " not recorded"); }));
    if (t == truth::met) return static_leaf(b, t, fixed_phrase([] { return trialspec::detail::cat("investigator answers yes (", key, ")"); }));
    return static_leaf(b, t, fixed_phrase([] { return trialspec::detail::cat("investigator answers no (", key, ")"); }));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }
};

} // namespace trialspec::eligibility
