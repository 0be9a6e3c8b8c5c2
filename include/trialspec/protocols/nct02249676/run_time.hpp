// trialspec/protocols/nct02249676/run_time.hpp - the seed protocol's readings chosen at run time,
// in any combination: one criteria type, criteria<eligibility::run_time_reading>, in which every
// decision is an eligibility::reading_choice holding each of its encodings once (any combination
// of readings is the same type), and criteria_for(readings) selecting them.
//
// A separate header: the run-time set instantiates every encoding of every decision, which a
// program screening under one policy type does not need to compile. The functions are templates
// of the readings type (always nct02249676::readings) so that including this header (through the
// umbrella) costs nothing until one is called.
#pragma once

#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/reading_choice.hpp>
#include <trialspec/protocols/nct02249676.hpp>
#include <trialspec/protocols/nct02249676/policy.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <string>

namespace trialspec::protocols::nct02249676 {

namespace detail {
/// criteria<el::run_time_reading>, named through the readings type so that it is formed only when
/// a function below is called.
template <class Readings> struct run_time_policy {
  using type = el::run_time_reading;
};
template <class Readings> struct run_time_set {
  using type = criteria<typename run_time_policy<Readings>::type>;
};
} // namespace detail

/// The criteria under readings `r` (throws invalid_input when a value has no encoding at run time,
/// e.g. an attack gap other than 30 or 0 days: a policy type can give it).
template <std::same_as<readings> Readings> typename detail::run_time_set<Readings>::type criteria_for(const Readings& r) {
  typename detail::run_time_set<Readings>::type c;
  // One walk: each choice takes the value `readings` holds for its decision.
  el::for_each_choice(c, [&]<class C>(C& choice) {
    using D = typename C::decision;
    choice.select(el::alternative_index<D>(r.*D::in));
  });
  return c;
}

/// The same under readings chosen at run time.
template <std::same_as<readings> Readings> std::string print_criteria(const Readings& r) {
  return trialspec::detail::cat(el::to_text(criteria_for(r)), "Readings of the registry text:\n", describe(r));
}
/// The same in Markdown.
template <std::same_as<readings> Readings> std::string print_criteria_markdown(const Readings& r) {
  return trialspec::detail::cat(el::to_markdown(criteria_for(r)), "\n## Readings of the registry text\n\n", detail::markdown_items(describe(r)));
}

} // namespace trialspec::protocols::nct02249676
