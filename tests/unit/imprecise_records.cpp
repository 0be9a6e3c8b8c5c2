// MRI, laboratory, first-symptom and attack-onset dates known only to the month or the year (partial_date): window membership
// and "the latest result" with HL7 CQL's semantics (met or not met only when every possible day
// gives the same answer), and the cohort and FHIR readers accepting the three forms. Every
// expected value is worked out by hand from the calendar in the comment beside it. Screening is
// 2014-01-05; "18 months before screening" (NCT02249676's MRI window) is [2012-07-05, 2014-01-05].
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/diagnosis/nmo_spectrum_2007.hpp>
#include <trialspec/eligibility/criteria/disease_duration.hpp>
#include <trialspec/eligibility/criteria/labs.hpp>
#include <trialspec/eligibility/criteria/mri.hpp>
#include <trialspec/io/cohort_json.hpp>
#include <trialspec/io/fhir.hpp>
#include <trialspec/sql/omop_export.hpp>

#include <trialspec/testing/print.hpp>

#include "reader_errors.hpp"

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <optional>
#include <sstream>
#include <string>

using namespace trialspec;
using namespace trialspec::literals;
namespace el = trialspec::eligibility;

namespace {
const date screening(2014, 1, 5);
const el::evaluation_context ctx{screening};
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;

using gd_any = el::gd_enhancing_lesions<1, within_before(18_months)>;
using new_t2 = el::new_t2_lesions<1, within_before(18_months)>;
using hiv_positive = el::lab_result_is<lab_test::hiv, lab_outcome::positive>;
using recent_hiv_positive = el::lab_result_is<lab_test::hiv, lab_outcome::positive, within_before(6_months)>;

partial_date pd(std::string_view text) { return parse_partial_date(text, "test"); }

patient gd_scans(std::initializer_list<std::pair<std::string_view, int>> scans) {
  patient p;
  p.id = "P";
  for (const auto& [on, lesions] : scans) {
    mri_scan s;
    s.on = pd(on);
    s.gd_enhancing_lesions = lesions;
    s.dose = gd_dose::single;
    p.mri.push_back(s);
  }
  return p;
}
patient t2_scans(std::initializer_list<std::pair<std::string_view, std::optional<int>>> scans) {
  patient p;
  p.id = "P";
  for (const auto& [on, lesions] : scans) {
    mri_scan s;
    s.on = pd(on);
    s.new_t2_lesions = lesions;
    p.mri.push_back(s);
  }
  return p;
}
patient hiv(std::initializer_list<std::pair<std::string_view, lab_outcome>> results) {
  patient p;
  p.id = "P";
  for (const auto& [on, outcome] : results) p.labs.push_back({lab_test::hiv, outcome, pd(on)});
  return p;
}
constexpr lab_outcome pos = lab_outcome::positive, neg = lab_outcome::negative;
} // namespace

BOOST_AUTO_TEST_SUITE(imprecise_records)

