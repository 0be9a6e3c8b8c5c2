// The seed protocol NCT02249676, criterion by criterion: for each criterion a patient who meets
// it, one who does not, its boundaries and its deciding data missing; whole-protocol outcomes;
// and each policy alternative changing exactly the criteria it should. Screening date 2014-06-01
// throughout: "in past 18 months" is 2012-12-01..2014-06-01, "three months before" is
// 2014-03-01..2014-06-01 (calendar arithmetic worked by hand).
#include <trialspec/protocols/nct02249676.hpp>

#include <trialspec/testing/print.hpp>

#include <boost/test/unit_test.hpp>

#include <set>
#include <string>
#include <vector>

using namespace trialspec;
namespace seed = trialspec::protocols::nct02249676;
namespace el = trialspec::eligibility;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
const el::evaluation_context ctx{parse_date("2014-06-01")};
date d(const char* s) { return parse_date(s); }

/// Meets every inclusion criterion and no exclusion criterion, each by one piece of evidence:
/// NMOSD recorded; age 34; EDSS 4.0 -> 4.5 (I3 met, I4a not met); one moderate relapse on
/// 2014-02-10 (I4b, I5a); azathioprine 2012-01-01..2014-01-31 (I4.0, ends before the 3-month
/// window of E1); no MRI in the window; complete condition list without findings; HIV and tumour
/// markers negative; BP 130/80; not pregnant; able to consent; judged suitable.
patient base() {
  patient p;
  p.id = "P-base";
  p.birth_date = d("1980-05-15");
  p.sex = sex::female;
  p.weight_kg = 60.0;
  p.diagnosis = {diagnosis_kind::nmosd, diagnostic_standard::ipnd2015, aqp4_status::positive};
  p.edss = {{d("2013-01-10"), edss::from_half_steps(8)}, {d("2014-05-20"), edss::from_half_steps(9)}};
  p.relapses = {{d("2014-02-10"), relapse_severity::moderate, relapse_phenotype::myelitis}};
  p.relapses_recorded_since = d("2010-01-01");
  p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2012-01-01"), d("2014-01-31")}};
  p.therapies_recorded_since = d("2010-01-01");
  p.conditions_complete = true;
  p.labs = {{lab_test::hiv, lab_outcome::negative, d("2014-05-01")}, {lab_test::tumour_marker, lab_outcome::negative, d("2014-05-01")}};
  p.blood_pressure = {{d("2014-05-20"), 130, 80}};
  p.pregnancy = pregnancy_status::not_pregnant;
  p.consent_capacity = true;
  p.judged_unsuitable = false;
  return p;
}

using C = seed::criteria_of<seed::registry_reading>;

template <class Criterion, class R> truth eval(const R& p, const el::evaluation_context& c = ctx) {
  const truth t = Criterion{}.evaluate(p, c).value();
  BOOST_TEST((Criterion{}.test(p, c) == t)); // the allocation-free path agrees
  return t;
}

edss_assessment e(const char* on, int half_steps) { return {d(on), edss::from_half_steps(half_steps)}; }

// Policies with one decision changed each.
struct from_18 : seed::registry_reading { static constexpr auto age = seed::age_reading::from_18_up_to_80; };
struct no_upper_age : seed::registry_reading { static constexpr auto age = seed::age_reading::over_18_no_upper_limit; };
struct standard_table : seed::registry_reading { using progression_thresholds = standard_thresholds; };
struct any_relapse : seed::registry_reading { static constexpr auto severity = seed::severity_reading::any_relapse; };
struct continuous : seed::registry_reading { static constexpr auto therapy_duration = seed::therapy_duration_reading::continuous_course; };
struct exactly_one : seed::registry_reading { static constexpr auto counts = seed::count_reading::exactly_one; };
struct any_dose : seed::registry_reading { static constexpr auto gd_doses = seed::gd_dose_reading::any_dose_both; };
struct high_dose : seed::registry_reading { static constexpr auto gd_doses = seed::gd_dose_reading::double_or_triple_both; };
struct bp_both : seed::registry_reading { static constexpr auto blood_pressure = seed::bp_reading::systolic_and_diastolic; };
struct before_infusion : seed::registry_reading { static constexpr auto washout = seed::washout_reference::infusion; };
struct as_registered : seed::registry_reading { static constexpr auto control_arm = seed::control_arm_reading::as_registered; };
struct publication : seed::registry_reading { static constexpr auto design = seed::design_reading::single_arm_fixed_dose; };
struct computed_diagnosis : seed::registry_reading { static constexpr auto diagnosis = seed::diagnosis_evidence::diagnostic_criteria; };
struct reports : seed::registry_reading { static constexpr int attack_gap_days = 0; };
struct exactly_one_reports : exactly_one { static constexpr int attack_gap_days = 0; };
struct recent : seed::registry_reading { static constexpr auto recency = seed::recency_reading::within_3_months; };
struct single_counts : seed::registry_reading { static constexpr auto single_dose = seed::single_dose_evidence::positive_counts; };
struct steroids : seed::registry_reading { static constexpr auto corticosteroids = seed::corticosteroid_reading::immune_inhibitors; };
struct significant_allergy : seed::registry_reading { static constexpr auto allergies = seed::allergy_reading::significant_only; };
struct after_year : seed::registry_reading { static constexpr auto evidence_timing = seed::evidence_timing_reading::after_therapy_year; };
struct after_continuous_year : after_year { static constexpr auto therapy_duration = seed::therapy_duration_reading::continuous_course; };
} // namespace

BOOST_AUTO_TEST_SUITE(nct02249676)

// ---- I1 ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(i1_recorded_diagnosis) {
  auto p = base();
  BOOST_TEST(eval<C::i1>(p) == M);
  p.diagnosis.kind = diagnosis_kind::nmo;
  BOOST_TEST(eval<C::i1>(p) == M);
  p.diagnosis.kind = diagnosis_kind::multiple_sclerosis;
  BOOST_TEST(eval<C::i1>(p) == N);
  p.diagnosis.kind.reset();
  BOOST_TEST(eval<C::i1>(p) == U);
}

BOOST_AUTO_TEST_CASE(i1_from_the_clinical_history) {
  using I1 = seed::criteria_of<computed_diagnosis>::i1;
  diagnosis::patient_with_history p;
  static_cast<patient&>(p) = base();
  // No clinical history: unknown, whatever the recorded label says.
  BOOST_TEST(eval<I1>(p) == U);
  // AQP4-IgG positive, one area postrema syndrome, alternatives excluded: NMOSD (IPND 2015).
  diagnosis::clinical_history h;
  h.aqp4_igg = diagnosis::serostatus::positive;
  h.alternatives_excluded = true;
  h.onset_brain_mri_meets_ms_criteria = true;
  h.attacks = {{d("2013-04-01"), relapse_phenotype::area_postrema, {}}};
  p.history = h;
  BOOST_TEST(eval<I1>(p) == M);
  // The same without AQP4-IgG: one core characteristic is not enough without the antibody (the
  // seronegative rules need two), and definite NMO 2006 needs optic neuritis and myelitis.
  h.aqp4_igg = diagnosis::serostatus::negative;
  p.history = h;
  BOOST_TEST(eval<I1>(p) == N);
  // Not tested: a positive test would make it NMOSD, so I1 is unknown, not "not met" (issue 15).
  h.aqp4_igg = diagnosis::serostatus::not_tested;
  p.history = h;
  BOOST_TEST(eval<I1>(p) == U);
  h.aqp4_igg = diagnosis::serostatus::positive;
  // Seronegative optic neuritis + myelitis whose lesion is short: neither 2006 (1 supportive of 3:
  // none of LETM, brain MRI, antibody) nor 2015 (myelitis fails the MRI requirement).
  h.aqp4_igg = diagnosis::serostatus::negative;
  diagnosis::attack on{d("2012-03-01"), relapse_phenotype::optic_neuritis, {}};
  on.mri.brain_normal_or_nonspecific = true;
  diagnosis::attack my{d("2013-05-10"), relapse_phenotype::myelitis, {}};
  my.mri.letm = false;
  my.mri.cord_atrophy_3_segments = false;
  h.attacks = {on, my};
  p.history = h;
  BOOST_TEST(eval<I1>(p) == N);
  // With LETM it is NMOSD without AQP4-IgG.
  h.attacks[1].mri.letm = true;
  p.history = h;
  BOOST_TEST(eval<I1>(p) == M);
  // The same myelitis after the screening date does not count yet.
  h.attacks[1].onset = d("2014-06-02");
  p.history = h;
  BOOST_TEST(eval<I1>(p) == N);
}

