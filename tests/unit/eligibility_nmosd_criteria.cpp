// The built-in criteria the NMOSD trials need: relapse histories over several windows, attacks
// treated with rescue therapy, washout by agent, background therapy, body weight, the
// reproductive facts and investigator judgements; the cohort format's keys for them.
//
// Screening on 2024-03-15 throughout (2024 is a leap year). Windows worked by hand:
//   12 months / 1 year before: 2023-03-15 .. 2024-03-15;  24 months / 2 years: 2022-03-15 .. 2024-03-15
//   3 months: 2023-12-15 .. 2024-03-15;  3 weeks (21 days): 2024-02-23 .. 2024-03-15
//   4 weeks (28 days): 2024-02-16 .. 2024-03-15;  8 weeks (56 days) before: 2024-01-19
#include <trialspec/eligibility.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

using namespace trialspec;
namespace el = trialspec::eligibility;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
const el::evaluation_context ctx{parse_date("2024-03-15")};
date d(const char* s) { return parse_date(s); }

template <class Criterion> truth eval(const patient& p) {
  const truth t = Criterion{}.evaluate(p, ctx).value();
  BOOST_TEST((Criterion{}.test(p, ctx) == t)); // the allocation-free path agrees
  return t;
}

relapse at(const char* on, std::optional<bool> rescue = std::nullopt) {
  return relapse{d(on), relapse_severity::unknown, std::nullopt, rescue};
}
therapy course(therapy_agent a, const char* start, std::optional<const char*> end = std::nullopt) {
  therapy t{std::string(to_string(a)), default_class(a), d(start), end ? std::optional<date>(d(*end)) : std::nullopt};
  t.agent = a;
  return t;
}
patient with_relapses(std::vector<relapse> rs, bool complete = true) {
  patient p;
  p.id = "r";
  p.relapses = std::move(rs);
  if (complete) p.relapses_recorded_since = d("2015-01-01");
  return p;
}
patient with_therapies(std::vector<therapy> ts, bool complete = true) {
  patient p;
  p.id = "t";
  p.therapies = std::move(ts);
  if (complete) p.therapies_recorded_since = d("2015-01-01");
  return p;
}

// PREVENT's sentence: "at least 2 relapses in the last 12 months or 3 relapses in the last 24
// months with at least 1 relapse in the 12 months prior to the screening".
using prevent_history = el::any_of<el::relapses_in_last<2, months{12}>,
                                   el::all_of<el::relapses_in_last<3, months{24}>, el::relapses_in_last<1, months{12}>>>;
// N-MOmentum's: "at least one attack requiring rescue therapy in the last year or two attacks
// requiring rescue therapy in the last 2 years".
using rescue_history = el::any_of<el::rescue_treated_in_last<1, years{1}>, el::rescue_treated_in_last<2, years{2}>>;

inline constexpr el::agent_set anti_cd20_or_mitoxantrone{therapy_agent::rituximab, therapy_agent::mitoxantrone};
using washout = el::washout_table<el::agent_exposure<anti_cd20_or_mitoxantrone, within_before(months{3})>,
                                  el::agent_exposure<el::agent_set{therapy_agent::ivig}, within_before(weeks{3})>>;
using ever_complement = el::agent_exposure<el::complement_inhibitors, on_or_before_reference>;

inline constexpr el::agent_set baseline{therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil,
                                        therapy_agent::oral_corticosteroid};
using one_baseline = el::concurrent_agents<baseline, el::comparison::equal, 1>;
using adolescent_combination =
    el::all_of<el::age_between<12, 17>, el::concurrent_agents<el::agent_set{therapy_agent::oral_corticosteroid}, el::comparison::equal, 1>,
               el::concurrent_agents<el::agent_set{therapy_agent::azathioprine, therapy_agent::mycophenolate_mofetil},
                                     el::comparison::equal, 1>>;
using baseline_rule = el::any_of<one_baseline, adolescent_combination>;
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_nmosd_criteria)

BOOST_AUTO_TEST_CASE(relapse_history_in_several_windows) {
  // 2 in the last 12 months.
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2023-06-01"), at("2024-01-10")})) == M);
  // 3 in 24 months, one of them in the last 12.
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2022-04-01"), at("2022-10-01"), at("2023-06-01")})) == M);
  // 3 in 24 months, none in the last 12: the third a day before the 12-month window.
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2022-04-01"), at("2022-10-01"), at("2023-03-14")})) == N);
  // ... and on its first day.
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2022-04-01"), at("2022-10-01"), at("2023-03-15")})) == M);
  // 24-month edge: the first relapse on 2022-03-15 counts, on 2022-03-14 it does not.
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2022-03-15"), at("2022-10-01"), at("2023-06-01")})) == M);
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2022-03-14"), at("2022-10-01"), at("2023-06-01")})) == N);
  // A relapse after screening is not history.
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2023-06-01"), at("2024-03-16")})) == N);
  // One in 12 months, history not documented: more may be missing.
  BOOST_TEST(eval<prevent_history>(with_relapses({at("2023-06-01")}, false)) == U);
  // SAkuraSky: "at least 2 documented relapses (including first attack) in the last 2 years prior
  // to screening, at least one of which has occurred in the 12 months prior to screening".
  using sakura = el::all_of<el::relapses_in_last<2, years{2}>, el::relapses_in_last<1, months{12}>>;
  BOOST_TEST(eval<sakura>(with_relapses({at("2022-05-01"), at("2023-03-15")})) == M);
  BOOST_TEST(eval<sakura>(with_relapses({at("2022-05-01"), at("2023-03-14")})) == N);
  BOOST_TEST(eval<sakura>(with_relapses({at("2024-01-01")})) == N);
}