BOOST_AUTO_TEST_CASE(overlap_of_a_month_or_year_with_a_window) {
  const date_interval w(date(2012, 7, 5), date(2014, 1, 5));
  BOOST_TEST((overlap_of(pd("2012-08"), w) == overlap::inside));  // 08-01..08-31, all after 07-05
  BOOST_TEST((overlap_of(pd("2012-07"), w) == overlap::partly));  // 07-01..07-04 out, 07-05..07-31 in
  BOOST_TEST((overlap_of(pd("2012-06"), w) == overlap::outside)); // ends 06-30, before 07-05
  BOOST_TEST((overlap_of(pd("2014-01"), w) == overlap::partly));  // 01-01..01-05 in, 01-06..01-31 out
  BOOST_TEST((overlap_of(pd("2014-02"), w) == overlap::outside)); // starts after 2014-01-05
  BOOST_TEST((overlap_of(pd("2013"), w) == overlap::inside));     // 2013-01-01..12-31 inside
  BOOST_TEST((overlap_of(pd("2012"), w) == overlap::partly));     // 2012-01-01 out, 2012-12-31 in
  BOOST_TEST((overlap_of(pd("2014"), w) == overlap::partly));     // 2014-01-01 in, 2014-12-31 out
  BOOST_TEST((overlap_of(pd("2011"), w) == overlap::outside));
  BOOST_TEST((overlap_of(pd("2015"), w) == overlap::outside));
  BOOST_TEST((overlap_of(pd("2012-07-05"), w) == overlap::inside));  // first day, exact
  BOOST_TEST((overlap_of(pd("2012-07-04"), w) == overlap::outside)); // the day before
  // Months meeting the window's edges on their own first or last day. [2013-03-01, 2013-05-31]:
  // March starts on its first day and May ends on its last: both wholly inside.
  const date_interval spring(date(2013, 3, 1), date(2013, 5, 31));
  BOOST_TEST((overlap_of(pd("2013-03"), spring) == overlap::inside));
  BOOST_TEST((overlap_of(pd("2013-05"), spring) == overlap::inside));
  BOOST_TEST((overlap_of(pd("2013-02"), spring) == overlap::outside)); // ends 02-28, the day before
  BOOST_TEST((overlap_of(pd("2013-06"), spring) == overlap::outside)); // starts 06-01, the day after
  // [2013-03-31, 2013-06-01]: March shares only its last day with it, June only its first.
  const date_interval edges(date(2013, 3, 31), date(2013, 6, 1));
  BOOST_TEST((overlap_of(pd("2013-03"), edges) == overlap::partly));
  BOOST_TEST((overlap_of(pd("2013-06"), edges) == overlap::partly));
  BOOST_TEST((overlap_of(pd("2013"), date_interval(date(2013, 1, 1), date(2013, 12, 31))) == overlap::inside));
  BOOST_TEST((overlap_of(pd("2013"), date_interval(date(2013, 12, 31), date(2014, 6, 1))) == overlap::partly));
  // A window shorter than the month: [2013-03-10, 2013-03-20] lies inside "2013-03".
  BOOST_TEST((overlap_of(pd("2013-03"), date_interval(date(2013, 3, 10), date(2013, 3, 20))) == overlap::partly));
}

BOOST_AUTO_TEST_CASE(gd_enhancing_scan_by_month_and_year_against_18_months) {
  // One scan with 1 lesion (single dose; any dose accepted). Inside: met. Wholly outside: no scan
  // in the window, unknown. Straddling the first day (2012-07-05) or the last (2014-01-05): some
  // days meet it, the others leave no scan: unknown.
  BOOST_TEST(gd_any{}.test(gd_scans({{"2012-08", 1}}), ctx) == M);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2012-06", 1}}), ctx) == U);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2012-07", 1}}), ctx) == U);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2013-12", 1}}), ctx) == M); // 12-01..12-31 before 2014-01-05
  BOOST_TEST(gd_any{}.test(gd_scans({{"2014-01", 1}}), ctx) == U);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2014-02", 1}}), ctx) == U);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2013", 1}}), ctx) == M);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2012", 1}}), ctx) == U);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2014", 1}}), ctx) == U);
  BOOST_TEST(gd_any{}.test(gd_scans({{"2011", 1}}), ctx) == U);
  // The precision is in the reason.
  BOOST_TEST(checked(gd_any{}).evaluate(gd_scans({{"2012-08", 1}}), ctx).reason() ==
             "1 Gd-enhancing lesion on the MRI of 2012-08 (day unknown) (single dose), at least 1 required");
  BOOST_TEST(checked(gd_any{}).evaluate(gd_scans({{"2012", 1}}), ctx).reason() ==
             "the MRI of 2012 (month and day unknown) may or may not be from 2012-07-05 to 2014-01-05; considered: MRI of 2012 "
             "(month and day unknown) (may be outside) (single dose, 1 lesion)");
  BOOST_TEST(checked(gd_any{}).evaluate(gd_scans({{"2011", 1}}), ctx).reason() == "no contrast-enhanced MRI from 2012-07-05 to 2014-01-05");
}

