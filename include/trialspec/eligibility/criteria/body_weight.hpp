// trialspec/eligibility/criteria/body_weight.hpp - the recorded body weight compared with a
// threshold in kilograms ("Body weight >= 40 kilograms").
//
// The record's weight has no date of its own (record_traits' weight_kg): it is taken as the
// weight at screening. No weight recorded is unknown.
#pragma once

#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/clinical/body_weight.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// The recorded body weight compared with Kg kilograms: body_weight_is<comparison::greater_equal,
/// 40> is "body weight at least 40 kg".
template <comparison Op, int Kg> struct body_weight_is : criterion_base {
  static_assert(Kg > 0 && Kg <= 500, "a body weight threshold must be 1 to 500 kg");
  static constexpr std::string_view kind = "body_weight";
  static constexpr comparison op = Op;
  static constexpr int kilograms = Kg;
  /// Boundary probes: the threshold itself, 0.1 kg below and above it, and no weight.
  void boundary_probes(probe_writer& p) const {
    const auto weigh = [](double kg) { return [kg](patient& r) { r.weight_kg = kg; }; };
    const double at = Kg;
    p.add(trialspec::detail::cat("weight ", body_weight::number_text(at - 0.1), " kg (0.1 kg below ", std::to_string(Kg), ")"),
          to_truth(compare(Op, at - 0.1, at)), weigh(at - 0.1));
    p.add(trialspec::detail::cat("weight ", std::to_string(Kg), " kg (on the threshold)"), to_truth(compare(Op, at, at)), weigh(at));
    p.add(trialspec::detail::cat("weight ", body_weight::number_text(at + 0.1), " kg (0.1 kg above ", std::to_string(Kg), ")"),
          to_truth(compare(Op, at + 0.1, at)), weigh(at + 0.1));
    p.add("no weight recorded", truth::unknown, [](patient& r) { r.weight_kg.reset(); });
  }
  /// Its SQL (trialspec/sql/, writer::body_weight).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.body_weight(Op, Kg); }

  [[nodiscard]] std::string describe() const { return trialspec::detail::cat("body weight ", to_words(Op), " ", std::to_string(Kg), " kg"); }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const {
    const auto w = weight(r);
    return w ? to_truth(compare(Op, *w, static_cast<double>(Kg))) : truth::unknown;
  }
  template <class R> void explain(const R& r, const evaluation_context& ctx, verdict_builder& b) const {
    const auto w = weight(r);
    if (!w) return static_leaf(b, truth::unknown, "body weight not recorded");
    const truth t = test(r, ctx);
    const std::string& is = fixed_phrase([] { return trialspec::detail::cat(" kg is ", to_words(Op), " ", std::to_string(Kg), " kg"); });
    const std::string& is_not = fixed_phrase([] { return trialspec::detail::cat(" kg is not ", to_words(Op), " ", std::to_string(Kg), " kg"); });
    return leaf(b, t, "body weight ", body_weight::number_text(*w), t == truth::met ? is : is_not);
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  template <class R> static std::optional<double> weight(const R& r) {
    static_assert(RecordWithWeight<R>, "body weight criteria read the weight: record_traits<R> needs "
                                       "`static std::optional<double> weight_kg(const R&)`");
    return record_traits<R>::weight_kg(r);
  }
};

template <int Kg> using body_weight_at_least = body_weight_is<comparison::greater_equal, Kg>;

} // namespace trialspec::eligibility