BOOST_AUTO_TEST_CASE(attacks_treated_with_rescue_therapy) {
  using one_in_year = el::rescue_treated_in_last<1, years{1}>;
  BOOST_TEST(eval<rescue_history>(with_relapses({at("2023-03-15", true)})) == M);  // first day of the year
  BOOST_TEST(eval<rescue_history>(with_relapses({at("2023-03-14", true)})) == N);  // 1 in 2 years only
  BOOST_TEST(eval<rescue_history>(with_relapses({at("2022-03-15", true), at("2023-01-01", true)})) == M);
  BOOST_TEST(eval<rescue_history>(with_relapses({at("2022-03-14", true), at("2023-01-01", true)})) == N);
  // Untreated attacks do not count; an attack of unrecorded treatment may.
  BOOST_TEST(eval<rescue_history>(with_relapses({at("2024-01-01", false), at("2023-12-01", false)})) == N);
  BOOST_TEST(eval<rescue_history>(with_relapses({at("2024-01-01", std::nullopt)})) == U);
  BOOST_TEST(eval<rescue_history>(with_relapses({at("2024-01-01", true)}, false)) == M); // a treated attack is enough
  BOOST_TEST(eval<one_in_year>(with_relapses({}, false)) == U);
  // Exactly: 1 treated, 1 unrecorded, history complete: 1 to 2.
  using exactly_one = el::rescue_treated_relapse_count<el::comparison::equal, 1, within_before(years{1})>;
  BOOST_TEST(eval<exactly_one>(with_relapses({at("2024-01-01", true), at("2023-06-01")})) == U);
  BOOST_TEST(eval<exactly_one>(with_relapses({at("2024-01-01", true), at("2023-06-01", false)})) == M);
  using two_in_2_years = el::rescue_treated_in_last<2, years{2}>;
  BOOST_TEST(two_in_2_years{}.describe() == "at least 2 relapses treated with rescue therapy within 2 years before screening");
  const auto v = one_in_year{}.evaluate(with_relapses({at("2024-01-01", true), at("2023-06-01", false)}), ctx);
  BOOST_TEST(v.reason() == "1 relapse treated with rescue therapy from 2023-03-15 to 2024-03-15 (2024-01-01 treated, 2023-06-01 not "
                           "treated); required: at least 1");
}

// A therapy history recorded since the screening day covers that day: azathioprine ongoing and
// nothing else recorded from 2024-03-15 is exactly one baseline agent (met). Recorded only from
// the day after, another baseline agent could be missing on the day: unknown.
BOOST_AUTO_TEST_CASE(history_complete_from_the_screening_day) {
  patient p = with_therapies({course(therapy_agent::azathioprine, "2023-01-01")});
  p.therapies_recorded_since = d("2024-03-15");
  BOOST_TEST(eval<one_baseline>(p) == M);
  p.therapies_recorded_since = d("2024-03-16");
  BOOST_TEST(eval<one_baseline>(p) == U);
}

BOOST_AUTO_TEST_CASE(washout_by_agent) {
  BOOST_TEST(eval<washout>(with_therapies({course(therapy_agent::rituximab, "2023-12-15", "2023-12-15")})) == M);
  BOOST_TEST(eval<washout>(with_therapies({course(therapy_agent::rituximab, "2023-12-14", "2023-12-14")})) == N);
  BOOST_TEST(eval<washout>(with_therapies({course(therapy_agent::mitoxantrone, "2023-06-01")})) == M); // ongoing
  BOOST_TEST(eval<washout>(with_therapies({course(therapy_agent::ivig, "2024-01-01", "2024-02-23")})) == M);
  BOOST_TEST(eval<washout>(with_therapies({course(therapy_agent::ivig, "2024-01-01", "2024-02-22")})) == N);
  // IVIg two months ago is outside its 3 weeks even though inside the table's 3 months.
  BOOST_TEST(eval<washout>(with_therapies({course(therapy_agent::ivig, "2024-01-15", "2024-01-15")})) == N);
  BOOST_TEST(eval<washout>(with_therapies({course(therapy_agent::azathioprine, "2020-01-01")})) == N);
  // A course naming no agent: an immunosuppressant may be rituximab; a corticosteroid may be none.
  BOOST_TEST(eval<washout>(with_therapies({therapy{"unknown infusion", therapy_class::immunosuppressant, d("2024-01-01"), d("2024-01-01")}})) == U);
  BOOST_TEST(eval<washout>(with_therapies({therapy{"prednisolone", therapy_class::corticosteroid, d("2024-01-01"), std::nullopt}})) == N);
  // The first row unknown (the unnamed immunosuppressant may be rituximab) and the second met
  // (IVIg until 2024-02-23, the 3 weeks' first day): one met row is enough, met.
  BOOST_TEST(eval<washout>(with_therapies({therapy{"unknown infusion", therapy_class::immunosuppressant, d("2024-01-01"), d("2024-01-01")},
                                           course(therapy_agent::ivig, "2024-01-01", "2024-02-23")})) == M);
  // History complete only since 2024-01-01: the window from 2023-12-15 is not covered.
  patient p = with_therapies({});
  p.therapies_recorded_since = d("2024-01-01");
  BOOST_TEST(eval<washout>(p) == U);
  p.therapies_recorded_since = d("2023-12-15");
  BOOST_TEST(eval<washout>(p) == N);
  BOOST_TEST(washout::table() == "agent                     | window\n"
                                 "rituximab or mitoxantrone | within 3 months before screening\n"
                                 "IV immunoglobulin         | within 3 weeks before screening\n");
  // Ever treated with a complement inhibitor.
  BOOST_TEST(eval<ever_complement>(with_therapies({course(therapy_agent::eculizumab, "2015-06-01", "2016-06-01")})) == M);
  BOOST_TEST(eval<ever_complement>(with_therapies({course(therapy_agent::ravulizumab, "2024-03-15")})) == M);
  // "Ever" is a look-back without a bound: a list proves the absence only when it is complete
  // since birth (issue 15); complete since 2015 for a patient born in 1980, it cannot.
  const auto since_birth = [](std::vector<therapy> ts) {
    patient p = with_therapies(std::move(ts));
    p.birth_date = d("1980-01-01");
    p.therapies_recorded_since = p.birth_date->earliest();
    return p;
  };
  BOOST_TEST(eval<ever_complement>(since_birth({course(therapy_agent::ravulizumab, "2024-03-16")})) == N); // after screening
  BOOST_TEST(eval<ever_complement>(since_birth({})) == N);
  patient from_2015 = since_birth({});
  from_2015.therapies_recorded_since = d("2015-01-01");
  BOOST_TEST(eval<ever_complement>(from_2015) == U);
  BOOST_TEST(eval<ever_complement>(with_therapies({}, false)) == U);
  BOOST_TEST(ever_complement{}.describe() == "use of eculizumab or ravulizumab on or before screening");
}