BOOST_AUTO_TEST_CASE(gd_enhancing_scans_combined) {
  // 0 lesions on 2013-01-01 (surely inside) and 0 on "2012-07" (perhaps inside): whichever day,
  // no scan in the window has a lesion: not met.
  BOOST_TEST(gd_any{}.test(gd_scans({{"2013-01-01", 0}, {"2012-07", 0}}), ctx) == N);
  // 0 lesions on "2012-07" alone: inside, not met; before 07-05, no scan: unknown.
  BOOST_TEST(gd_any{}.test(gd_scans({{"2012-07", 0}}), ctx) == U);
  // 0 on 2013-01-01 and 1 on "2012-07": met if "2012-07" is 07-05 or later, not met otherwise.
  BOOST_TEST(gd_any{}.test(gd_scans({{"2013-01-01", 0}, {"2012-07", 1}}), ctx) == U);
  // 1 on 2013-01-01 decides whatever "2012-07" is.
  BOOST_TEST(gd_any{}.test(gd_scans({{"2012-07", 0}, {"2013-01-01", 1}}), ctx) == M);
  // 1 on "2013" (wholly inside) decides too.
  BOOST_TEST(gd_any{}.test(gd_scans({{"2014", 1}, {"2013", 1}}), ctx) == M);
  BOOST_TEST(checked(gd_any{}).evaluate(gd_scans({{"2013-01-01", 0}, {"2012-07", 0}}), ctx).reason() ==
             "no Gd-enhancing lesion on any MRI with single, double or triple dose Gd from 2012-07-05 to 2014-01-05; considered: "
             "MRI of 2013-01-01 (single dose, 0 lesions), MRI of 2012-07 (day unknown) (may be outside) (single dose, 0 lesions)");
}

// A contrast MRI in the window whose lesions were not counted could show one: with another scan
// of 0 lesions the answer is unknown, not "no lesion".
BOOST_AUTO_TEST_CASE(gd_scan_with_lesions_not_counted) {
  patient p = gd_scans({{"2013-01-01", 0}});
  mri_scan uncounted;
  uncounted.on = pd("2013-06-01");
  uncounted.dose = gd_dose::single;
  p.mri.push_back(uncounted);
  BOOST_TEST(gd_any{}.test(p, ctx) == U);
  BOOST_TEST(checked(gd_any{}).evaluate(p, ctx).value() == U);
}

// A scan that may be in the window with exactly the threshold's count of new T2 lesions may meet
// it: with 0 on 2013-05-01 and 1 in "2012-07" (in the window from 07-05 on), unknown.
BOOST_AUTO_TEST_CASE(new_t2_threshold_count_that_may_be_outside) {
  BOOST_TEST(new_t2{}.test(t2_scans({{"2013-05-01", 0}, {"2012-07", 1}}), ctx) == U);
  BOOST_TEST(checked(new_t2{}).evaluate(t2_scans({{"2013-05-01", 0}, {"2012-07", 1}}), ctx).value() == U);
  // Two required: 1 in "2012-07" could never meet it, so 0 on 2013-05-01 decides: not met.
  using two = el::new_t2_lesions<2, within_before(18_months)>;
  BOOST_TEST(two{}.test(t2_scans({{"2013-05-01", 0}, {"2012-07", 1}}), ctx) == N);
  // 2 in "2012-07" could: unknown.
  BOOST_TEST(two{}.test(t2_scans({{"2013-05-01", 0}, {"2012-07", 2}}), ctx) == U);
}