// ---- I2 (Q1) -----------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(i2_age) {
  auto p = base();
  BOOST_TEST(eval<C::i2>(p) == M);                // 34
  p.birth_date = d("1995-06-01");                 // 19 on the screening day
  BOOST_TEST(eval<C::i2>(p) == M);
  p.birth_date = d("1995-06-02");                 // 18, turns 19 the next day
  BOOST_TEST(eval<C::i2>(p) == N);
  p.birth_date = d("1933-06-02");                 // 80, turns 81 the next day
  BOOST_TEST(eval<C::i2>(p) == M);
  p.birth_date = d("1933-06-01");                 // 81
  BOOST_TEST(eval<C::i2>(p) == N);
  p.birth_date.reset();
  BOOST_TEST(eval<C::i2>(p) == U);
}

BOOST_AUTO_TEST_CASE(i2_age_alternatives) {
  using I2_18 = seed::criteria_of<from_18>::i2;
  using I2_open = seed::criteria_of<no_upper_age>::i2;
  auto p = base();
  p.birth_date = d("1995-06-02"); // 18
  BOOST_TEST(eval<I2_18>(p) == M);
  BOOST_TEST(eval<I2_open>(p) == N);
  p.birth_date = d("1996-06-02"); // 17
  BOOST_TEST(eval<I2_18>(p) == N);
  p.birth_date = d("1933-06-01"); // 81
  BOOST_TEST(eval<I2_18>(p) == N);
  BOOST_TEST(eval<I2_open>(p) == M);
  p.birth_date = d("1934-06-01"); // 80 on screening day: "18 to 80" includes it
  BOOST_TEST(eval<I2_18>(p) == M);
  p.birth_date = d("1995-06-01"); // 19 on screening day: above 18
  BOOST_TEST(eval<I2_open>(p) == M);
}

// ---- I3 ----------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(i3_edss_above_3) {
  auto p = base();
  p.edss = {e("2014-05-20", 7)}; // 3.5
  BOOST_TEST(eval<C::i3>(p) == M);
  p.edss = {e("2014-05-20", 6)}; // 3.0 is not above 3.0
  BOOST_TEST(eval<C::i3>(p) == N);
  // The latest assessment on or before screening decides; one after screening is not seen.
  p.edss = {e("2013-01-10", 12), e("2014-05-20", 6), e("2014-06-02", 12)};
  BOOST_TEST(eval<C::i3>(p) == N);
  p.edss = {e("2014-06-01", 7)}; // on the screening day
  BOOST_TEST(eval<C::i3>(p) == M);
  p.edss.clear();
  BOOST_TEST(eval<C::i3>(p) == U);
}

// ---- I4 (Q2, Q3, Q4, Q5, Q6) -------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(i4_therapy_for_a_year) {
  auto p = base();
  BOOST_TEST(eval<C::i4_therapy>(p) == M);
  p.therapies = {{"rituximab", therapy_class::immunosuppressant, d("2013-06-01"), d("2013-08-01")}};
  BOOST_TEST(eval<C::i4_therapy>(p) == M); // first start exactly 1 year before screening
  p.therapies[0].start = d("2013-06-02"); // one day short
  // The look-back has no bound; a list complete since 2010 cannot show a course before 2010,
  // which would be a first start more than a year before screening: unknown (issue 15).
  BOOST_TEST(eval<C::i4_therapy>(p) == U);
  p.therapies_recorded_since = p.birth_date->earliest(); // the whole life documented: one day short is not met
  BOOST_TEST(eval<C::i4_therapy>(p) == N);
  p.therapies = {{"interferon", therapy_class::other, d("2010-06-02"), std::nullopt}};
  BOOST_TEST(eval<C::i4_therapy>(p) == N); // not an attempted NMOSD therapy class
  p.therapies.clear();
  BOOST_TEST(eval<C::i4_therapy>(p) == N); // documented since birth: none
  p.therapies_recorded_since = d("2010-01-01");
  BOOST_TEST(eval<C::i4_therapy>(p) == U); // documented since 2010 only
  p.therapies_recorded_since.reset();
  BOOST_TEST(eval<C::i4_therapy>(p) == U);
}

// ---- Completeness: a list proves an absence only on or after its *_recorded_since date ------------

BOOST_AUTO_TEST_CASE(a_history_complete_from_a_recent_date_proves_no_absence_before_it) {
  // Issue 15: therapies recorded since 2014-06-01, screening 2015-02-28. A course before
  // 2014-06-01 (not shown) could have started years before screening: unknown, not "not met".
  const el::evaluation_context late{d("2015-02-28")};
  auto p = base();
  p.therapies.clear();
  p.therapies_recorded_since = d("2014-06-01");
  BOOST_TEST(eval<C::i4_therapy>(p, late) == U);
  // A course listed from 2014-06-01: first start 2014-06-01 + 1 year = 2015-06-01 is after
  // screening, but an earlier unlisted course could still make the year: unknown.
  p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2014-06-01"), std::nullopt}};
  BOOST_TEST(eval<C::i4_therapy>(p, late) == U);
  BOOST_TEST(eval<seed::criteria_of<continuous>::i4_therapy>(p, late) == U);
  // Documented from birth (1980-05-15): nothing unlisted; not met under both readings.
  p.therapies_recorded_since = p.birth_date->earliest();
  BOOST_TEST(eval<C::i4_therapy>(p, late) == N);
  BOOST_TEST(eval<seed::criteria_of<continuous>::i4_therapy>(p, late) == N);
  // Continuous course, bounded window: the list from 2014-01-01 leaves 2013-12-28..2013-12-31
  // of the window before it, 4 days: no year-long course fits there, so the absence is proved.
  using year_in_window = el::therapy_duration<calendar_duration{1, duration_unit::years}, el::immunotherapy,
                                              el::duration_rule::continuous_course, within_before(months{14})>;
  // 2015-02-28 - 14 months = 2013-12-28.
  p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2014-06-01"), std::nullopt}};
  p.therapies_recorded_since = d("2014-01-01");
  BOOST_TEST(eval<year_in_window>(p, late) == N); // [2013-12-28, 2013-12-31] holds no year
  p.therapies_recorded_since = d("2015-01-01"); // [2013-12-28, 2014-12-31] could hold a year
  BOOST_TEST(eval<year_in_window>(p, late) == U);

  // Relapses, a look-back without bound: "no relapse ever" needs the list from birth.
  using never = el::relapse_count<el::comparison::less_equal, 0, on_or_before_reference>;
  p = base();
  p.relapses.clear();
  BOOST_TEST(eval<never>(p) == U); // complete since 2010 only
  p.relapses_recorded_since = p.birth_date->earliest();
  BOOST_TEST(eval<never>(p) == M); // none since birth
  // Exposure in a bounded window: the part before the list's start is unknown (E1).
  p = base();
  p.therapies.clear();
  p.therapies_recorded_since = d("2014-03-02"); // the window starts 2014-03-01
  BOOST_TEST(eval<C::e1>(p) == U);
  p.therapies_recorded_since = d("2014-03-01");
  BOOST_TEST(eval<C::e1>(p) == N);
}

// ---- Relapse reports merged into attacks (I4b, I5a) -----------------------------------------------