BOOST_AUTO_TEST_CASE(background_therapy) {
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01")})) == M);
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01"),
                                                course(therapy_agent::oral_corticosteroid, "2023-01-01")})) == N);
  BOOST_TEST(eval<one_baseline>(with_therapies({})) == N);
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01", "2024-03-14")})) == N);
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01", "2024-03-15")})) == M);
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2024-03-16")})) == N);
  // Two courses of the same agent are one agent.
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01"),
                                                course(therapy_agent::azathioprine, "2023-01-01")})) == M);
  // An ongoing immunosuppressant naming no agent may be MMF: 1 or 2.
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01"),
                                                therapy{"unnamed", therapy_class::immunosuppressant, d("2023-01-01"), std::nullopt}})) == U);
  BOOST_TEST(eval<one_baseline>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01")}, false)) == U);
  {
    // The reasons: the agents counted, the courses naming no agent (one, then two: 1 to 2, then
    // 1 to 3 of the three agents), and what is required.
    const therapy unnamed{"unnamed", therapy_class::immunosuppressant, d("2023-01-01"), std::nullopt};
    const auto why = [](const patient& p) { return std::string(one_baseline{}.evaluate(p, ctx).reason()); };
    BOOST_TEST(why(with_therapies({course(therapy_agent::azathioprine, "2022-01-01"), unnamed})) ==
               "1 of azathioprine, mycophenolate mofetil or oral corticosteroid ongoing on 2024-03-15 (azathioprine); "
               "1 ongoing course naming no agent; required: exactly 1");
    BOOST_TEST(why(with_therapies({course(therapy_agent::azathioprine, "2022-01-01"), unnamed, unnamed})) ==
               "1 of azathioprine, mycophenolate mofetil or oral corticosteroid ongoing on 2024-03-15 (azathioprine); "
               "2 ongoing courses naming no agent; required: exactly 1");
    using none_of_them = el::concurrent_agents<baseline, el::comparison::equal, 0>;
    BOOST_TEST(none_of_them{}.describe() == "none of azathioprine, mycophenolate mofetil or oral corticosteroid ongoing at screening");
    BOOST_TEST(one_baseline{}.describe() != none_of_them{}.describe());
  }
  // Adolescents (12 to 17) may combine AZA or MMF with oral corticosteroids.
  patient teen = with_therapies({course(therapy_agent::mycophenolate_mofetil, "2022-01-01"), course(therapy_agent::oral_corticosteroid, "2023-01-01")});
  teen.birth_date = d("2006-03-16"); // 17, turns 18 the next day
  BOOST_TEST(eval<baseline_rule>(teen) == M);
  teen.birth_date = d("2006-03-15"); // 18
  BOOST_TEST(eval<baseline_rule>(teen) == N);
  teen.birth_date = d("2012-03-15"); // 12
  BOOST_TEST(eval<baseline_rule>(teen) == M);
  teen.birth_date.reset();
  BOOST_TEST(eval<baseline_rule>(teen) == U);

  // Stable for 8 weeks: the last change on or before 2024-01-19.
  using stable8 = el::stable_dose<baseline, weeks{8}>;
  auto stable = [](const char* since) {
    therapy t = course(therapy_agent::azathioprine, "2022-01-01");
    t.stable_since = d(since);
    return with_therapies({t});
  };
  BOOST_TEST(eval<stable8>(stable("2024-01-19")) == M);
  BOOST_TEST(eval<stable8>(stable("2024-01-20")) == N);
  BOOST_TEST(eval<stable8>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01")})) == U);
  BOOST_TEST(eval<stable8>(with_therapies({})) == M);
  BOOST_TEST(eval<stable8>(with_therapies({}, false)) == U);
  // A change before a course that ended is of no interest.
  BOOST_TEST(eval<stable8>(with_therapies({course(therapy_agent::azathioprine, "2022-01-01", "2023-01-01")})) == M);
  // Stable "since before screening": the last change the day before passes, on the day fails.
  using stable0 = el::stable_dose<baseline, days{0}>;
  BOOST_TEST(eval<stable0>(stable("2024-03-14")) == M);
  BOOST_TEST(eval<stable0>(stable("2024-03-15")) == N);
  // The reasons, worked from the criterion's wording (stable for 8 weeks before 2024-03-15: the
  // last change on or before 2024-01-19) and the record.
  const auto why = [](const patient& p, const el::evaluation_context& c = ctx) -> std::pair<truth, std::string> {
    const auto v = stable8{}.evaluate(p, c);
    return {v.value(), std::string(v.reason())};
  };
  const std::string listed = "azathioprine, mycophenolate mofetil or oral corticosteroid";
  BOOST_TEST((why(stable("2024-01-19")) ==
              std::pair{M, "every ongoing " + listed + " course unchanged since on or before 2024-01-19"}));
  BOOST_TEST((why(stable("2024-01-20")) ==
              std::pair{N, std::string("azathioprine (immunosuppressant) from 2022-01-01, ongoing: last dose change on 2024-01-20, after 2024-01-19")}));
  BOOST_TEST((why(with_therapies({course(therapy_agent::azathioprine, "2022-01-01")})) ==
              std::pair{U, std::string("azathioprine (immunosuppressant) from 2022-01-01, ongoing: last dose change not recorded")}));
  BOOST_TEST((why(with_therapies({})) == std::pair{M, "no " + listed + " ongoing on 2024-03-15"}));
  BOOST_TEST((why(with_therapies({}, false)) ==
              std::pair{U, "no " + listed + " recorded ongoing on 2024-03-15; therapy history not documented as complete"}));
  {
    patient incomplete = stable("2024-01-19");
    incomplete.therapies_recorded_since = d("2024-03-16");
    BOOST_TEST((why(incomplete) == std::pair{U, "every recorded ongoing " + listed +
                                                    " course unchanged since on or before 2024-01-19; therapy history complete only since 2024-03-16"}));
  }
  BOOST_TEST((why(with_therapies({therapy{"unnamed", therapy_class::immunosuppressant, d("2023-01-01"), std::nullopt}})) ==
              std::pair{U, std::string("unnamed, agent not recorded (immunosuppressant) from 2023-01-01, ongoing is ongoing and may be one of the listed agents")}));
  {
    // Ending some day in March 2024: perhaps not ongoing on 2024-03-15, so a change after the
    // latest stable day leaves it open.
    therapy t = course(therapy_agent::azathioprine, "2022-01-01");
    t.end = parse_partial_date("2024-03");
    t.stable_since = d("2024-02-01");
    BOOST_TEST((why(with_therapies({t})) ==
                std::pair{U, std::string("azathioprine (immunosuppressant) from 2022-01-01 to 2024-03 (day unknown) may be ongoing on 2024-03-15; "
                                         "last dose change on 2024-02-01, after 2024-01-19")}));
    // Changed some day in January 2024, 8 weeks before 2024-02-26 (the latest stable day
    // 2024-01-01): the change may be on that day or after it.
    t.end.reset();
    t.stable_since = parse_partial_date("2024-01");
    BOOST_TEST((why(with_therapies({t}), el::evaluation_context{d("2024-02-26")}) ==
                std::pair{U, std::string("azathioprine (immunosuppressant) from 2022-01-01, ongoing: last dose change on 2024-01 (day unknown), "
                                         "which may be after 2024-01-01")}));
  }
  BOOST_TEST(stable8{}.describe() ==
             "any ongoing azathioprine, mycophenolate mofetil or oral corticosteroid at a dose unchanged for at least 8 weeks before screening");
}

BOOST_AUTO_TEST_CASE(body_weight_and_reproductive_facts) {
  using at_least_40 = el::body_weight_at_least<40>;
  patient p;
  p.id = "w";
  p.weight_kg = 40.0;
  BOOST_TEST(eval<at_least_40>(p) == M);
  p.weight_kg = 39.9;
  BOOST_TEST(eval<at_least_40>(p) == N);
  p.weight_kg = 40.1;
  BOOST_TEST(eval<at_least_40>(p) == M);
  p.weight_kg.reset();
  BOOST_TEST(eval<at_least_40>(p) == U);
  // The reasons, worked from the wording "body weight at least 40 kg".
  const auto reason = [&](double kg) -> std::string {
    p.weight_kg = kg;
    return std::string(at_least_40{}.evaluate(p, ctx).reason());
  };
  BOOST_TEST(reason(40.0) == "body weight 40 kg is at least 40 kg");
  BOOST_TEST(reason(39.9) == "body weight 39.9 kg is not at least 40 kg");
  p.weight_kg.reset();
  BOOST_TEST(at_least_40{}.evaluate(p, ctx).reason() == "body weight not recorded");
  using under_100 = el::body_weight_is<el::comparison::less, 100>;
  p.weight_kg = 100.0;
  BOOST_TEST(eval<under_100>(p) == N);
  BOOST_TEST(under_100{}.evaluate(p, ctx).reason() == "body weight 100 kg is not below 100 kg");
  p.weight_kg.reset();

  BOOST_TEST(eval<el::lactating>(p) == U);
  p.sex = sex::male;
  BOOST_TEST(eval<el::lactating>(p) == N);
  p.sex = sex::female;
  p.lactating = true;
  BOOST_TEST(eval<el::lactating>(p) == M);
  p.lactating = false;
  BOOST_TEST(eval<el::lactating>(p) == N);

  using test4 = el::pregnancy_test_negative<within_before(weeks{4})>;
  BOOST_TEST(eval<test4>(p) == U);
  p.pregnancy_test = pregnancy_test_result{d("2024-02-16"), lab_outcome::negative};
  BOOST_TEST(eval<test4>(p) == M);
  p.pregnancy_test = pregnancy_test_result{d("2024-02-15"), lab_outcome::negative};
  BOOST_TEST(eval<test4>(p) == U);
  p.pregnancy_test = pregnancy_test_result{d("2024-03-15"), lab_outcome::positive};
  BOOST_TEST(eval<test4>(p) == N);
  p.pregnancy_test = pregnancy_test_result{d("2024-03-15"), lab_outcome::indeterminate};
  BOOST_TEST(eval<test4>(p) == U);

  // "Female participants of childbearing potential were to have a negative pregnancy test".
  using test_if_potential = el::any_of<el::not_<el::sex_is<sex::female>>, el::not_<el::of_childbearing_potential>, test4>;
  p.pregnancy_test.reset();
  BOOST_TEST(eval<test_if_potential>(p) == U);
  p.childbearing_potential = false;
  BOOST_TEST(eval<test_if_potential>(p) == M);
  p.childbearing_potential = true;
  BOOST_TEST(eval<test_if_potential>(p) == U);
  p.pregnancy_test = pregnancy_test_result{d("2024-03-01"), lab_outcome::negative};
  BOOST_TEST(eval<test_if_potential>(p) == M);

  BOOST_TEST(eval<el::uses_effective_contraception>(p) == U);
  p.effective_contraception = false;
  BOOST_TEST(eval<el::uses_effective_contraception>(p) == N);

  using special = el::investigator_judgement<"TEST.E1", "special circumstances">;
  BOOST_TEST(eval<special>(p) == U);
  p.investigator_judgements["TEST.E1"] = true;
  BOOST_TEST(eval<special>(p) == M);
  p.investigator_judgements["TEST.E1"] = false;
  BOOST_TEST(eval<special>(p) == N);
  BOOST_TEST(special{}.describe() == "investigator's judgement, not computable from data [TEST.E1]: special circumstances");

  using meningococcal = el::has_condition<el::condition_set{condition_kind::neisseria_meningitidis_infection}>;
  BOOST_TEST(eval<meningococcal>(p) == U);
  p.conditions_complete = true;
  BOOST_TEST(eval<meningococcal>(p) == N);
  p.conditions = {{condition_kind::neisseria_meningitidis_infection, "meningococcal meningitis 1999", true, std::nullopt}};
  BOOST_TEST(eval<meningococcal>(p) == M);
}

namespace {
/// The boundary probes criterion C states around an empty record at screening 2024-03-15: each
/// edge's label with the verdict it expects; and whether every probe's record gets it.
template <class C> std::vector<std::pair<std::string, truth>> probes_of() {
  const el::eligibility_criteria<el::inclusion<el::named<"I1", "probed", C>>, el::exclusion<>> set{};
  patient base;
  base.id = "b";
  std::vector<std::pair<std::string, truth>> out;
  for (const auto& c : trialspec::testing::boundary_cases(set, base, ctx)) out.emplace_back(c.edge, c.expected);
  BOOST_TEST(trialspec::testing::boundaries_hold(set, base, ctx.as_of));
  return out;
}
} // namespace

// The rescue-treated relapse count's probes, worked from the generator's own statement (Count - 1
// to Count + 1 treated relapses with the history complete, one untreated, one of unrecorded
// treatment, Count with the history not documented, and a treated relapse on the window's first
// day, the day before and the day after its last), for "at least 1 within 1 year before
// 2024-03-15" (from 2023-03-15) and for "none" (Count 0: no -1 relapses; the edges with 1).
BOOST_AUTO_TEST_CASE(rescue_count_probes_as_stated) {
  using at_least_1 = el::rescue_treated_relapse_count<el::comparison::greater_equal, 1, within_before(years{1})>;
  using none = el::rescue_treated_relapse_count<el::comparison::equal, 0, within_before(years{1})>;
  const std::vector<std::pair<std::string, truth>> one{
      {"0 relapses treated with rescue therapy, history complete (threshold 1)", N},
      {"1 relapse treated with rescue therapy, history complete (threshold 1)", M},
      {"2 relapses treated with rescue therapy, history complete (threshold 1)", M},
      {"1 relapse recorded as not treated with rescue therapy", N},
      {"1 relapse whose rescue therapy is not recorded", U},
      {"1 treated relapse, relapse history not documented as complete", M},
      {"treated relapse 1 on the window's first day 2023-03-15", M},
      {"treated relapse 1 one day before the window, 2023-03-14", N},
      {"treated relapse 1 one day after the window, 2024-03-16", N}};
  BOOST_TEST((probes_of<at_least_1>() == one));
  const std::vector<std::pair<std::string, truth>> zero{
      {"0 relapses treated with rescue therapy, history complete (threshold 0)", M},
      {"1 relapse treated with rescue therapy, history complete (threshold 0)", N},
      {"1 relapse recorded as not treated with rescue therapy", M},
      {"1 relapse whose rescue therapy is not recorded", U},
      {"0 treated relapses, relapse history not documented as complete", U},
      {"treated relapse 1 on the window's first day 2023-03-15", N},
      {"treated relapse 1 one day before the window, 2023-03-14", M},
      {"treated relapse 1 one day after the window, 2024-03-16", M}};
  BOOST_TEST((probes_of<none>() == zero));
}

// The concurrent-agents probes as the generator states them: 0 to Count + 1 listed agents
// ongoing (as many as the set has), the first agent ending the day before and starting the day
// after, a course naming no agent, and no course with the history not documented. For "exactly 1
// of azathioprine, mycophenolate mofetil or oral corticosteroid" at 2024-03-15, and for "exactly
// 3" (only 3 agents: 0 to 3, not 4).
BOOST_AUTO_TEST_CASE(concurrent_agent_probes_as_stated) {
  const std::vector<std::pair<std::string, truth>> one{
      {"0 listed agents ongoing on 2024-03-15 (threshold 1)", N},
      {"1 listed agent ongoing on 2024-03-15 (threshold 1)", M},
      {"2 listed agents ongoing on 2024-03-15 (threshold 1)", N},
      {"azathioprine ending the day before, 2024-03-14", N},
      {"azathioprine starting the day after, 2024-03-16", N},
      {"an ongoing immunosuppressant course naming no agent", U},
      {"no course recorded, therapy history not documented", U}};
  BOOST_TEST((probes_of<one_baseline>() == one));
  using all_three = el::concurrent_agents<baseline, el::comparison::equal, 3>;
  const std::vector<std::pair<std::string, truth>> three{
      {"0 listed agents ongoing on 2024-03-15 (threshold 3)", N},
      {"1 listed agent ongoing on 2024-03-15 (threshold 3)", N},
      {"2 listed agents ongoing on 2024-03-15 (threshold 3)", N},
      {"3 listed agents ongoing on 2024-03-15 (threshold 3)", M},
      {"azathioprine ending the day before, 2024-03-14", N},
      {"azathioprine starting the day after, 2024-03-16", N},
      {"an ongoing immunosuppressant course naming no agent", N},
      {"no course recorded, therapy history not documented", U}};
  BOOST_TEST((probes_of<all_three>() == three));
}

// The relapse count's probes as the generator states them (Count - 1 to Count + 1 relapses of
// the most severe counted grade, 'step' days apart; one of a grade not counted; one ungraded; with
// a merging gap, two reports gap - 1 days apart from the window's first day and from the day
// before it, and gap days apart; then relapse max(Count, 1) on the first day, the day before and
// the day after the window). "At least 2 within 12 months before 2024-03-15" (from 2023-03-15,
// 30-day gap) and "at least 1 moderate or severe within 18 months" counting reports (gap 0).
BOOST_AUTO_TEST_CASE(relapse_count_probes_as_stated) {
  using two_in_12 = el::relapse_count<el::comparison::greater_equal, 2, within_before(months{12})>;
  const std::vector<std::pair<std::string, truth>> two{
      {"1 severe relapse, history complete (threshold 2)", N},
      {"2 severe relapses, history complete (threshold 2)", M},
      {"3 severe relapses, history complete (threshold 2)", M},
      {"1 ungraded relapse", N},
      {"2 reports 29 days apart from the window's first day (one attack)", N},
      {"2 reports 29 days apart from the day before the window (one attack, before it)", N},
      {"2 reports 30 days apart (two attacks)", M},
      {"relapse 2 on the window's first day 2023-03-15", M},
      {"relapse 2 one day before the window, 2023-03-14", N},
      {"relapse 2 one day after the window, 2024-03-16", N}};
  BOOST_TEST((probes_of<two_in_12>() == two));
  using reports = el::relapse_count<el::comparison::greater_equal, 1, within_before(months{18}), el::moderate_or_severe,
                                    el::reference_point::screening, 0>;
  const std::vector<std::pair<std::string, truth>> one{
      {"0 severe relapses, history complete (threshold 1)", N},
      {"1 severe relapse, history complete (threshold 1)", M},
      {"2 severe relapses, history complete (threshold 1)", M},
      {"1 mild relapse (severity not counted)", N},
      {"1 ungraded relapse", U},
      {"relapse 1 on the window's first day 2022-09-15", M},
      {"relapse 1 one day before the window, 2022-09-14", N},
      {"relapse 1 one day after the window, 2024-03-16", N}};
  BOOST_TEST((probes_of<reports>() == one));
}

// The washout probes as the generator states them, for "IV immunoglobulin within 3 weeks before
// 2024-03-15" (from 2024-02-23): a course ending on the window's first day and the day before,
// one starting on its last day and the day after, another agent's course (rituximab, the first
// agent not listed), a course naming no agent of IVIg's class, and no course with the history not
// documented.
BOOST_AUTO_TEST_CASE(agent_exposure_probes_as_stated) {
  using ivig_3_weeks = el::agent_exposure<el::agent_set{therapy_agent::ivig}, within_before(weeks{3})>;
  const std::vector<std::pair<std::string, truth>> expected{
      {"IV immunoglobulin course ending on the window's first day 2024-02-23", M},
      {"IV immunoglobulin course ending one day before the window, 2024-02-22", N},
      {"IV immunoglobulin course starting on the window's last day 2024-03-15", M},
      {"IV immunoglobulin course starting one day after the window, 2024-03-16", N},
      {"a course of rituximab (not listed) on 2024-03-15", N},
      {"an immunomodulator course naming no agent on 2024-03-15", U},
      {"no course recorded, therapy history not documented", U}};
  BOOST_TEST((probes_of<ivig_3_weeks>() == expected));
}

// The reasons of the reproductive facts, each answer worked from its wording, and the boundary
// probes they state.
BOOST_AUTO_TEST_CASE(reproductive_reasons_and_probes) {
  const auto why = [](const auto& c, const patient& p) { return std::string(c.evaluate(p, ctx).reason()); };
  patient p;
  p.id = "r";
  BOOST_TEST(why(el::lactating{}, p) == "lactation not recorded");
  p.sex = sex::male;
  BOOST_TEST(why(el::lactating{}, p) == "lactation not recorded; sex male");
  p.sex = sex::female;
  p.lactating = true;
  BOOST_TEST(why(el::lactating{}, p) == "lactating");
  p.lactating = false;
  BOOST_TEST(why(el::lactating{}, p) == "not lactating");

  BOOST_TEST(why(el::of_childbearing_potential{}, p) == "childbearing potential not recorded");
  p.childbearing_potential = true;
  BOOST_TEST(why(el::of_childbearing_potential{}, p) == "of childbearing potential");
  p.childbearing_potential = false;
  BOOST_TEST(eval<el::of_childbearing_potential>(p) == N);
  BOOST_TEST(why(el::of_childbearing_potential{}, p) == "not of childbearing potential");

  BOOST_TEST(why(el::uses_effective_contraception{}, p) == "contraception not recorded");
  p.effective_contraception = true;
  BOOST_TEST(eval<el::uses_effective_contraception>(p) == M);
  BOOST_TEST(why(el::uses_effective_contraception{}, p) == "effective contraception recorded");
  p.effective_contraception = false;
  BOOST_TEST(why(el::uses_effective_contraception{}, p) == "no effective contraception");

  // A negative test within 4 weeks before 2024-03-15: from 2024-02-16.
  using test4 = el::pregnancy_test_negative<within_before(weeks{4})>;
  BOOST_TEST(why(test4{}, p) == "no pregnancy test recorded");
  p.pregnancy_test = pregnancy_test_result{parse_partial_date("2024-02"), lab_outcome::negative};
  BOOST_TEST(eval<test4>(p) == U);
  BOOST_TEST(why(test4{}, p) == "pregnancy test negative on 2024-02 (day unknown) may or may not be from 2024-02-16 to 2024-03-15");
  p.pregnancy_test = pregnancy_test_result{d("2024-02-15"), lab_outcome::negative};
  BOOST_TEST(why(test4{}, p) == "pregnancy test on 2024-02-15 is not from 2024-02-16 to 2024-03-15");
  p.pregnancy_test = pregnancy_test_result{d("2024-02-16"), lab_outcome::positive};
  BOOST_TEST(eval<test4>(p) == N);
  BOOST_TEST(why(test4{}, p) == "pregnancy test positive on 2024-02-16");

  patient base;
  base.id = "b";
  base.sex = sex::female;
  const el::eligibility_criteria<el::inclusion<el::named<"I1", "contraception", el::uses_effective_contraception>>,
                                 el::exclusion<el::named<"E1", "lactating", el::lactating>>>
      set{};
  BOOST_TEST(trialspec::testing::boundaries_hold(set, base, parse_date("2024-03-15")));
}

BOOST_AUTO_TEST_CASE(agents_and_classes) {
  BOOST_TEST(class_fits(therapy_agent::rituximab, therapy_class::immunosuppressant));
  BOOST_TEST(!class_fits(therapy_agent::rituximab, therapy_class::immunomodulator));
  BOOST_TEST(class_fits(therapy_agent::natalizumab, therapy_class::immunomodulator));
  BOOST_TEST(class_fits(therapy_agent::investigational, therapy_class::corticosteroid));
  BOOST_TEST((default_class(therapy_agent::ivig) == therapy_class::immunomodulator));
  BOOST_TEST((default_class(therapy_agent::plasma_exchange) == therapy_class::other));
  therapy t = course(therapy_agent::azathioprine, "2020-01-01", "2021-01-01");
  t.kind = therapy_class::corticosteroid;
  BOOST_CHECK_THROW(t.validate(), invalid_input);
  t.kind = therapy_class::immunosuppressant;
  t.stable_since = d("2021-01-02");
  BOOST_CHECK_THROW(t.validate(), invalid_input);
  t.stable_since = d("2020-01-01");
  BOOST_CHECK_NO_THROW(t.validate());
  // Issue 17's 27 agents and issue 18's six (ORATORIO's lifetime exclusions), counted by hand.
  BOOST_TEST(therapy_agent_names.size() == 33u);
  BOOST_TEST((default_class(therapy_agent::total_body_irradiation) == therapy_class::other)); // procedures, as plasma exchange
  BOOST_TEST((default_class(therapy_agent::bone_marrow_transplantation) == therapy_class::other));
  BOOST_TEST((default_class(therapy_agent::anti_cd4) == therapy_class::immunosuppressant));
  BOOST_TEST(in_group(therapy_agent::belimumab, agent_group::b_cell_targeted));
  BOOST_TEST(!in_group(therapy_agent::alemtuzumab, agent_group::b_cell_targeted)); // anti-CD52, named on its own in ORATORIO E7
  BOOST_TEST(in_group(therapy_agent::fingolimod, agent_group::lymphocyte_trafficking_blocker));
}

BOOST_AUTO_TEST_CASE(cohort_format_keys) {
  const std::string doc = R"({"patients": [{"id": "a", "lactating": false, "childbearing_potential": true,
    "effective_contraception": true, "pregnancy_test": {"date": "2024-03-01", "result": "negative"},
    "relapses": [{"onset": "2024-01-01", "rescue_therapy": true}, {"onset": "2023-01-01"}],
    "therapies": [{"name": "Imurel", "agent": "azathioprine", "start": "2020-01-01", "stable_since": "2023-01-01"},
                  {"name": "MabThera", "class": "immunosuppressant", "agent": "rituximab", "start": "2019-01-01", "end": "2019-01-01"}],
    "conditions": [{"code": "neisseria_meningitidis_infection", "present": false}],
    "investigator_judgements": {"NCT01892345.I6": true}}]})";
  const auto cohort = io::parse_cohort(doc);
  BOOST_TEST_REQUIRE(cohort.size() == 1u);
  const patient& p = cohort[0];
  BOOST_TEST((p.lactating == false));
  BOOST_TEST((p.childbearing_potential == true));
  BOOST_TEST((p.effective_contraception == true));
  BOOST_TEST((p.pregnancy_test == pregnancy_test_result{d("2024-03-01"), lab_outcome::negative}));
  BOOST_TEST((p.relapses[0].rescue_therapy == true));
  BOOST_TEST(!p.relapses[1].rescue_therapy.has_value());
  BOOST_TEST((p.therapies[0].agent == therapy_agent::azathioprine));
  BOOST_TEST((p.therapies[0].kind == therapy_class::immunosuppressant)); // taken from the agent
  BOOST_TEST((p.therapies[0].stable_since == d("2023-01-01")));
  BOOST_TEST((p.conditions[0].kind == condition_kind::neisseria_meningitidis_infection));
  BOOST_TEST((p.investigator_judgements.at("NCT01892345.I6") == true));
  // Written back and read again: the same record.
  const auto again = io::parse_cohort(io::cohort_to_json(cohort).dump());
  BOOST_TEST((again[0].therapies == p.therapies));
  BOOST_TEST((again[0].relapses == p.relapses));
  BOOST_TEST((again[0].pregnancy_test == p.pregnancy_test));
  BOOST_TEST((again[0].investigator_judgements == p.investigator_judgements));
  BOOST_TEST((again[0].lactating == p.lactating && again[0].childbearing_potential == p.childbearing_potential));

  const auto fails = [](const std::string& body, const std::string& expected) {
    try {
      (void)io::parse_cohort(R"({"patients": [{"id": "b", )" + body + "}]}");
      BOOST_ERROR("expected an error for " + body);
    } catch (const io::cohort_format_error& e) {
      BOOST_TEST_CONTEXT(e.what()) { BOOST_TEST(std::string(e.what()).find(expected) != std::string::npos); }
    }
  };
  fails(R"("therapies": [{"class": "immunomodulator", "agent": "rituximab", "start": "2020-01-01"}])", "does not fit the agent rituximab");
  fails(R"("therapies": [{"agent": "aspirin", "start": "2020-01-01"}])", "therapies[0].agent");
  fails(R"("therapies": [{"start": "2020-01-01"}])", "its class or its agent");
  fails(R"("therapies": [{"agent": "azathioprine", "start": "2020-01-01", "end": "2021-01-01", "stable_since": "2021-02-01"}])",
        "the last dose change must lie within the course");
  fails(R"("relapses": [{"onset": "2020-01-01", "rescue_therapy": "yes"}])", "relapses[0].rescue_therapy");
  fails(R"("pregnancy_test": {"date": "2024-01-01"})", "pregnancy_test.result");
  fails(R"("investigator_judgements": {"x": 1})", "investigator_judgements.x");
  fails(R"("lactating": "no")", "lactating");
}

