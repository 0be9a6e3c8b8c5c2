// NCT02249676 under the readings the `screen` and `criteria` subcommands accept: one criteria
// type (criteria<eligibility::run_time_reading>), instantiated here and only here, for every combination; the
// subcommands see the non-template functions declared in screen_readings.hpp.
#include "screen_readings.hpp"

#include "screen_cohort.hpp"

#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/protocols/nct02249676/run_time.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace trialspec_cli::nct02249676_readings {

namespace {

namespace nct = trialspec::protocols::nct02249676;
namespace el = trialspec::eligibility;

/// The readings the options ask for (each alternative's option and token from options()).
nct::readings readings_of(const reading& r) {
  nct::readings v;
  for (const auto& c : r.alternatives) options()[position(c.option)].store(v, c.value);
  return v;
}

} // namespace

std::string protocol_id() { return std::string(nct::identity::id); }
std::string protocol_title() { return std::string(nct::identity::title); }

cohort_screening screen(const reading& r, const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain) {
  return screen_cohort_with(nct::criteria_for(readings_of(r)), cohort, as_of, explain);
}

void screen_into(const reading& r, const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain, cohort_screening& out) {
  screen_cohort_into(nct::criteria_for(readings_of(r)), cohort, as_of, explain, out);
}

void check_screening_date(const reading& r, trialspec::date as_of) {
  const std::vector<trialspec::patient> nobody(1);
  try {
    (void)screen(r, nobody, as_of, false);
  } catch (const record_error& e) {
    throw trialspec::invalid_input("--as-of", trialspec::to_iso(as_of), e.what());
  }
}

std::string criteria_text(const reading& r) { return nct::print_criteria(readings_of(r)); }
std::string criteria_markdown(const reading& r) { return nct::print_criteria_markdown(readings_of(r)); }
std::string criteria_json(const reading& r) { return el::to_json(nct::criteria_for(readings_of(r))); }
std::string policy_description(const reading& r) { return nct::describe(readings_of(r)); }

} // namespace trialspec_cli::nct02249676_readings
