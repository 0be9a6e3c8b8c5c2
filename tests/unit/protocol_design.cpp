// A protocol composed at compile time: outcomes tied to library functions, the design text of a
// generic and of a cell-therapy protocol, and the time to the next relapse.
#include <trialspec/protocol/cell_therapy/order_sheet.hpp>
#include <trialspec/protocol/cell_therapy/protocol.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocol/time_to_relapse.hpp>
#include <trialspec/protocols/nct02249676/design.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace trialspec;
namespace seed = trialspec::protocols::nct02249676;

namespace protocol_design_test {
struct no_criteria {};
struct publication : seed::registry_reading {
  static constexpr auto design = seed::design_reading::single_arm_fixed_dose;
};
struct as_registered : seed::registry_reading {
  static constexpr auto control_arm = seed::control_arm_reading::as_registered;
};
using outcomes = outcome_set<seed::safety_outcome, seed::edss_outcome<seed::registry_reading>,
                             seed::time_to_relapse_outcome, seed::vep_outcome>;
// The seed trial's design with a short outcome list and no criteria, on the cell-therapy layer.
template <class P> struct seed_design {
  static constexpr std::string_view id = seed::identity::id;
  static constexpr std::string_view title = seed::identity::title;
  using criteria = no_criteria;
  static constexpr auto arms = seed::arm_set<P>::arms;
  using outcomes = protocol_design_test::outcomes;
  static constexpr std::string_view reference = "the infusion";
  using windows = seed::windows;
  using visits = seed::schedule;
  using dose = seed::dose<P>;
  using premedication = seed::premedication;
  using infusion = seed::infusion;
};
template <class P> using trial = cell_therapy::protocol<seed_design<P>>;

// A protocol without cells: one arm, no windows, visits counted from randomisation.
inline constexpr std::array<intervention, 1> drug{{{intervention_kind::drug, "Study drug", "oral, once daily"}}};
struct single_arm_design {
  static constexpr std::string_view id = "NCT00000000";
  static constexpr std::string_view title = "A single-arm study";
  using criteria = no_criteria;
  static constexpr std::array<arm, 1> arms{{{"Study drug", arm_role::experimental, "", drug}}};
  struct time_to_first_relapse {
    static constexpr outcome_measure measure{outcome_kind::primary, "Time to first relapse", "randomisation to week 96",
                                             "trialspec::time_to_next_relapse"};
    static time_to_event compute(std::span<const relapse> relapses, date from, date to) {
      return time_to_next_relapse(relapses, from, to);
    }
  };
  using outcomes = outcome_set<time_to_first_relapse>;
};
struct visited_design : single_arm_design {
  static constexpr std::string_view reference = "randomisation";
  using visits = visit_schedule<3, 12>;
};

std::vector<relapse> relapses(std::initializer_list<const char*> onsets) {
  std::vector<relapse> out;
  for (const char* d : onsets) out.push_back({parse_date(d), relapse_severity::moderate, std::nullopt});
  return out;
}
} // namespace protocol_design_test
using namespace protocol_design_test;

BOOST_AUTO_TEST_SUITE(protocol_design)

BOOST_AUTO_TEST_CASE(outcomes_are_tied_to_functions) {
  static_assert(outcomes::count(outcome_kind::primary) == 1 && outcomes::count(outcome_kind::secondary) == 2 &&
                outcomes::count(outcome_kind::other) == 1);
  // The safety outcome names an analysis type (defined apart, with the interval statistics); the
  // VEP outcome is a recorded measurement.
  static_assert(ComputedOutcome<seed::safety_outcome> && !ComputedOutcome<seed::vep_outcome>);
  static_assert(std::is_same_v<seed::safety_outcome::analysis, seed::safety_analysis>);
  // The EDSS outcome calls is_worsening with the protocol's table: 5.0 is in its gap (+0.5 to +1.0).
  using edss_o = outcomes::outcome<1>;
  using namespace trialspec::literals;
  BOOST_TEST(compute_outcome<edss_o>(4.0_edss, 5.0_edss).value() == truth::met);      // +1.0 from < 5.0
  BOOST_TEST(compute_outcome<edss_o>(4.0_edss, 4.5_edss).value() == truth::not_met);
  BOOST_TEST(compute_outcome<edss_o>(5.0_edss, 6.0_edss).value() == truth::met);      // +1.0: enough for any threshold the gap at 5.0 could take
  BOOST_TEST(compute_outcome<edss_o>(5.0_edss, 5.5_edss).value() == truth::unknown);  // +0.5: enough for some only
  BOOST_TEST(edss_o::compute(6.0_edss, 6.5_edss).value() == truth::met);             // +0.5 from > 5.5
  BOOST_TEST(outcomes::describe() ==
             "1. [primary] Feasibility and safety: adverse events from 3 months before to 12 months after the "
             "infusion, rate after vs before (time frame: 3 months before to 12 months after the infusion; computed by "
             "trialspec::summarize_safety)\n"
             "2. [secondary] Expanded Disability Status Scale (EDSS) change from baseline (time frame: baseline to "
             "months 1, 3, 6, 9, 12 and 24; computed by trialspec::is_worsening (policy threshold table))\n"
             "3. [secondary] Time to next relapse after the infusion (time frame: infusion to end of follow-up (month "
             "24); computed by trialspec::time_to_next_relapse)\n"
             "4. [other] Visual evoked potential P100 latency (masked) (time frame: baseline and follow-up visits; "
             "recorded measurement, not computed by the library)\n");
}