BOOST_AUTO_TEST_CASE(new_t2_scans_by_month_and_year) {
  BOOST_TEST(new_t2{}.test(t2_scans({{"2012-08", 1}}), ctx) == M); // inside
  BOOST_TEST(new_t2{}.test(t2_scans({{"2012-07", 1}}), ctx) == U); // straddles 2012-07-05
  BOOST_TEST(new_t2{}.test(t2_scans({{"2014-01", 1}}), ctx) == U); // straddles 2014-01-05
  BOOST_TEST(new_t2{}.test(t2_scans({{"2012-06", 1}}), ctx) == U); // outside: no MRI
  BOOST_TEST(new_t2{}.test(t2_scans({{"2013", 1}}), ctx) == M);    // inside
  BOOST_TEST(new_t2{}.test(t2_scans({{"2014", 1}}), ctx) == U);    // straddles the last day
  // 0 on 2013-05-01 and 0 on "2014": not met on every day.
  BOOST_TEST(new_t2{}.test(t2_scans({{"2013-05-01", 0}, {"2014", 0}}), ctx) == N);
  // 0 on 2013-05-01 and "2014-01" not assessed: if in the window, unknown; if not, not met.
  BOOST_TEST(new_t2{}.test(t2_scans({{"2013-05-01", 0}, {"2014-01", std::nullopt}}), ctx) == U);
  BOOST_TEST(checked(new_t2{}).evaluate(t2_scans({{"2013-05-01", 0}, {"2014-01", std::nullopt}}), ctx).reason() ==
             "new T2 lesions not assessed on an MRI from 2012-07-05 to 2014-01-05; considered: MRI of 2013-05-01 (0 new T2 lesions); "
             "new T2 lesions not assessed on: MRI of 2014-01 (day unknown) (may be outside)");
  // "2014-02" not assessed is wholly after screening: the 0 of 2013-05-01 decides.
  BOOST_TEST(new_t2{}.test(t2_scans({{"2013-05-01", 0}, {"2014-02", std::nullopt}}), ctx) == N);
}

BOOST_AUTO_TEST_CASE(latest_laboratory_result_by_month_and_year) {
  // Any result on or before 2014-01-05.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-03", pos}}), ctx) == M); // March 2013: before screening
  BOOST_TEST(checked(hiv_positive{}).evaluate(hiv({{"2013-03", pos}}), ctx).reason() == "HIV positive on 2013-03 (day unknown)");
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013", neg}}), ctx) == N);
  BOOST_TEST(hiv_positive{}.test(hiv({{"2014-01", pos}}), ctx) == U); // 01-06..01-31 would be after screening
  BOOST_TEST(hiv_positive{}.test(hiv({{"2014", pos}}), ctx) == U);
  BOOST_TEST(hiv_positive{}.test(hiv({{"2015", pos}}), ctx) == U); // after screening: no result
  BOOST_TEST(checked(hiv_positive{}).evaluate(hiv({{"2015", pos}}), ctx).reason().starts_with("no HIV result"));
  // Negative on 2013-06-01 and positive some day of 2013: the positive may be the later one
  // (2013-06-02..12-31) or not (01-01..05-31): unknown.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-06-01", neg}, {"2013", pos}}), ctx) == U);
  BOOST_TEST(checked(hiv_positive{}).evaluate(hiv({{"2013-06-01", neg}, {"2013", pos}}), ctx).reason() ==
             "HIV negative on 2013-06-01, but positive on 2013 (month and day unknown) may be the latest result");
  // Both negative: whichever is later, negative: not met.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-06-01", neg}, {"2013", neg}}), ctx) == N);
  // Positive in May 2013 ends 05-31, before the negative of 2013-06-01: not met.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-05", pos}, {"2013-06-01", neg}}), ctx) == N);
  // Positive on 2013-06-01 then negative in June 2013, listed after it: June 1st ties (the one
  // listed last is the latest) and every later day of June is later: negative on every day.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-06-01", pos}, {"2013-06", neg}}), ctx) == N);
  // Listed the other way round: on June 1st the positive (listed last) wins, on the other days
  // the negative: unknown.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-06", neg}, {"2013-06-01", pos}}), ctx) == U);
  // A month ending on the exact result's day: "2013-05" can be 05-31 at the latest. Listed after
  // the negative of 2013-05-31, on that day it is the latest (the last listed wins a tie): unknown.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-05-31", neg}, {"2013-05", pos}}), ctx) == U);
  // Listed before it, the negative wins the tie and is later on every other day: not met.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-05", pos}, {"2013-05-31", neg}}), ctx) == N);
  // A positive in 2014 that may be after screening does not make a negative of 2013-12-01 unknown
  // only if it cannot fall in the window: 2014-01-01..01-05 are in it and later, so unknown.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-12-01", neg}, {"2014", pos}}), ctx) == U);
  // A positive in 2015 cannot be in the window: the negative decides.
  BOOST_TEST(hiv_positive{}.test(hiv({{"2013-12-01", neg}, {"2015", pos}}), ctx) == N);
}

