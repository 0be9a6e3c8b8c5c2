// A user-written criterion composed with built-in ones. A criterion is a small type with
// test() (three-valued, no allocation), evaluate() (the same answer with a reason) and
// describe(); deriving from criterion_base gives it the &&, || and ! of trialspec::eligibility.
// Its reason is written with the toolkit the built-ins use (trialspec/eligibility/reason.hpp),
// straight into the report's builder (explain), so it reads like theirs.
#include <trialspec/eligibility/all.hpp>
#include <trialspec/eligibility/reason.hpp>

#include <iostream>
#include <string>

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
  return undetermined && eligible && too_heavy && worded ? 0 : 1;
}