BOOST_AUTO_TEST_CASE(time_to_next_relapse_event_and_censoring) {
  const date r = parse_date("2014-03-10");
  // First relapse on or after the infusion is 2014-06-20: 21 + 30 + 31 + 20 = 102 days.
  const auto rs = relapses({"2014-01-05", "2014-09-01", "2014-06-20"});
  BOOST_TEST((time_to_next_relapse(rs, r, parse_date("2016-03-10")) == time_to_event{102, true, parse_date("2014-06-20")}));
  // On the infusion day: 0 days, an event.
  BOOST_TEST(time_to_next_relapse(relapses({"2014-03-10"}), r, parse_date("2016-03-10")).days == 0);
  // None after: censored at the end of follow-up, 365 + 366 = 731 days.
  const auto none = time_to_next_relapse(relapses({"2014-01-05"}), r, parse_date("2016-03-10"));
  BOOST_TEST(!none.event);
  BOOST_TEST(none.days == 731);
  // A relapse after follow-up ended is not seen.
  BOOST_TEST(!time_to_next_relapse(relapses({"2016-03-11"}), r, parse_date("2016-03-10")).event);
  BOOST_CHECK_THROW(time_to_next_relapse(rs, r, parse_date("2014-03-09")), invalid_input);
}

BOOST_AUTO_TEST_CASE(design_follows_the_policy) {
  using registry = trial<seed::registry_reading>;
  static_assert(registry::arms.size() == 2 && trial<publication>::arms.size() == 1);
  static_assert(registry::arms[1].role == arm_role::placebo_comparator);
  // Q9: the control arm lists no MSC by default, the MSC intervention as registered.
  static_assert(registry::arms[1].interventions.empty());
  static_assert(trial<as_registered>::arms[1].interventions.size() == 1);
  // Q10: dose per kg (registry) or fixed (publication).
  const cell_therapy::date_time nine(parse_date("2014-03-03"), boost::posix_time::hours(9));
  BOOST_TEST(cell_therapy::order_sheet_for<registry>(60.0, nine).lines[3].amount.value() == 120'000'000.0); // 2.0e6 x 60
  BOOST_TEST(cell_therapy::order_sheet_for<trial<publication>>(60.0, nine).lines[3].amount.value() == 100'000'000.0);
  BOOST_TEST(registry::visits(parse_date("2014-01-31"))[0].on == parse_date("2014-02-28"));
  BOOST_TEST(registry::describe_design() ==
             "NCT02249676: Autologous Mesenchymal Stem Cells for the Treatment of Neuromyelitis Optica Spectrum "
             "Disorders\n"
             "Arms:\n"
             "  - Autologous mesenchymal stem cells group (experimental): Generated clinical-grade MSC after "
             "premedication; interventions: biological: Autologous mesenchymal stem cells\n"
             "  - Control group (placebo comparator): Patients with progressive and refractory NMO treated with regular "
             "methods; no intervention\n"
             "Dose: 2.0 x 10^6 cells/kg body weight\n"
             "Premedication: chlorpheniramine 10 mg PO 30 min before the cells, hydrocortisone 100 mg IV 30 min before "
             "the cells, metoclopramide 10 mg IM 30 min before the cells\n"
             "Infusion: autologous MSC 2.0 x 10^6 cells/kg body weight IV over 15 min, then normal saline 500 mL IV "
             "over 240 min\n"
             "Windows: " + seed::windows::describe("the infusion") + "\n"
             "Follow-up visits: months 1, 3, 6, 9, 12 and 24 after the infusion\n"
             "Outcomes:\n" + outcomes::describe());
}

BOOST_AUTO_TEST_CASE(a_protocol_without_cells) {
  using plain = protocol<single_arm_design>;
  static_assert(std::is_void_v<plain::windows> && std::is_void_v<plain::schedule>);
  static_assert(std::is_same_v<plain::criteria, no_criteria>);
  // Without windows or visits the design has neither line.
  BOOST_TEST(plain::describe_design() ==
             "NCT00000000: A single-arm study\n"
             "Arms:\n"
             "  - Study drug (experimental); interventions: drug: Study drug\n"
             "Outcomes:\n"
             "1. [primary] Time to first relapse (time frame: randomisation to week 96; computed by "
             "trialspec::time_to_next_relapse)\n");
  // Visits are counted from the reference the design names: 2024-01-31 + 3 months = 04-30
  // (clamped), + 12 months = 2025-01-31.
  using visited = protocol<visited_design>;
  BOOST_TEST(visited::visits(parse_date("2024-01-31")) ==
                 (std::vector<scheduled_visit>{{3, parse_date("2024-04-30")}, {12, parse_date("2025-01-31")}}),
             boost::test_tools::per_element());
  BOOST_TEST(visited::describe_design().find("Follow-up visits: months 3 and 12 after randomisation\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_intervention_carries_its_dose_schedule) {
  using namespace trialspec::literals;
  using satralizumab = dose_schedule<route::subcutaneous, at_weeks<120_mg, 0, 2, 4>, every<120_mg, weeks{4}>>;
  static constexpr std::array<intervention, 1> add_on{
      {{intervention_kind::drug, "Satralizumab", "added to baseline therapy", &schedule_of<satralizumab>}}};
  static constexpr arm a{"Satralizumab", arm_role::experimental, "", add_on};
  BOOST_TEST(describe(a) == "Satralizumab (experimental); interventions: drug: Satralizumab (120 mg SC at weeks 0, 2 "
                            "and 4, then 120 mg SC every 4 weeks from week 8)");
  // The schedule is reachable from the arm's constant data: the fourth dose from 2024-01-01 is at
  // week 8, 2024-02-26.
  const auto doses = a.interventions[0].schedule->doses(parse_date("2024-01-01"), parse_date("2024-02-26"), std::nullopt);
  BOOST_TEST_REQUIRE(doses.size() == 4u);
  BOOST_TEST(doses[3].on == parse_date("2024-02-26"));
}

BOOST_AUTO_TEST_SUITE_END()
