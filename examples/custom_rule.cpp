// A user-written criterion composed with built-in ones. A criterion is a small type with
// test() (three-valued, no allocation), evaluate() (the same answer with a reason) and
// describe(); deriving from criterion_base gives it the &&, || and ! of trialspec::eligibility.
// A boundary_probes() member states its boundary cases, which trialspec::testing runs against
// the whole criteria set (here without Boost.Test, through testing/boundary/runner.hpp).
// Its reason is written with the toolkit the built-ins use (trialspec/eligibility/reason.hpp),
// straight into the report's builder (explain), so it reads like theirs.
#include <trialspec/eligibility.hpp>
#include <trialspec/eligibility/boundary_probes.hpp>
#include <trialspec/eligibility/reason.hpp>
#include <trialspec/testing/boundary/runner.hpp>

#include <charconv>
#include <cstddef>
#include <iostream>
#include <string>
#include <vector>

namespace site {

namespace el = trialspec::eligibility;

/// Body weight within [MinKg, MaxKg], as a cell-dose-per-kilogram protocol may require.
/// Reads the weight through record_traits, so it works on any record that provides weight_kg().
template <int MinKg, int MaxKg> struct weight_between : el::criterion_base {
  static_assert(MinKg < MaxKg, "weight_between<min, max> requires min < max");
  static constexpr std::string_view kind = "weight";
  static constexpr int min_kg = MinKg;
  static constexpr int max_kg = MaxKg;

  [[nodiscard]] std::string describe() const {
    return "body weight from " + std::to_string(MinKg) + " to " + std::to_string(MaxKg) + " kg";
  }
  template <class R> [[nodiscard]] trialspec::truth test(const R& r, const el::evaluation_context&) const {
    static_assert(trialspec::RecordWithWeight<R>, "weight_between reads the weight: record_traits<R> needs weight_kg()");
    const auto w = trialspec::record_traits<R>::weight_kg(r);
    if (!w) return trialspec::truth::unknown; // missing is unknown, never "not met"
    return trialspec::to_truth(*w >= MinKg && *w <= MaxKg);
  }
  /// "weight 62 kg is from 40 to 120 kg": the parts go straight into the report's text; the
  /// phrase that depends only on the bounds is joined once (fixed_phrase); "weight not recorded"
  /// is static text, pointed at (static_leaf).
  template <class R> void explain(const R& r, const el::evaluation_context& ctx, trialspec::verdict_builder& b) const {
    const trialspec::truth t = test(r, ctx);
    if (t == trialspec::truth::unknown) return el::static_leaf(b, t, "weight not recorded");
    const std::string& range = el::fixed_phrase([] { return "from " + std::to_string(MinKg) + " to " + std::to_string(MaxKg) + " kg"; });
    el::leaf(b, t, "weight ", static_cast<int>(*trialspec::record_traits<R>::weight_kg(r)),
             t == trialspec::truth::met ? " kg is " : " kg is not ", range);
  }
  template <class R> [[nodiscard]] trialspec::verdict evaluate(const R& r, const el::evaluation_context& ctx) const {
    return el::evaluate_by_explaining(*this, r, ctx);
  }

  /// Boundary cases: both bounds are included, 0.1 kg beyond either is out, no weight is unknown.
  void boundary_probes(trialspec::eligibility::probe_writer& p) const {
    using trialspec::truth;
    const auto weighing = [](double kg) { return [kg](trialspec::patient& r) { r.weight_kg = kg; }; };
    if (MinKg > 0) p.add("weight " + kg(MinKg - 0.1) + " kg (below the lower bound)", truth::not_met, weighing(MinKg - 0.1));
    p.add("weight " + kg(MinKg) + " kg (the lower bound)", truth::met, weighing(MinKg));
    p.add("weight " + kg(MaxKg) + " kg (the upper bound)", truth::met, weighing(MaxKg));
    p.add("weight " + kg(MaxKg + 0.1) + " kg (above the upper bound)", truth::not_met, weighing(MaxKg + 0.1));
    p.add("no weight recorded", truth::unknown, [](trialspec::patient& r) { r.weight_kg.reset(); });
  }

private:
  static std::string kg(double v) { // "39.9"
    char buf[32];
    return {buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1).ptr};
  }
};

} // namespace site

