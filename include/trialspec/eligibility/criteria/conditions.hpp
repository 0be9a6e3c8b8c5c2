// trialspec/eligibility/criteria/conditions.hpp - a condition present in the history.
#pragma once

#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trialspec::eligibility {

/// Condition kinds a criterion looks for.
using condition_set = flag_set<condition_kind>;
inline constexpr condition_set organ_failure{condition_kind::cardiac_failure, condition_kind::renal_failure,
                                             condition_kind::hepatic_failure};

/// Whether only conditions graded significant count.
enum class significance : std::uint8_t { any, significant_only };

/// A condition of a kind in Kinds is present (and, with significant_only, graded significant).
/// Met on such a finding; not met when every kind was looked for and found absent (or not
/// significant), or when the record's condition list is complete; otherwise unknown. A present
/// condition not graded for significance is unknown under significant_only.
template <condition_set Kinds, significance Sig = significance::any> struct has_condition : criterion_base {
  static_assert(!Kinds.empty(), "a condition criterion needs at least one kind of condition");
  static constexpr std::string_view kind = "condition";
  static constexpr condition_set kinds = Kinds;
  static constexpr significance required = Sig;
  void boundary_probes(probe_writer& p) const { p.nothing_to_probe(); }
  /// Its SQL (trialspec/sql/, writer::has_condition).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.has_condition(Kinds, Sig == significance::significant_only); }

  [[nodiscard]] std::string describe() const {
    return trialspec::detail::cat((Sig == significance::significant_only ? "significant " : ""), join_words(Kinds, condition_kind::other));
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const { return facts<false>(r).value; }
  template <class R> void explain(const R& r, const evaluation_context&, verdict_builder& b) const {
    const auto f = facts<true>(r);
    const auto what = [] { return join_words(Kinds, condition_kind::other); };
    if (f.value == truth::met) {
      // A finding graded not significant counts too under significance::any: the reason says why.
      if (Sig == significance::any && f.finding->significant == false)
        return leaf(b, truth::met, describe_finding(*f.finding), fixed_phrase([&] {
                      return trialspec::detail::cat(": any recorded ", what(), " counts, whatever its grading");
                    }));
      return leaf(b, truth::met, describe_finding(*f.finding));
    }
    if (f.value == truth::not_met)
      return static_leaf(b, truth::not_met, fixed_phrase([&] {
                                   return trialspec::detail::cat((Sig == significance::significant_only ? "no significant " : "no "), what());
                                 }));
    if (f.finding) return leaf(b, truth::unknown, describe_finding(*f.finding), ", significance not graded");
    return static_leaf(b, truth::unknown, fixed_phrase([&] { return trialspec::detail::cat("no record of ", what()); }));
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  // Explain = false keeps nothing but the answer, so test() never copies a condition (whose name
  // may allocate).
  template <bool Explain> struct condition_facts {
    truth value = truth::unknown;
    bool pending = false; // present, significance not graded
    std::optional<condition> finding;
  };
  /// "cardiac failure (mild diastolic dysfunction), not significant", written in place.
  static auto describe_finding(const condition& c) {
    using namespace std::string_view_literals;
    return [&c](auto& s) {
      s.append(to_string(c.kind));
      if (!c.name.empty()) s.append(" ("sv).append(c.name) += ')';
      if (c.significant) s.append(*c.significant ? ", significant"sv : ", not significant"sv);
    };
  }
  template <bool Explain, class R> static condition_facts<Explain> facts(const R& r) {
    static_assert(RecordWithConditions<R>, "condition criteria read conditions: record_traits<R> needs "
                                           "`static <range of condition> conditions(const R&)`");
    condition_facts<Explain> f;
    condition_set looked_for;
    for (const condition& c : record_traits<R>::conditions(r)) {
      if (!Kinds.contains(c.kind)) continue;
      if (!c.present || (Sig == significance::significant_only && c.significant == false)) {
        looked_for.insert(c.kind);
        continue;
      }
      if (Sig == significance::any || c.significant == true) {
        f.value = truth::met;
        if constexpr (Explain) f.finding = c;
        return f;
      }
      if constexpr (Explain)
        if (!f.pending) f.finding = c;
      f.pending = true;
    }
    if (!f.pending && (conditions_complete(r) || looked_for.includes(Kinds))) f.value = truth::not_met;
    return f;
  }
};

/// A history of cancer other than the exception MS trials make: a present `cancer` condition
/// counts unless it is recorded as an excised and resolved basal cell or in situ squamous cell
/// carcinoma of the skin or in situ carcinoma of the cervix (excised_skin_or_cervix_in_situ).
/// Met on a cancer that counts; unknown on a cancer whose exception is not recorded; not met when
/// cancer was looked for and found absent, or the condition list is complete (an excepted cancer
/// alone does not prove that no other cancer is missing from an incomplete list).
struct cancer_history : criterion_base {
  static constexpr std::string_view kind = "cancer_history";
  /// Boundary probes: over a complete condition list, a cancer with the exception recorded no,
  /// yes and not at all.
  void boundary_probes(probe_writer& p) const {
    const auto with = [](std::optional<bool> excepted) {
      return [excepted](patient& r) {
        r.conditions_complete = true;
        condition c;
        c.kind = condition_kind::cancer;
        c.excised_skin_or_cervix_in_situ = excepted;
        r.conditions.push_back(c);
      };
    };
    p.add("cancer, not an excised in situ skin or cervix carcinoma", truth::met, with(false));
    p.add("cancer, an excised and resolved in situ skin or cervix carcinoma (the exception)", truth::not_met, with(true));
    p.add("cancer, exception not recorded", truth::unknown, with(std::nullopt));
  }

  /// Its SQL (trialspec/sql/, writer::cancer_history).
  template <class Sql> [[nodiscard]] std::string sql(const Sql& q) const { return q.cancer_history(); }

  [[nodiscard]] std::string describe() const {
    return "history of cancer, except excised and resolved basal cell or in situ squamous cell carcinoma of the skin or in "
           "situ carcinoma of the cervix";
  }
  template <class R> [[nodiscard]] truth test(const R& r, const evaluation_context&) const { return facts(r).value; }
  template <class R> void explain(const R& r, const evaluation_context&, verdict_builder& b) const {
    const auto f = facts(r);
    if (f.value == truth::met) return static_leaf(b, truth::met, "cancer recorded, not an excised in situ skin or cervix carcinoma");
    if (f.value == truth::unknown && f.pending)
      return static_leaf(b, truth::unknown, "cancer recorded; whether it is an excised in situ skin or cervix carcinoma is not recorded");
    if (f.value == truth::unknown) return static_leaf(b, truth::unknown, "no record of cancer");
    return static_leaf(b, truth::not_met, f.excepted ? "no cancer apart from an excised in situ skin or cervix carcinoma" : "no cancer");
  }
  template <class R> [[nodiscard]] verdict evaluate(const R& r, const evaluation_context& ctx) const {
    return evaluate_by_explaining(*this, r, ctx);
  }

private:
  struct cancer_facts {
    truth value = truth::unknown;
    bool pending = false;
    bool excepted = false;
  };
  template <class R> static cancer_facts facts(const R& r) {
    static_assert(RecordWithConditions<R>, "condition criteria read conditions: record_traits<R> needs "
                                           "`static <range of condition> conditions(const R&)`");
    cancer_facts f;
    bool looked_for = false;
    for (const condition& c : record_traits<R>::conditions(r)) {
      if (c.kind != condition_kind::cancer) continue;
      if (!c.present) {
        looked_for = true;
      } else if (c.excised_skin_or_cervix_in_situ == false) {
        f.value = truth::met;
        return f;
      } else if (c.excised_skin_or_cervix_in_situ == true) {
        f.excepted = true;
      } else {
        f.pending = true;
      }
    }
    if (!f.pending && (conditions_complete(r) || looked_for)) f.value = truth::not_met;
    return f;
  }
};

} // namespace trialspec::eligibility