BOOST_AUTO_TEST_CASE(relapse_reports_less_than_30_days_apart_are_one_attack) {
  // Screening 2015-02-28: "past 18 months" is 2013-08-28..2015-02-28.
  const el::evaluation_context late{d("2015-02-28")};
  using B0 = seed::criteria_of<reports>::i4b;
  auto p = base();
  // Issue 15: a mild report on 2013-08-18 and a severe one 15 days later, 2013-09-02, are one
  // severe attack dated 2013-08-18, before the window: no moderate-severe relapse in it.
  p.relapses = {{d("2013-08-18"), relapse_severity::mild, std::nullopt}, {d("2013-09-02"), relapse_severity::severe, std::nullopt}};
  BOOST_TEST(eval<C::i4b>(p, late) == N);
  BOOST_TEST(eval<C::i5a>(p, late) == N);
  BOOST_TEST(C::i4b::criterion_type{}.evaluate(p, late).reason().find("2013-09-02 severe belongs to the attack of 2013-08-18, before the window") !=
             std::string::npos);
  BOOST_TEST(eval<B0>(p, late) == M); // counting reports: the severe one is in the window
  // Moved 10 days later: the attack (2013-08-28, severe) begins on the window's first day.
  p.relapses = {{d("2013-08-28"), relapse_severity::mild, std::nullopt}, {d("2013-09-12"), relapse_severity::severe, std::nullopt}};
  BOOST_TEST(eval<C::i4b>(p, late) == M);
  BOOST_TEST(C::i4b::criterion_type{}.evaluate(p, late).reason() ==
             "1 relapse of moderate or severe severity from 2013-08-28 to 2015-02-28 (2013-08-28 severe: reports 2013-08-28 "
             "mild, 2013-09-12 severe merged); required: at least 1");
  // Reports chain: 2014-01-01, +24 days, +21 days are one attack; "exactly one" holds.
  using A1 = seed::criteria_of<exactly_one>::i5a;
  p.relapses = {{d("2014-01-01"), relapse_severity::moderate, std::nullopt},
                {d("2014-01-25"), relapse_severity::moderate, std::nullopt},
                {d("2014-02-15"), relapse_severity::moderate, std::nullopt}};
  BOOST_TEST(eval<A1>(p, late) == M);
  BOOST_TEST(eval<seed::criteria_of<exactly_one_reports>::i5a>(p, late) == N);
  // 30 days apart: two attacks.
  p.relapses = {{d("2014-01-01"), relapse_severity::moderate, std::nullopt}, {d("2014-01-31"), relapse_severity::moderate, std::nullopt}};
  BOOST_TEST(eval<A1>(p, late) == N);
  // A report 8 days into the window, history complete from the window's first day only: an
  // unlisted report up to 29 days earlier (2013-08-07..2013-08-27) would date its attack before
  // the window, so "at least 1" is unknown; with the history from 2013-07-01 it is met.
  p.relapses = {{d("2013-09-05"), relapse_severity::severe, std::nullopt}};
  p.relapses_recorded_since = d("2013-08-28");
  BOOST_TEST(eval<C::i4b>(p, late) == U);
  BOOST_TEST(eval<B0>(p, late) == M);
  p.relapses_recorded_since = d("2013-07-01");
  BOOST_TEST(eval<C::i4b>(p, late) == M);
  // The criterion states its gap.
  BOOST_TEST(C::i4b::criterion_type{}.describe().find("(reports less than 30 days apart are one attack)") != std::string::npos);
}

// ---- Decisions issue 15 made visible --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(recency_of_edss_labs_and_blood_pressure) {
  // 3 months before 2014-06-01: from 2014-03-01.
  using I3r = seed::criteria_of<recent>::i3;
  using E6r = seed::criteria_of<recent>::e6;
  auto p = base();
  p.edss = {e("2009-03-01", 8)}; // EDSS 4.0 from 2009
  BOOST_TEST(eval<C::i3>(p) == M);
  BOOST_TEST(eval<I3r>(p) == U);
  p.edss = {e("2009-03-01", 8), e("2014-03-01", 6)}; // 3.0 on the first day of the 3 months
  BOOST_TEST(eval<I3r>(p) == N);
  p = base();
  p.labs = {{lab_test::hiv, lab_outcome::positive, d("2013-01-01")}, {lab_test::tumour_marker, lab_outcome::negative, d("2014-05-01")}};
  BOOST_TEST(eval<C::e6>(p) == M);
  BOOST_TEST(eval<E6r>(p) == U); // no HIV test in the 3 months; the other parts are not met
  p = base();
  p.blood_pressure = {{d("2014-02-28"), 200, 90}};
  BOOST_TEST(eval<C::e6>(p) == M);
  BOOST_TEST(eval<E6r>(p) == U);
}

BOOST_AUTO_TEST_CASE(single_dose_gd_as_evidence_for_i4c) {
  using I4c = seed::criteria_of<single_counts>::i4c;
  auto p = base();
  p.mri = {{d("2014-02-15"), 1, gd_dose::single, std::nullopt}};
  BOOST_TEST(eval<C::i4c>(p) == U);
  BOOST_TEST(eval<I4c>(p) == M);
  p.mri = {{d("2014-02-15"), 0, gd_dose::single, std::nullopt}}; // a negative single-dose scan proves nothing
  BOOST_TEST(eval<I4c>(p) == U);
  p.mri = {{d("2014-02-15"), 0, gd_dose::double_dose, std::nullopt}};
  BOOST_TEST(eval<C::i4c>(p) == N);
  BOOST_TEST(eval<I4c>(p) == N);
  // Both children ask the registry's one lesion ("Gadolinium enhancing lesions" in the past 18
  // months): the double or triple dose one, and the any-dose one this reading adds.
  const std::string words = el::to_json(I4c{});
  std::size_t ones = 0;
  for (std::size_t at = words.find("at least 1 Gd-enhancing lesion "); at != std::string::npos;
       at = words.find("at least 1 Gd-enhancing lesion ", at + 1))
    ++ones;
  BOOST_TEST(ones == 2u, words);
  BOOST_TEST(words.find("at least 2") == std::string::npos, words);
}

BOOST_AUTO_TEST_CASE(corticosteroids_and_allergies) {
  auto p = base();
  p.therapies.push_back({"prednisone", therapy_class::corticosteroid, d("2014-05-01"), std::nullopt});
  BOOST_TEST(eval<C::e1>(p) == N);
  BOOST_TEST(eval<seed::criteria_of<steroids>::e1>(p) == M);
  using E3s = seed::criteria_of<significant_allergy>::e3;
  p = base();
  p.conditions = {{condition_kind::allergy, "mild pollen allergy", true, false}};
  BOOST_TEST(eval<C::e3>(p) == M); // "Allergies": any allergy
  // The reason says why an allergy graded not significant excludes (the reading, any_allergy).
  BOOST_TEST(C::e3::criterion_type{}.evaluate(p, ctx).reason() ==
             "allergy (mild pollen allergy), not significant: any recorded allergy counts, whatever its grading");
  BOOST_TEST(eval<E3s>(p) == N);
  BOOST_TEST(E3s::criterion_type{}.evaluate(p, ctx).reason() == "no significant allergy");
  p.conditions[0].significant.reset();
  BOOST_TEST(eval<E3s>(p) == U);
  p.conditions[0].significant = true;
  BOOST_TEST(eval<E3s>(p) == M);
  // Graded significant, the finding is reason enough under either reading.
  BOOST_TEST(C::e3::criterion_type{}.evaluate(p, ctx).reason() == "allergy (mild pollen allergy), significant");
}