int main() {
  namespace el = trialspec::eligibility;
  using namespace trialspec::literals;

  // Built-ins and the site's rule, composed with operators.
  constexpr auto dosing = site::weight_between<40, 120>{} && !el::pregnant<>{};
  using criteria = el::eligibility_criteria<
      el::inclusion<el::named<"I1", "EDSS > 3", el::edss_latest<el::comparison::greater, 3.0_edss>>,
                    el::named<"S1", "Suitable for weight-based dosing", std::remove_const_t<decltype(dosing)>>>,
      el::exclusion<el::named<"E1", "Judged not suitable by doctors", el::judged_unsuitable>>>;

  trialspec::patient p;
  p.id = "P-17";
  p.sex = trialspec::sex::female;
  p.pregnancy = trialspec::pregnancy_status::not_pregnant;
  p.edss = {{trialspec::date(2014, 1, 2), 4.0_edss}};
  p.judged_unsuitable = false;
  const el::evaluation_context at{trialspec::date(2014, 1, 5)};

  std::cout << el::to_markdown(criteria{}) << '\n';
  std::cout << el::render(el::screen(criteria{}, p, at)) << '\n'; // weight missing: undetermined
  const bool undetermined = criteria{}.test(p, at) == el::screening_outcome::undetermined;
  p.weight_kg = 62.0;
  std::cout << el::render(el::screen(criteria{}, p, at));
  const bool eligible = criteria{}.test(p, at) == el::screening_outcome::eligible;
  p.weight_kg = 130.0;
  const bool too_heavy = criteria{}.test(p, at) == el::screening_outcome::ineligible;
  // The reason reads like a built-in one.
  const bool worded = site::weight_between<40, 120>{}.evaluate(p, at).reason() == "weight 130 kg is not from 40 to 120 kg";

  // Boundary cases around the eligible patient (62 kg): I1's from edss_latest, S1's weight from
  // the probes above; the pregnancy and judgement criteria state that they have none.
  p.weight_kg = 62.0;
  const auto cases = trialspec::testing::boundary_cases(criteria{}, p, at);
  std::cout << '\n' << trialspec::testing::render(cases);
  // Worked by hand from the definition (40 and 120 kg included; the rest of the set passes, so
  // S1, an inclusion criterion, decides the outcome).
  struct expectation {
    const char* edge;
    trialspec::truth verdict;
    el::screening_outcome outcome;
  };
  const std::vector<expectation> by_hand{
      {"weight 39.9 kg (below the lower bound)", trialspec::truth::not_met, el::screening_outcome::ineligible},
      {"weight 40.0 kg (the lower bound)", trialspec::truth::met, el::screening_outcome::eligible},
      {"weight 120.0 kg (the upper bound)", trialspec::truth::met, el::screening_outcome::eligible},
      {"weight 120.1 kg (above the upper bound)", trialspec::truth::not_met, el::screening_outcome::ineligible},
      {"no weight recorded", trialspec::truth::unknown, el::screening_outcome::undetermined},
  };
  std::vector<const trialspec::testing::boundary_case*> weight;
  for (const auto& c : cases)
    if (c.criterion.rfind("S1.1 ", 0) == 0) weight.push_back(&c);
  bool as_worked = weight.size() == by_hand.size();
  for (std::size_t i = 0; as_worked && i < by_hand.size(); ++i)
    as_worked = weight[i]->edge == by_hand[i].edge && weight[i]->expected == by_hand[i].verdict &&
                weight[i]->expected_outcome == by_hand[i].outcome;
  // Running them: the criterion agrees with its own probes, and every criterion states probes.
  const auto rep = trialspec::testing::run_boundary_cases(criteria{}, p, at);
  std::cout << trialspec::testing::render(rep);
  return undetermined && eligible && too_heavy && worded && as_worked && rep.ok() ? 0 : 1;
}
