// tests/unit/trial_kit.hpp - what the per-trial test files (tests/unit/<trial>.cpp) share: the
// screening date they all work from by hand (2024-03-15), short forms for the record entries they
// build, and eval<C>, which judges one criterion and checks that its fast test agrees.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/context.hpp>

#include <boost/test/unit_test.hpp>

#include <optional>
#include <string>

namespace trial_kit {

inline constexpr trialspec::truth M = trialspec::truth::met;
inline constexpr trialspec::truth N = trialspec::truth::not_met;
inline constexpr trialspec::truth U = trialspec::truth::unknown;

/// Every per-trial test screens on 2024-03-15; the files' opening comments work out their windows
/// from it.
inline const trialspec::eligibility::evaluation_context ctx{trialspec::parse_date("2024-03-15")};

inline trialspec::date d(const char* iso) { return trialspec::parse_date(iso); }

/// A relapse with its onset only (severity and phenotype not recorded).
inline trialspec::relapse on(const char* onset) { return {d(onset), trialspec::relapse_severity::unknown, std::nullopt}; }

/// An EDSS assessment: the score in half steps (9 is 4.5).
inline trialspec::edss_assessment score(const char* iso, int half_steps) {
  return {d(iso), trialspec::edss::from_half_steps(half_steps)};
}

/// A therapy course of a named agent under the agent's usual class, ongoing unless it ended.
inline trialspec::therapy course(trialspec::therapy_agent a, const char* start, std::optional<const char*> end = std::nullopt) {
  trialspec::therapy t{std::string(to_string(a)), default_class(a), d(start), end ? std::optional<trialspec::date>(d(*end)) : std::nullopt};
  t.agent = a;
  return t;
}

/// Criterion C's value for `p` on the screening date; its test() must give the same.
template <class C> trialspec::truth eval(const trialspec::patient& p) {
  const trialspec::truth t = C{}.evaluate(p, ctx).value();
  BOOST_TEST((C{}.test(p, ctx) == t));
  return t;
}

} // namespace trial_kit