BOOST_AUTO_TEST_CASE(laboratory_result_in_a_bounded_window) {
  // 6 months before 2014-01-05: [2013-07-05, 2014-01-05].
  BOOST_TEST(recent_hiv_positive{}.test(hiv({{"2013-08", pos}}), ctx) == M); // inside
  BOOST_TEST(recent_hiv_positive{}.test(hiv({{"2013-07", pos}}), ctx) == U); // straddles 07-05
  BOOST_TEST(checked(recent_hiv_positive{}).evaluate(hiv({{"2013-07", pos}}), ctx).reason() ==
             "HIV positive on 2013-07 (day unknown) may or may not be from 2013-07-05 to 2014-01-05");
  BOOST_TEST(recent_hiv_positive{}.test(hiv({{"2013-06", pos}}), ctx) == U); // outside: no result
  BOOST_TEST(recent_hiv_positive{}.test(hiv({{"2014-01", pos}}), ctx) == U); // straddles 01-05
  BOOST_TEST(recent_hiv_positive{}.test(hiv({{"2013", pos}}), ctx) == U);    // straddles 07-05
  BOOST_TEST(recent_hiv_positive{}.test(hiv({{"2012", pos}}), ctx) == U);    // outside
  // Negative on 2013-09-01 (inside) and positive in "2013-07": June... July 5-31 is inside but
  // before September: the negative is the latest on every day.
  BOOST_TEST(recent_hiv_positive{}.test(hiv({{"2013-09-01", neg}, {"2013-07", pos}}), ctx) == N);
}

BOOST_AUTO_TEST_CASE(disease_duration_from_a_first_symptom_by_month_or_year) {
  // "Below 15 years" on 2014-01-05: met when the 15th anniversary of the first symptom is after
  // 2014-01-05, that is when the first symptom is after 1999-01-05.
  using below_15 = el::disease_duration<el::comparison::less, 15>;
  const auto with = [](std::string_view first) {
    patient p;
    p.id = "P";
    p.diagnosis.first_symptom = pd(first);
    return p;
  };
  BOOST_TEST(below_15{}.test(with("1999-02"), ctx) == M); // 1999-02-01..02-28: anniversaries in February 2014
  BOOST_TEST(below_15{}.test(with("1998-12"), ctx) == N); // anniversaries in December 2013
  BOOST_TEST(below_15{}.test(with("1999-01"), ctx) == U); // 01-01..01-05 not met, 01-06..01-31 met
  BOOST_TEST(below_15{}.test(with("2000"), ctx) == M);    // anniversaries in 2015
  BOOST_TEST(below_15{}.test(with("1998"), ctx) == N);    // anniversaries in 2013
  BOOST_TEST(below_15{}.test(with("1999"), ctx) == U);    // 1999-01-01: 15 years; 1999-12-31: 14
  // 1999-01-01 gives 15 full years on 2014-01-05, 1999-12-31 gives 14.
  BOOST_TEST(checked(below_15{}).evaluate(with("1999"), ctx).reason() ==
             "first MS symptoms 1999 (month and day unknown): 14 or 15 full years on 2014-01-05 (the day decides whether below 15 years)");
  // 1999-02-01..02-28: 14 full years on 2014-01-05 whatever the day.
  BOOST_TEST(checked(below_15{}).evaluate(with("1999-02"), ctx).reason() ==
             "first MS symptoms 1999-02 (day unknown): 14 full years on 2014-01-05 (below 15 years)");
}