BOOST_AUTO_TEST_CASE(i4_evidence_before_or_after_the_year_of_therapy) {
  // Screening 2014-06-01; "past 18 months" is 2012-12-01..2014-06-01. Azathioprine from
  // 2012-01-01: the year of attempted therapy is complete on 2013-01-01 (2012-01-01 + 1 year).
  // The only other evidence: EDSS 4.0 -> 4.5 (below +1.0) and a double-dose scan on 2014-03-01
  // with no Gd-enhancing and no new T2 lesion, so the relapse alone decides.
  using I4y = seed::criteria_of<after_year>::i4;
  auto p = base();
  p.therapies_recorded_since = p.birth_date->earliest(); // the whole therapy history: the day is 2013-01-01 exactly
  p.mri = {{d("2014-03-01"), 0, gd_dose::double_dose, 0}};
  const auto relapse_on = [&](const char* on) { p.relapses = {{d(on), relapse_severity::moderate, std::nullopt}}; };
  relapse_on("2013-01-02"); // the day after the year: counts under both readings
  BOOST_TEST(eval<C::i4>(p) == M);
  BOOST_TEST(eval<I4y>(p) == M);
  relapse_on("2013-01-01"); // on the day the year is complete: after "at least a year"
  BOOST_TEST(eval<C::i4>(p) == M);
  BOOST_TEST(eval<I4y>(p) == M);
  relapse_on("2012-12-31"); // a day before: in the 18 months (default) but not after the year
  BOOST_TEST(eval<C::i4>(p) == M);
  BOOST_TEST(eval<I4y>(p) == N);
  BOOST_TEST(seed::criteria_of<after_year>::i4_evidence{}.evaluate(p, ctx).reason() ==
             "evidence on or after 2013-01-01, when 1 year of immunosuppressant, immunomodulator or corticosteroid therapy "
             "was complete");
  // The window's own first day, 2012-12-01, and the day before it, under the default reading.
  relapse_on("2012-12-01");
  BOOST_TEST(eval<C::i4>(p) == M);
  relapse_on("2012-11-30");
  BOOST_TEST(eval<C::i4>(p) == N);

  // The EDSS change is measured from the first assessment on or after the day: 4.0 on 2012-12-15,
  // 4.5 on 2013-02-01, 5.0 on 2014-05-20. In the 18 months 4.0 -> 5.0 is +1.0 (met); from
  // 2013-01-01 it is 4.5 -> 5.0, +0.5 from a baseline below 5.0 (not met).
  p.relapses.clear();
  p.edss = {e("2012-12-15", 8), e("2013-02-01", 9), e("2014-05-20", 10)};
  BOOST_TEST(eval<C::i4>(p) == M);
  BOOST_TEST(eval<I4y>(p) == N);

  // A therapy history complete only since 2010-01-01: a course before 2010 (not listed) could
  // have completed the year on any day from 1981-05-15 (birth + 1 year) to 2013-01-01. A relapse
  // on 2013-01-01 follows the year whenever it was complete; one on 2012-12-31 follows it only if
  // it was complete by then: unknown.
  p = base();
  p.mri = {{d("2014-03-01"), 0, gd_dose::double_dose, 0}};
  relapse_on("2013-01-01");
  BOOST_TEST(eval<I4y>(p) == M);
  relapse_on("2012-12-31");
  BOOST_TEST(eval<I4y>(p) == U);
  BOOST_TEST(eval<C::i4>(p) == M);
  // The first-to-last EDSS change does not move one way as the start moves: EDSS 6.5 on
  // 2012-12-10, 4.0 on 2012-12-20, 4.5 on 2013-03-01, 5.0 on 2014-05-20, no relapse. From the
  // window's first day, 6.5 -> 5.0 (not met); from 2013-01-01, 4.5 -> 5.0 (+0.5 from below 5.0, not
  // met); but had the year been complete between 2012-12-11 and 2012-12-20, 4.0 -> 5.0 is +1.0
  // (met). Both ends agree, the days between do not: unknown.
  p.relapses.clear();
  p.edss = {e("2012-12-10", 13), e("2012-12-20", 8), e("2013-03-01", 9), e("2014-05-20", 10)};
  BOOST_TEST(eval<I4y>(p) == U);
  BOOST_TEST(seed::criteria_of<after_year>::i4_evidence{}.evaluate(p, ctx).reason() ==
             "1 year of immunosuppressant, immunomodulator or corticosteroid therapy was complete on a day not known, by "
             "2013-01-01 at the latest (therapy history complete only since 2010-01-01): the evidence depends on the day; "
             "shown from 2012-12-01");
  p.edss = {e("2012-12-10", 13), e("2013-03-01", 9), e("2014-05-20", 10)}; // without the 4.0: not met from any day
  BOOST_TEST(eval<I4y>(p) == N);

  // Q4 says how the year is measured. Azathioprine 2012-01-01..2012-08-01, then mycophenolate
  // 2012-10-01..2014-05-01: since the first start the year is complete on 2013-01-01; in one
  // continuous course on 2013-10-01 (mycophenolate + 1 year). A relapse on 2013-06-01 follows the
  // first but not the second; one on 2013-10-01 follows both. An EDSS 4.0 on 2013-11-01 keeps two
  // assessments after 2013-10-01 (4.0 -> 4.5 on 2014-05-20, not met); with only the one of
  // 2014-05-20 after the day, I4a would be unknown.
  using I4c = seed::criteria_of<after_continuous_year>::i4;
  p = base();
  p.edss = {e("2013-01-10", 8), e("2013-11-01", 8), e("2014-05-20", 9)};
  p.therapies_recorded_since = p.birth_date->earliest();
  p.mri = {{d("2014-03-01"), 0, gd_dose::double_dose, 0}};
  p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2012-01-01"), d("2012-08-01")},
                 {"mycophenolate", therapy_class::immunosuppressant, d("2012-10-01"), d("2014-05-01")}};
  relapse_on("2013-06-01");
  BOOST_TEST(eval<I4y>(p) == M);
  BOOST_TEST(eval<I4c>(p) == N);
  relapse_on("2013-09-30");
  BOOST_TEST(eval<I4c>(p) == N);
  relapse_on("2013-10-01");
  BOOST_TEST(eval<I4c>(p) == M);

  // No attempted therapy at all (documented since birth): no year, so no evidence can follow it.
  p.therapies.clear();
  BOOST_TEST(eval<seed::criteria_of<after_year>::i4_evidence>(p) == N);
  BOOST_TEST(eval<I4y>(p) == N);
}

BOOST_AUTO_TEST_CASE(blood_pressure_reasons_name_the_component) {
  auto p = base();
  p.blood_pressure = {{d("2014-05-20"), 200, 100}};
  BOOST_TEST(C::e6d::criterion_type{}.evaluate(p, ctx).reason() == "blood pressure 200/100 mmHg on 2014-05-20: systolic 200 reaches 200");
  p.blood_pressure = {{d("2014-05-20"), 180, 115}};
  BOOST_TEST(C::e6d::criterion_type{}.evaluate(p, ctx).reason() == "blood pressure 180/115 mmHg on 2014-05-20: diastolic 115 reaches 110");
  p.blood_pressure = {{d("2014-05-20"), 210, 120}};
  BOOST_TEST(C::e6d::criterion_type{}.evaluate(p, ctx).reason() ==
             "blood pressure 210/120 mmHg on 2014-05-20: systolic 210 reaches 200 and diastolic 120 reaches 110");
  BOOST_TEST(seed::criteria_of<bp_both>::e6d::criterion_type{}.evaluate(p, ctx).reason() ==
             "blood pressure 210/120 mmHg on 2014-05-20: systolic 210 reaches 200 and diastolic 120 reaches 110");
  p.blood_pressure = {{d("2014-05-20"), 210, 100}};
  BOOST_TEST(seed::criteria_of<bp_both>::e6d::criterion_type{}.evaluate(p, ctx).reason() ==
             "blood pressure 210/100 mmHg on 2014-05-20: diastolic 100 is below 110 (both must reach 200/110)");
  // Two readings on the same day: the last listed is the latest (the library's rule for ties of
  // dates), under both readings of Q7. 210/120 then 150/90 on 2014-05-20: 150/90 reaches neither.
  p.blood_pressure = {{d("2014-05-20"), 210, 120}, {d("2014-05-20"), 150, 90}};
  BOOST_TEST(eval<seed::criteria_of<bp_both>::e6d>(p) == N);
  BOOST_TEST(eval<C::e6d>(p) == N);
  p.blood_pressure = {{d("2014-05-20"), 150, 90}, {d("2014-05-20"), 210, 120}};
  BOOST_TEST(eval<seed::criteria_of<bp_both>::e6d>(p) == M);
  BOOST_TEST(eval<C::e6d>(p) == M);
}