BOOST_AUTO_TEST_CASE(generated_boundary_cases) {
  using set = el::eligibility_criteria<
      el::inclusion<el::named<"I1", "relapse history", prevent_history>, el::named<"I2", "rescue history", rescue_history>,
                    el::named<"I3", "baseline", baseline_rule>, el::named<"I4", "stable", el::stable_dose<baseline, weeks{8}>>,
                    el::named<"I5", "weight", el::body_weight_at_least<40>>,
                    el::named<"I6", "test", el::any_of<el::not_<el::of_childbearing_potential>, el::pregnancy_test_negative<within_before(weeks{4})>>>,
                    el::named<"I7", "contraception", el::uses_effective_contraception>,
                    el::named<"I8", "judgement", el::investigator_judgement<"TEST.I8", "suitable">>>,
      el::exclusion<el::named<"E1", "washout", washout>, el::named<"E2", "complement", ever_complement>,
                    el::named<"E3", "lactating", el::lactating>>>;
  patient base;
  base.id = "base";
  base.birth_date = d("1980-01-01");
  base.sex = sex::female;
  base.weight_kg = 60.0;
  base.relapses = {at("2023-05-01", true), at("2023-11-01", true)};
  base.relapses_recorded_since = d("2015-01-01");
  therapy aza = course(therapy_agent::azathioprine, "2020-01-01");
  aza.stable_since = d("2023-06-01");
  base.therapies = {aza};
  base.therapies_recorded_since = base.birth_date->earliest(); // "ever" exclusions need the whole history
  base.childbearing_potential = true;
  base.pregnancy_test = pregnancy_test_result{d("2024-03-10"), lab_outcome::negative};
  base.effective_contraception = true;
  base.lactating = false;
  base.investigator_judgements["TEST.I8"] = true;
  BOOST_TEST((set{}.test(base, ctx) == el::screening_outcome::eligible));
  BOOST_TEST(testing::boundaries_hold(set{}, base, ctx));
}

BOOST_AUTO_TEST_SUITE_END()