BOOST_AUTO_TEST_CASE(attack_onsets_by_month_or_year_in_the_diagnostic_history) {
  using spectrum = diagnosis::nmo_spectrum_2007<>;
  const auto optic = [](std::string_view onset) {
    diagnosis::attack a;
    a.onset = pd(onset);
    a.phenotype = relapse_phenotype::optic_neuritis;
    return a;
  };
  const auto history = [](std::vector<diagnosis::attack> attacks) {
    diagnosis::clinical_history h;
    h.attacks = std::move(attacks);
    return h;
  };
  // Recurrent optic neuritis needs two entries of different onsets. April 2011 (04-01..04-30)
  // and 2012-09-01 cannot be the same day: met.
  const verdict two = spectrum::recurrent_optic_neuritis(history({optic("2011-04"), optic("2012-09-01")}));
  BOOST_TEST(two.value() == M);
  BOOST_TEST(two.reason() ==
             "recurrent optic neuritis (entries of different onsets): optic neuritis on 2011-04 (day unknown) and optic neuritis on 2012-09-01");
  // April and May 2011 do not overlap: met.
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2011-04"), optic("2011-05")})) == M);
  // "2011-04" may be 2011-04-15 itself: one attack or two, unknown.
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2011-04"), optic("2011-04-15")})) == U);
  // Two entries "2011": the same day or not, unknown.
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2011"), optic("2011")})) == U);
  // The same exact day: one attack, not met (as before).
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2011-04-15"), optic("2011-04-15")})) == N);
  // The month's edges, in either order: "2013-03" runs from 2013-03-01 to 2013-03-31 inclusive,
  // so it may be either of those exact days itself (unknown); February 2013 ends on 2013-02-28,
  // the day before 2013-03-01, so those two cannot be the same day (met).
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2013-03"), optic("2013-03-31")})) == U);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2013-03-31"), optic("2013-03")})) == U);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2013-03"), optic("2013-03-01")})) == U);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2013-03-01"), optic("2013-03")})) == U);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2013-02"), optic("2013-03-01")})) == M);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2013-03-01"), optic("2013-02")})) == M);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2012"), optic("2013-01-01")})) == M);
  // As of 2011-04-10: an attack in May 2011 is wholly later and does not count (not met); one in
  // April 2011 may be on or before 04-10 and counts, as an attack of unrecorded onset does (met:
  // April 2011 cannot be 2010-01-01).
  const date as_of(2011, 4, 10);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2010-01-01"), optic("2011-05")}), as_of) == N);
  BOOST_TEST(spectrum::recurrent_optic_neuritis_truth(history({optic("2010-01-01"), optic("2011-04")}), as_of) == M);
}