BOOST_AUTO_TEST_CASE(i4_therapy_continuous_course_alternative) {
  using T = seed::criteria_of<continuous>::i4_therapy;
  auto p = base();
  // Two courses of 7 months with a gap: a year since the first start, but no year-long course.
  p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2012-01-01"), d("2012-08-01")},
                 {"mycophenolate", therapy_class::immunosuppressant, d("2012-10-01"), d("2013-05-01")}};
  BOOST_TEST(eval<C::i4_therapy>(p) == M);
  // The list is complete since 2010: a year-long course before 2010 cannot be ruled out.
  BOOST_TEST(eval<T>(p) == U);
  p.therapies_recorded_since = p.birth_date->earliest();
  BOOST_TEST(eval<T>(p) == N);
  p.therapies[1].end = d("2013-10-01"); // 2012-10-01 + 1 year = 2013-10-01: one full year
  BOOST_TEST(eval<T>(p) == M);
}

BOOST_AUTO_TEST_CASE(i4a_edss_increase_and_the_gap) {
  auto p = base();
  p.edss = {e("2013-01-10", 9), e("2014-05-20", 11)}; // 4.5 -> 5.5: +1.0 from below 5.0
  BOOST_TEST(eval<C::i4a>(p) == M);
  p.edss = {e("2013-01-10", 9), e("2014-05-20", 10)}; // 4.5 -> 5.0: +0.5 is not +1.0
  BOOST_TEST(eval<C::i4a>(p) == N);
  p.edss = {e("2013-01-10", 12), e("2014-05-20", 13)}; // 6.0 -> 6.5: +0.5 from above 5.5
  BOOST_TEST(eval<C::i4a>(p) == M);
  // 5.0 and 5.5: the registry defines nothing, but its rows either side ask +1.0 and +0.5, so
  // the gap asks somewhere from +0.5 to +1.0.
  p.edss = {e("2013-01-10", 10), e("2014-05-20", 12)}; // 5.0 -> 6.0: +1.0 counts under either
  BOOST_TEST(eval<C::i4a>(p) == M);
  p.edss = {e("2013-01-10", 11), e("2014-05-20", 13)}; // 5.5 -> 6.5: likewise
  BOOST_TEST(eval<C::i4a>(p) == M);
  p.edss = {e("2013-01-10", 11), e("2014-05-20", 12)}; // 5.5 -> 6.0: +0.5 counts under one only
  BOOST_TEST(eval<C::i4a>(p) == U);
  p.edss = {e("2013-01-10", 10), e("2014-05-20", 9)}; // 5.0 -> 4.5: a fall never counts
  BOOST_TEST(eval<C::i4a>(p) == N);
  p.edss = {e("2013-01-10", 11), e("2014-05-20", 11)}; // 5.5 -> 5.5: nor does no change
  BOOST_TEST(eval<C::i4a>(p) == N);
  // Window edge: the baseline on 2012-12-01 is inside, on 2012-11-30 outside (then only one
  // assessment is left: unknown).
  p.edss = {e("2012-12-01", 9), e("2014-05-20", 11)};
  BOOST_TEST(eval<C::i4a>(p) == M);
  p.edss = {e("2012-11-30", 9), e("2014-05-20", 11)};
  BOOST_TEST(eval<C::i4a>(p) == U);
  p.edss.clear();
  BOOST_TEST(eval<C::i4a>(p) == U);
}

BOOST_AUTO_TEST_CASE(i4a_threshold_table_alternative) {
  using A = seed::criteria_of<standard_table>::i4a;
  auto p = base();
  p.edss = {e("2013-01-10", 10), e("2014-05-20", 12)}; // 5.0 -> 6.0: +1.0 required from 5.0
  BOOST_TEST(eval<A>(p) == M);
  p.edss = {e("2013-01-10", 11), e("2014-05-20", 12)}; // 5.5 -> 6.0: +0.5 required from 5.5
  BOOST_TEST(eval<A>(p) == M);
  p.edss = {e("2013-01-10", 10), e("2014-05-20", 11)}; // 5.0 -> 5.5: +0.5 < +1.0
  BOOST_TEST(eval<A>(p) == N);
}

BOOST_AUTO_TEST_CASE(i4b_i5a_relapses) {
  auto p = base();
  BOOST_TEST(eval<C::i4b>(p) == M);
  BOOST_TEST(eval<C::i5a>(p) == M);
  p.relapses[0].severity = relapse_severity::severe;
  BOOST_TEST(eval<C::i4b>(p) == M);
  p.relapses[0].severity = relapse_severity::mild;
  BOOST_TEST(eval<C::i4b>(p) == N);
  BOOST_TEST(eval<C::i5a>(p) == N);
  p.relapses[0].severity = relapse_severity::unknown; // ungraded: could be moderate
  BOOST_TEST(eval<C::i4b>(p) == U);
  BOOST_TEST(eval<C::i5a>(p) == U);
  // Window edges.
  p.relapses = {{d("2012-12-01"), relapse_severity::moderate, std::nullopt}};
  BOOST_TEST(eval<C::i5a>(p) == M);
  p.relapses = {{d("2012-11-30"), relapse_severity::moderate, std::nullopt}};
  BOOST_TEST(eval<C::i5a>(p) == N);
  // No relapse recorded and the history not documented as complete.
  p.relapses.clear();
  p.relapses_recorded_since.reset();
  BOOST_TEST(eval<C::i4b>(p) == U);
}

BOOST_AUTO_TEST_CASE(relapse_severity_and_count_alternatives) {
  using B_any = seed::criteria_of<any_relapse>::i4b;
  using A_any = seed::criteria_of<any_relapse>::i5a;
  using A_one = seed::criteria_of<exactly_one>::i5a;
  using B_one = seed::criteria_of<exactly_one>::i4b;
  auto p = base();
  p.relapses[0].severity = relapse_severity::unknown;
  BOOST_TEST(eval<B_any>(p) == M);
  BOOST_TEST(eval<A_any>(p) == M);
  p.relapses[0].severity = relapse_severity::mild;
  BOOST_TEST(eval<B_any>(p) == M);
  // Two moderate relapses: "1" as exactly one fails I5a; I4b has no number and is unchanged.
  p = base();
  p.relapses.push_back({d("2013-09-01"), relapse_severity::moderate, std::nullopt});
  BOOST_TEST(eval<C::i5a>(p) == M);
  BOOST_TEST(eval<A_one>(p) == N);
  BOOST_TEST(eval<B_one>(p) == M);
}

BOOST_AUTO_TEST_CASE(i4c_i5b_gd_lesions) {
  auto p = base();
  p.mri = {{d("2014-02-15"), 1, gd_dose::double_dose, std::nullopt}};
  BOOST_TEST(eval<C::i4c>(p) == M);
  BOOST_TEST(eval<C::i5b>(p) == M);
  p.mri[0].dose = gd_dose::triple;
  BOOST_TEST(eval<C::i4c>(p) == M);
  // Progression needs a double or triple dose scan (Q6, as listed): a single-dose scan cannot say
  // what a double dose would have shown, so with no other scan the answer is unknown.
  p.mri[0].dose = gd_dose::single;
  BOOST_TEST(eval<C::i4c>(p) == U);
  p.mri.push_back({d("2014-03-15"), 0, gd_dose::double_dose, std::nullopt}); // a double-dose scan without lesions
  BOOST_TEST(eval<C::i4c>(p) == N);
  p.mri.pop_back();
  BOOST_TEST(eval<C::i5b>(p) == M);
  p.mri[0].dose.reset(); // dose not recorded
  BOOST_TEST(eval<C::i4c>(p) == U);
  BOOST_TEST(eval<C::i5b>(p) == M); // any dose counts for recent activity
  p.mri[0] = {d("2014-02-15"), 0, gd_dose::double_dose, std::nullopt};
  BOOST_TEST(eval<C::i4c>(p) == N);
  BOOST_TEST(eval<C::i5b>(p) == N);
  p.mri[0] = {d("2012-11-30"), 3, gd_dose::double_dose, std::nullopt}; // before the window
  BOOST_TEST(eval<C::i4c>(p) == U);                                     // no scan in the window
  p.mri[0].on = d("2012-12-01");
  BOOST_TEST(eval<C::i4c>(p) == M);
}

