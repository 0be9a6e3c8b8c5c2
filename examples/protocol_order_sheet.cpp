// The seed protocol as a type: its design, the order sheet for one patient, the follow-up visit
// dates, a screening report, and the same protocol read the way the publication ran it.
#include <trialspec/protocol/cell_therapy/order_sheet.hpp>
#include <trialspec/protocols/nct02249676.hpp>

#include <iostream>

// Derive from the registry reading and change only what differs.
struct publication : trialspec::protocols::nct02249676::registry_reading {
  static constexpr auto design = trialspec::protocols::nct02249676::design_reading::single_arm_fixed_dose;
};

int main() {
  using namespace trialspec;
  namespace seed = trialspec::protocols::nct02249676;
  using trial = seed::protocol<>; // the registry reading

  std::cout << trial::describe_design() << '\n';

  // Premedication and infusion for a 68.5 kg patient whose cells start at 09:30.
  const date infusion_day = parse_date("2014-07-01");
  const cell_therapy::date_time cells_start(infusion_day, boost::posix_time::hours(9) + boost::posix_time::minutes(30));
  std::cout << cell_therapy::order_sheet_for<trial>(68.5, cells_start).render() << '\n';
  // Without a recorded weight the cell dose is left open rather than guessed.
  std::cout << cell_therapy::order_sheet_for<trial>(std::nullopt, cells_start).render() << '\n';

  std::cout << "Follow-up visits after " << to_iso(infusion_day) << ":\n";
  for (const auto& v : trial::visits(infusion_day)) std::cout << "  " << v << '\n';

  // Screening one patient on 2014-06-01.
  patient p;
  p.id = "TJ-007";
  p.birth_date = parse_date("1979-03-02");
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.edss = {{parse_date("2013-01-10"), edss::from_double(4.0)}, {parse_date("2014-05-20"), edss::from_double(5.0)}};
  p.relapses = {{parse_date("2014-02-10"), relapse_severity::moderate, relapse_phenotype::myelitis}};
  p.relapses_recorded_since = parse_date("2010-01-01");
  p.therapies = {{"azathioprine", therapy_class::immunosuppressant, parse_date("2012-01-01"), parse_date("2014-01-31")}};
  p.therapies_recorded_since = parse_date("2010-01-01");
  p.conditions_complete = true;
  p.labs = {{lab_test::hiv, lab_outcome::negative, parse_date("2014-05-01")}};
  p.blood_pressure = {{parse_date("2014-05-20"), 135, 85}};
  p.pregnancy = pregnancy_status::not_pregnant;
  p.consent_capacity = true;
  const eligibility::evaluation_context ctx{parse_date("2014-06-01")};
  std::cout << '\n' << seed::screen(p, ctx);

  // The publication's reading: one arm, 1.0 x 10^8 cells whatever the weight.
  std::cout << '\n' << cell_therapy::order_sheet_for<seed::protocol<publication>>(std::nullopt, cells_start).render();
  return 0;
}