BOOST_AUTO_TEST_CASE(omop_export_refuses_a_first_symptom_without_its_day) {
  std::ostringstream person, period, condition, measurement, observation, drug, procedure;
  sql::omop_export<> out({person, period, condition, measurement, observation, drug, procedure});
  patient p;
  p.id = "P";
  p.diagnosis.kind = diagnosis_kind::multiple_sclerosis;
  p.diagnosis.first_symptom = pd("2009-03");
  trialspec_test::check_refused([&] { out.add(p); }, "diagnosis.first_symptom", "2009-03");
  BOOST_TEST(out.persons() == 0u); // nothing written for it
  p.diagnosis.first_symptom = pd("2009-03-14");
  out.add(p);
  BOOST_TEST(out.persons() == 1u);
  // The first symptom is an observation of its own, dated to the day.
  BOOST_TEST(observation.str().find(",2009-03-14,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(omop_export_refuses_an_mri_or_laboratory_date_without_its_day) {
  std::ostringstream person, period, condition, measurement, observation, drug, procedure;
  sql::omop_export<> out({person, period, condition, measurement, observation, drug, procedure});
  patient p;
  p.id = "Q";
  mri_scan exact, by_month;
  exact.on = pd("2013-05-02");
  by_month.on = pd("2013-06");
  p.mri = {exact, by_month}; // the second scan, index 1, is known only to the month
  trialspec_test::check_refused([&] { out.add(p); }, "mri[1].date", "2013-06");
  p.mri = {exact};
  lab_result hiv;
  hiv.test = lab_test::hiv;
  hiv.outcome = lab_outcome::negative;
  hiv.on = pd("2013");
  p.labs = {hiv};
  trialspec_test::check_refused([&] { out.add(p); }, "labs[0].date", "2013");
  BOOST_TEST(out.persons() == 0u); // nothing written for either
  BOOST_TEST(procedure.str().find("2013-05-02") == std::string::npos);
  hiv.on = pd("2013-04-30");
  p.labs = {hiv};
  out.add(p);
  BOOST_TEST(out.persons() == 1u);
  BOOST_TEST(procedure.str().find(",2013-05-02,") != std::string::npos);
  BOOST_TEST(measurement.str().find(",2013-04-30,") != std::string::npos);
}

using trialspec_test::bad_patient;

BOOST_AUTO_TEST_CASE(cohort_reader_and_writer_take_the_three_forms) {
  const patient p = io::parse_patient(R"({"id": "b", "mri": [{"date": "2013", "new_t2_lesions": 0}, {"date": "2013-03", "new_t2_lesions": 1}],
     "labs": [{"test": "hiv", "date": "2012-11", "result": "negative"}, {"test": "hiv", "date": "2012", "result": "negative"}]})",
                                      0);
  BOOST_REQUIRE(p.mri.size() == 2u);
  BOOST_TEST((p.mri[0].on.precision() == date_precision::year));
  BOOST_TEST(p.mri[0].on.latest() == date(2013, 12, 31));
  BOOST_TEST((p.mri[1].on.precision() == date_precision::month));
  BOOST_TEST(p.mri[1].on.latest() == date(2013, 3, 31));
  BOOST_REQUIRE(p.labs.size() == 2u);
  BOOST_TEST(p.labs[0].on.earliest() == date(2012, 11, 1));
  BOOST_TEST(p.labs[0].on.latest() == date(2012, 11, 30));
  BOOST_TEST(to_iso(p.labs[1].on) == "2012");
  // Written back as read.
  const auto j = io::patient_to_json(p);
  BOOST_TEST(j["mri"][0]["date"].get<std::string>() == "2013");
  BOOST_TEST(j["mri"][1]["date"].get<std::string>() == "2013-03");
  BOOST_TEST(j["labs"][0]["date"].get<std::string>() == "2012-11");
  const patient again = io::parse_patient(j.dump(), 0);
  BOOST_TEST((again.mri == p.mri));
  BOOST_TEST((again.labs == p.labs));
  const patient ms = io::parse_patient(R"({"id": "m", "diagnosis": {"kind": "ms", "first_symptom": "1999"}})", 0);
  BOOST_TEST((ms.diagnosis.first_symptom == pd("1999")));
  BOOST_TEST(io::patient_to_json(ms)["diagnosis"]["first_symptom"].get<std::string>() == "1999");
  const patient h = io::parse_patient(R"({"id": "h", "diagnosis": {"history": {"attacks": [{"onset": "2011-04", "phenotype": "optic_neuritis"}]}}})", 0);
  BOOST_REQUIRE(h.diagnosis.history.has_value());
  BOOST_TEST((h.diagnosis.history->attacks.at(0).onset == pd("2011-04")));
  BOOST_TEST(io::patient_to_json(h)["diagnosis"]["history"]["attacks"][0]["onset"].get<std::string>() == "2011-04");

  const std::vector<trialspec_test::reader_error_case> cases{
      {R"({"id": "b", "mri": [{"date": "2013-3"}]})", "mri[0].date", "2013-3", "expected an ISO 8601 date"},
      {R"({"id": "b", "mri": [{"date": "13-03-01"}]})", "mri[0].date", "13-03-01", "expected an ISO 8601 date"},
      {R"({"id": "b", "mri": [{"date": "2013-02-30"}]})", "mri[0].date", "2013-02-30", "February 2013 has 28 days"},
      {R"({"id": "b", "mri": [{"date": "2013-13"}]})", "mri[0].date", "2013-13", "month must be 01 to 12"},
      {R"({"id": "b", "labs": [{"test": "hiv", "date": "2013-3", "result": "negative"}]})", "labs[0].date", "2013-3", "expected an ISO 8601 date"},
      {R"({"id": "b", "labs": [{"test": "hiv", "date": "13-03-01", "result": "negative"}]})", "labs[0].date", "13-03-01", "expected an ISO 8601 date"},
      {R"({"id": "b", "labs": [{"test": "hiv", "date": "2013-02-30", "result": "negative"}]})", "labs[0].date", "2013-02-30",
       "February 2013 has 28 days"},
      {R"({"id": "b", "diagnosis": {"first_symptom": "2009-3"}})", "diagnosis.first_symptom", "2009-3", "expected an ISO 8601 date"},
      {R"({"id": "b", "diagnosis": {"history": {"attacks": [{"onset": "2011-4"}]}}})", "diagnosis.history.attacks[0].onset", "2011-4",
       "expected an ISO 8601 date"},
      // A functional systems date may be a month (eligibility_ms_criteria), not a month without
      // its leading zero.
      {R"({"id": "b", "functional_systems": [{"date": "2013-3", "pyramidal": 2}]})", "functional_systems[0].date", "2013-3",
       "expected an ISO 8601 date"},
  };
  trialspec_test::check_reader_errors(cases);
}