BOOST_AUTO_TEST_CASE(gd_dose_alternatives) {
  using C_any = seed::criteria_of<any_dose>::i4c;
  using B_high = seed::criteria_of<high_dose>::i5b;
  using B_one = seed::criteria_of<exactly_one>::i5b;
  auto p = base();
  p.mri = {{d("2014-02-15"), 1, gd_dose::single, std::nullopt}};
  BOOST_TEST(eval<C_any>(p) == M);
  BOOST_TEST(eval<B_high>(p) == U); // only a single-dose scan: nothing the high-dose reading can use
  p.mri[0].gd_enhancing_lesions = 2;
  BOOST_TEST(eval<C::i5b>(p) == M);
  BOOST_TEST(eval<B_one>(p) == N);
}

BOOST_AUTO_TEST_CASE(i4d_i5c_new_t2) {
  using D_one = seed::criteria_of<exactly_one>::i4d;
  auto p = base();
  p.mri = {{d("2014-02-15"), std::nullopt, std::nullopt, 1}};
  BOOST_TEST(eval<C::i4d>(p) == M);
  BOOST_TEST(eval<C::i5c>(p) == M);
  BOOST_TEST(eval<D_one>(p) == M);
  p.mri[0].new_t2_lesions = 2;
  BOOST_TEST(eval<C::i4d>(p) == M);
  BOOST_TEST(eval<D_one>(p) == N);
  p.mri[0].new_t2_lesions = 0;
  BOOST_TEST(eval<C::i5c>(p) == N);
  p.mri[0].new_t2_lesions.reset(); // scan done, new T2 lesions not assessed
  BOOST_TEST(eval<C::i5c>(p) == U);
  p.mri.clear();
  BOOST_TEST(eval<C::i5c>(p) == U);
}

BOOST_AUTO_TEST_CASE(i4_and_i5_combine) {
  auto p = base();
  BOOST_TEST(eval<C::i4>(p) == M);
  BOOST_TEST(eval<C::i5>(p) == M);
  // Evidence without a year of therapy (the therapy history documented from birth).
  p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2013-12-01"), d("2014-02-01")}};
  p.therapies_recorded_since = p.birth_date->earliest();
  BOOST_TEST(eval<C::i4>(p) == N);
  p.therapies_recorded_since = d("2010-01-01"); // an earlier course could exist: unknown
  BOOST_TEST(eval<C::i4>(p) == U);
  // A year of therapy without any evidence (no relapse, EDSS stable, MRI without findings).
  p = base();
  p.relapses.clear();
  p.mri = {{d("2014-02-15"), 0, gd_dose::double_dose, 0}};
  BOOST_TEST(eval<C::i4>(p) == N);
  BOOST_TEST(eval<C::i5>(p) == N);
}

// ---- Exclusions --------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(e1_recent_immunotherapy) {
  auto p = base();
  BOOST_TEST(eval<C::e1>(p) == N); // azathioprine ended 2014-01-31
  p.therapies[0].end = d("2014-03-01"); // last day of the window's start
  BOOST_TEST(eval<C::e1>(p) == M);
  p.therapies[0].end = d("2014-02-28");
  BOOST_TEST(eval<C::e1>(p) == N);
  p.therapies.push_back({"prednisone", therapy_class::corticosteroid, d("2014-05-01"), std::nullopt});
  BOOST_TEST(eval<C::e1>(p) == N); // a corticosteroid is not an immune inhibitor / immunomodulator here
  p.therapies.push_back({"interferon beta", therapy_class::immunomodulator, d("2014-05-01"), std::nullopt});
  BOOST_TEST(eval<C::e1>(p) == M);
  p = base();
  p.therapies_recorded_since = d("2014-04-01"); // documented only for part of the window
  BOOST_TEST(eval<C::e1>(p) == U);
}

BOOST_AUTO_TEST_CASE(e1_relative_to_the_infusion) {
  using E1 = seed::criteria_of<before_infusion>::e1;
  auto p = base();
  p.therapies[0].end = d("2014-03-15");
  BOOST_TEST(eval<C::e1>(p) == M); // within 2014-03-01..2014-06-01
  BOOST_TEST(eval<E1>(p) == U);    // no infusion date yet
  p.infusion_date = d("2014-07-01"); // window 2014-04-01..2014-07-01
  BOOST_TEST(eval<E1>(p) == N);
  p.therapies[0].end = d("2014-04-01");
  BOOST_TEST(eval<E1>(p) == M);
}

BOOST_AUTO_TEST_CASE(e2_e3_conditions) {
  auto p = base();
  BOOST_TEST(eval<C::e2>(p) == N);
  BOOST_TEST(eval<C::e3>(p) == N);
  p.conditions = {{condition_kind::renal_failure, "CKD stage 4", true, true}};
  BOOST_TEST(eval<C::e2>(p) == M);
  p.conditions[0].significant = false;
  BOOST_TEST(eval<C::e2>(p) == N);
  p.conditions[0].significant.reset();
  BOOST_TEST(eval<C::e2>(p) == U);
  p.conditions = {{condition_kind::other, "active tuberculosis", true, true}};
  BOOST_TEST(eval<C::e2>(p) == M);
  p.conditions = {{condition_kind::allergy, "penicillin", true, std::nullopt}};
  BOOST_TEST(eval<C::e3>(p) == M);
  p.conditions.clear();
  p.conditions_complete = false;
  BOOST_TEST(eval<C::e2>(p) == U);
  BOOST_TEST(eval<C::e3>(p) == U);
}

BOOST_AUTO_TEST_CASE(e4_e5_e7_status) {
  auto p = base();
  BOOST_TEST(eval<C::e4>(p) == N);
  p.pregnancy = pregnancy_status::pregnant;
  BOOST_TEST(eval<C::e4>(p) == M);
  p.pregnancy = pregnancy_status::possibly_pregnant;
  BOOST_TEST(eval<C::e4>(p) == M);
  p.pregnancy = pregnancy_status::unknown;
  BOOST_TEST(eval<C::e4>(p) == U);
  BOOST_TEST(eval<C::e5>(p) == N);
  p.consent_capacity = false;
  BOOST_TEST(eval<C::e5>(p) == M);
  p.consent_capacity.reset();
  BOOST_TEST(eval<C::e5>(p) == U);
  BOOST_TEST(eval<C::e7>(p) == N);
  p.judged_unsuitable = true;
  BOOST_TEST(eval<C::e7>(p) == M);
  p.judged_unsuitable.reset();
  BOOST_TEST(eval<C::e7>(p) == U);
}

BOOST_AUTO_TEST_CASE(e6_tumour_hiv_markers_blood_pressure) {
  using E6_both = seed::criteria_of<bp_both>::e6;
  auto p = base();
  BOOST_TEST(eval<C::e6>(p) == N);
  p.blood_pressure = {{d("2014-05-20"), 200, 90}}; // systolic on its threshold
  BOOST_TEST(eval<C::e6>(p) == M);
  BOOST_TEST(eval<E6_both>(p) == N);
  p.blood_pressure = {{d("2014-05-20"), 190, 110}}; // diastolic on its threshold
  BOOST_TEST(eval<C::e6>(p) == M);
  BOOST_TEST(eval<E6_both>(p) == N);
  p.blood_pressure = {{d("2014-05-20"), 200, 110}};
  BOOST_TEST(eval<E6_both>(p) == M);
  p.blood_pressure = {{d("2014-05-20"), 199, 109}};
  BOOST_TEST(eval<C::e6>(p) == N);
  p.blood_pressure.clear();
  BOOST_TEST(eval<C::e6>(p) == U); // the other three parts are not met
  p = base();
  p.labs[0].outcome = lab_outcome::positive;
  BOOST_TEST(eval<C::e6>(p) == M);
  p = base();
  p.labs[1].outcome = lab_outcome::positive;
  BOOST_TEST(eval<C::e6>(p) == M);
  p = base();
  p.conditions = {{condition_kind::brain_tumour, "meningioma", true, std::nullopt}};
  BOOST_TEST(eval<C::e6>(p) == M);
}