BOOST_AUTO_TEST_CASE(fhir_laboratory_and_mri_dates_by_month_and_year) {
  const auto obs = [](const std::string& id, const std::string& system, const std::string& code, const std::string& rest) {
    return R"({"fullUrl": "urn:uuid:)" + id + R"(", "resource": {"resourceType": "Observation", "id": ")" + id +
           R"(", "status": "final", "subject": {"reference": "urn:uuid:x"}, "code": {"coding": [{"system": ")" + system +
           R"(", "code": ")" + code + R"("}]}, )" + rest + "}}";
  };
  const std::string text = R"({"resourceType": "Bundle", "type": "collection", "entry": [
    {"fullUrl": "urn:uuid:x", "resource": {"resourceType": "Patient", "id": "x"}}, )" +
                           obs("l-1", "http://loinc.org", "56888-1",
                               R"("effectiveDateTime": "2013-03", "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "260385009"}]})") +
                           ", " + obs("m-1", "urn:trialspec:fhir", "new-t2-lesions", R"("effectiveDateTime": "2013", "valueInteger": 2)") + "]}";
  const patient p = io::parse_fhir_bundle(text, {}, nullptr, "x.json");
  BOOST_REQUIRE(p.labs.size() == 1u);
  BOOST_TEST(to_iso(p.labs[0].on) == "2013-03");
  BOOST_TEST((p.labs[0].outcome == lab_outcome::negative)); // SNOMED 260385009 negative
  BOOST_REQUIRE(p.mri.size() == 1u);
  BOOST_TEST(to_iso(p.mri[0].on) == "2013");
  BOOST_TEST((p.mri[0].new_t2_lesions == std::optional<int>(2)));
}

BOOST_AUTO_TEST_SUITE_END()