// ---- Whole protocol ----------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(clearly_eligible) {
  const auto rep = seed::screen(base(), ctx);
  BOOST_TEST(rep.outcome == el::screening_outcome::eligible);
  BOOST_TEST(rep.criteria.size() == 12u);
  BOOST_TEST(seed::test(base(), ctx) == el::screening_outcome::eligible);
}

BOOST_AUTO_TEST_CASE(ineligible_for_exactly_one_reason_each) {
  struct variant {
    const char* failing;
    void (*change)(patient&);
  };
  const variant variants[] = {
      {"I1", [](patient& p) { p.diagnosis.kind = diagnosis_kind::multiple_sclerosis; }},
      {"I2", [](patient& p) { p.birth_date = d("1996-01-01"); }},
      {"I3", [](patient& p) { p.edss = {e("2013-01-10", 6), e("2014-05-20", 6)}; }},
      {"I4", [](patient& p) {
         p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2013-12-01"), d("2014-02-01")}};
         p.therapies_recorded_since = p.birth_date->earliest(); // no earlier course: a year of therapy is proved absent
       }},
      {"I5", [](patient& p) {
         // No relapse and no MRI activity, but I4 still met through a new EDSS increase.
         p.relapses.clear();
         p.mri = {{d("2014-02-15"), 0, gd_dose::double_dose, 0}};
         p.edss = {e("2013-01-10", 8), e("2014-05-20", 10)};
       }},
      {"E1", [](patient& p) { p.therapies.push_back({"rituximab", therapy_class::immunosuppressant, d("2014-04-01"), d("2014-04-01")}); }},
      {"E2", [](patient& p) { p.conditions = {{condition_kind::cardiac_failure, "NYHA III", true, true}}; }},
      {"E3", [](patient& p) { p.conditions = {{condition_kind::allergy, "iodinated contrast", true, std::nullopt}}; }},
      {"E4", [](patient& p) { p.pregnancy = pregnancy_status::pregnant; }},
      {"E5", [](patient& p) { p.consent_capacity = false; }},
      {"E6", [](patient& p) { p.blood_pressure = {{d("2014-05-30"), 210, 100}}; }},
      {"E7", [](patient& p) { p.judged_unsuitable = true; }},
  };
  for (const auto& v : variants) {
    BOOST_TEST_CONTEXT(v.failing) {
      patient p = base();
      v.change(p);
      const auto rep = seed::screen(p, ctx);
      BOOST_TEST(rep.outcome == el::screening_outcome::ineligible);
      BOOST_TEST(seed::test(p, ctx) == el::screening_outcome::ineligible);
      std::vector<std::string> failing;
      for (const auto& row : rep.criteria) {
        if (row.passed() == truth::not_met) failing.emplace_back(row.id);
        BOOST_TEST((row.passed() != truth::unknown));
      }
      BOOST_TEST(failing == std::vector<std::string>{v.failing}, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(undetermined_names_the_deciding_data) {
  auto p = base();
  p.edss.clear(); // I3 unknown; I4 still met through the relapse
  p.pregnancy = pregnancy_status::unknown;
  const auto rep = seed::screen(p, ctx);
  BOOST_TEST(rep.outcome == el::screening_outcome::undetermined);
  BOOST_TEST(seed::test(p, ctx) == el::screening_outcome::undetermined);
  BOOST_TEST_REQUIRE(rep.deciding_data.size() == 2u);
  BOOST_TEST(rep.deciding_data[0] == "I3: no EDSS assessment up to 2014-06-01");
  BOOST_TEST(rep.deciding_data[1] == "E4: pregnancy status not established");
  // An unknown that cannot change the outcome leaves it decided.
  p.judged_unsuitable = true;
  BOOST_TEST(seed::screen(p, ctx).outcome == el::screening_outcome::ineligible);
}

BOOST_AUTO_TEST_CASE(unknowns_from_the_wording_are_not_data_to_collect) {
  // EDSS 5.0 (2013-01-10) -> 5.5 (2014-05-20): +0.5 from a baseline the protocol's table has no
  // threshold for; the gap could require anything from +0.5 to +1.0, so I4a is unknown whatever
  // data is collected. Everything else in I4 is decided: no relapse (history complete since 2010),
  // a double-dose scan on 2014-02-15 with no Gd-enhancing and no new T2 lesion (I4c, I4d not met;
  // the single-dose scan below does not count for I4c). I5b is met by 1 Gd-enhancing lesion on a
  // single-dose scan on 2014-03-15 (any dose counts for recent activity). So I4 alone is open, by
  // the wording.
  auto p = base();
  p.relapses.clear();
  p.edss = {e("2013-01-10", 10), e("2014-05-20", 11)};
  p.mri = {{d("2014-02-15"), 0, gd_dose::double_dose, 0}, {d("2014-03-15"), 1, gd_dose::single, 0}};
  auto rep = seed::screen(p, ctx);
  BOOST_TEST(rep.outcome == el::screening_outcome::undetermined);
  BOOST_TEST(rep.deciding_data.empty());
  BOOST_TEST_REQUIRE(rep.undecided_by_wording.size() == 1u);
  BOOST_TEST(rep.undecided_by_wording[0] ==
             "I4: first EDSS on 2013-01-10, last on 2014-05-20: EDSS 5.0 -> 5.5: worsening +0.5 lies between +0.5 and "
             "+1.0, the least and the most the gap could require (the protocol defines no threshold for baseline 5.0; "
             "undecided by the protocol's wording, not by missing data)");
  std::string text = el::render(rep);
  BOOST_TEST(text.find("to decide:") == std::string::npos);
  BOOST_TEST(text.find("undecided by the protocol's wording:\n  I4: first EDSS on 2013-01-10") != std::string::npos);
  // With the pregnancy status unknown too: that is data to collect, listed under "to decide".
  p.pregnancy = pregnancy_status::unknown;
  rep = seed::screen(p, ctx);
  BOOST_TEST(rep.deciding_data == std::vector<std::string>{"E4: pregnancy status not established"}, boost::test_tools::per_element());
  BOOST_TEST(rep.undecided_by_wording.size() == 1u);
  // A missing EDSS instead: I4a unknown for lack of data, listed under "to decide".
  p.pregnancy = pregnancy_status::not_pregnant;
  p.edss = {e("2014-05-20", 11)};
  rep = seed::screen(p, ctx);
  BOOST_TEST(rep.undecided_by_wording.empty());
  BOOST_TEST(rep.deciding_data ==
                 std::vector<std::string>{"I4: fewer than two EDSS assessments on different dates from 2012-12-01 to 2014-06-01"},
             boost::test_tools::per_element());
  // The mark is the verdict's: is_worsening in the gap carries it, a decided change and an unknown
  // for lack of data do not.
  BOOST_TEST(is_worsening<seed::protocol_thresholds>(edss::from_half_steps(10), edss::from_half_steps(11)).undecided_by_wording());
  BOOST_TEST(!is_worsening<seed::protocol_thresholds>(edss::from_half_steps(10), edss::from_half_steps(12)).undecided_by_wording());
  BOOST_TEST(!verdict::unknown("no EDSS").undecided_by_wording());
}

// ---- Policies: each alternative changes exactly the criteria it should --------------------------

namespace {
/// Patients probing every decision (each built so that the decision alone decides a criterion).
std::vector<patient> probes() {
  std::vector<patient> ps;
  auto add = [&](void (*change)(patient&)) {
    patient p = base();
    change(p);
    ps.push_back(p);
  };
  add([](patient&) {});
  add([](patient& p) { p.birth_date = d("1995-06-02"); });                                        // age 18
  add([](patient& p) { p.birth_date = d("1933-06-01"); });                                        // age 81
  add([](patient& p) { p.relapses.clear(); p.edss = {e("2013-01-10", 11), e("2014-05-20", 12)}; }); // 5.5 -> 6.0
  add([](patient& p) { p.relapses[0].severity = relapse_severity::unknown; });                     // ungraded relapse
  add([](patient& p) {                                                                             // gapped therapy
    p.therapies = {{"azathioprine", therapy_class::immunosuppressant, d("2012-01-01"), d("2012-08-01")},
                   {"mycophenolate", therapy_class::immunosuppressant, d("2012-10-01"), d("2013-05-01")}};
  });
  add([](patient& p) { p.relapses.clear(); p.mri = {{d("2014-02-15"), std::nullopt, std::nullopt, 2}}; }); // 2 new T2
  add([](patient& p) { p.relapses.push_back({d("2013-09-01"), relapse_severity::moderate, std::nullopt}); }); // 2 relapses
  add([](patient& p) { p.relapses.clear(); p.mri = {{d("2014-02-15"), 1, gd_dose::single, 0}}; });  // single-dose Gd
  add([](patient& p) { p.blood_pressure = {{d("2014-05-20"), 200, 90}}; });                        // systolic only
  add([](patient& p) { p.therapies[0].end = d("2014-03-15"); p.infusion_date = d("2014-07-01"); }); // washout reference
  add([](patient& p) {                                                                             // one attack across the window's start
    p.relapses = {{d("2012-11-25"), relapse_severity::mild, std::nullopt}, {d("2012-12-05"), relapse_severity::moderate, std::nullopt}};
  });
  add([](patient& p) { p.edss = {e("2009-03-01", 8)}; });                                          // an old EDSS
  add([](patient& p) { p.labs[0] = {lab_test::hiv, lab_outcome::positive, d("2013-01-01")}; });    // an old HIV test
  add([](patient& p) { p.therapies.push_back({"prednisone", therapy_class::corticosteroid, d("2014-05-01"), std::nullopt}); });
  add([](patient& p) { p.conditions = {{condition_kind::allergy, "pollen", true, false}}; });      // allergy, not significant
  add([](patient& p) {                                                                             // relapse before the year of therapy
    p.therapies[0].start = d("2012-06-01");
    p.relapses[0].onset = d("2013-02-10");
  });
  return ps;
}

template <class P> std::vector<std::pair<std::string, truth>> verdicts(const patient& p) {
  std::vector<std::pair<std::string, truth>> out;
  for (const auto& row : seed::screen<P>(p, ctx).criteria) out.emplace_back(row.id, row.result.value());
  return out;
}

/// The ids whose verdict differs from the registry reading's on some probe.
template <class P> std::set<std::string> changed() {
  std::set<std::string> ids;
  for (const auto& p : probes()) {
    const auto a = verdicts<seed::registry_reading>(p);
    const auto b = verdicts<P>(p);
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].second != b[i].second) ids.insert(a[i].first);
  }
  return ids;
}
using ids = std::set<std::string>;
} // namespace

BOOST_AUTO_TEST_CASE(each_policy_alternative_changes_exactly_its_criteria) {
  BOOST_TEST((changed<from_18>() == ids{"I2"}));
  BOOST_TEST((changed<no_upper_age>() == ids{"I2"}));
  BOOST_TEST((changed<standard_table>() == ids{"I4"}));
  BOOST_TEST((changed<any_relapse>() == ids{"I4", "I5"}));
  BOOST_TEST((changed<continuous>() == ids{"I4"}));
  BOOST_TEST((changed<exactly_one>() == ids{"I4", "I5"}));
  BOOST_TEST((changed<any_dose>() == ids{"I4"}));
  BOOST_TEST((changed<high_dose>() == ids{"I5"}));
  BOOST_TEST((changed<bp_both>() == ids{"E6"}));
  BOOST_TEST((changed<before_infusion>() == ids{"E1"}));
  BOOST_TEST((changed<reports>() == ids{"I4", "I5"}));
  BOOST_TEST((changed<recent>() == ids{"I3", "E6"}));
  BOOST_TEST((changed<single_counts>() == ids{"I4"}));
  BOOST_TEST((changed<steroids>() == ids{"E1"}));
  BOOST_TEST((changed<significant_allergy>() == ids{"E3"}));
  BOOST_TEST((changed<after_year>() == ids{"I4"}));
  // Q9 and Q10 are about the arms and the dose, not eligibility.
  BOOST_TEST(changed<as_registered>().empty());
  BOOST_TEST(changed<publication>().empty());
  static_assert(seed::protocol<publication>::arms.size() == 1 && seed::protocol<>::arms.size() == 2);
  static_assert(std::is_same_v<seed::protocol<publication>::dose, seed::publication_dose>);
  static_assert(seed::protocol<as_registered>::arms[1].interventions.size() == 1);
}

BOOST_AUTO_TEST_CASE(printed_criteria_show_the_policy) {
  const std::string text = seed::print_criteria();
  BOOST_TEST(text.find("  2. I2: Age > 18 year -- all of:\n     2.1. age at screening above 18 years\n"
                       "     2.2. age at screening at most 80 years\n") != std::string::npos);
  BOOST_TEST(text.find("Q7 blood pressure excludes when systolic >= 200 or diastolic >= 110 mmHg\n") != std::string::npos);
  BOOST_TEST(text.find("Q2 EDSS progression thresholds: +1.0 for baselines 0.0 to 4.5; +0.5 for baselines 6.0 to 10.0; "
                       "no threshold for baselines 5.0 to 5.5 (a change from there counts when it reaches every threshold "
                       "the gap could take, not when it is below +0.5); read literally from \"< 5.0 / > 5.5\", which most "
                       "likely lost \"<=\" and \">=\" in copying") != std::string::npos);
  // The decisions issue 15 made visible, with their defaults.
  BOOST_TEST(text.find("I4b/I5a relapses: reports less than 30 days apart are one attack, dated at its first onset, with "
                       "its worst severity\n") != std::string::npos);
  BOOST_TEST(text.find("I3/E6 EDSS (I3) and HIV, tumour-marker and blood-pressure values (E6): the latest on or before "
                       "screening, however old\n") != std::string::npos);
  BOOST_TEST(text.find("I4c Gd-enhancing lesions for progression: only double or triple dose scans decide") != std::string::npos);
  BOOST_TEST(text.find("E1 immune inhibitors: immunosuppressants and immunomodulators; corticosteroids do not exclude") !=
             std::string::npos);
  BOOST_TEST(text.find("E3 allergies: any recorded allergy excludes") != std::string::npos);
  BOOST_TEST(text.find("I4 progression evidence: any in the past 18 months, before or after the year of attempted therapy") !=
             std::string::npos);
  BOOST_TEST(seed::print_criteria<after_year>().find("I4 progression evidence: only evidence dated on or after the day the year "
                                                     "of attempted therapy was complete") != std::string::npos);
  const std::string other = seed::print_criteria<bp_both>();
  BOOST_TEST(other.find("Q7 blood pressure excludes when systolic >= 200 and diastolic >= 110 mmHg\n") != std::string::npos);
  BOOST_TEST(other.find("6.4. E6d: blood pressure (BP): 200 /110 mmHg -- blood pressure at least 200/110 mmHg (systolic at "
                        "least 200 and diastolic at least 110; latest reading on or before screening)") != std::string::npos);
  BOOST_TEST(seed::print_criteria_markdown().find("- Q10 design: randomized, 2 arms, 2.0 x 10^6 cells/kg (registry)\n") !=
             std::string::npos);
  // The list starts with the first reading, whole (Q1 of the registry reading: I2's "Age > 18").
  BOOST_TEST(seed::print_criteria_markdown().find("## Readings of the registry text\n\n- Q1 age above 18 (19 or older in "
                                                  "completed years) and at most 80\n- Q2 ") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
