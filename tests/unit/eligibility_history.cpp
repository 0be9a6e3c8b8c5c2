// Built-in criteria on the clinical history: latest EDSS, EDSS worsening by a threshold table,
// relapse counts by severity, Gd-enhancing and new T2 lesions, therapy exposure and duration.
// Screening is 2014-01-05 throughout; "within 18 months before" starts 2012-07-05 and "within 3
// months before" starts 2013-10-05 (closed windows, calendar.hpp). Expected values by hand.
#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/mri.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/eligibility/criteria/therapy.hpp>
#include <trialspec/protocols/nct02249676/thresholds.hpp>
#include <trialspec/testing/print.hpp>

#include "agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

namespace el = trialspec::eligibility;
using namespace trialspec::literals;
using trialspec::date;
using trialspec::patient;
using trialspec::truth;
using trialspec::within_before;

namespace {
constexpr truth M = truth::met, N = truth::not_met, U = truth::unknown;
const date screening(2014, 1, 5);
const el::evaluation_context ctx{screening};

template <class C> truth at(const C& c, const patient& p, const el::evaluation_context& context = ctx) {
  const truth t = c.test(p, context);
  BOOST_TEST(c.evaluate(p, context).value() == t);
  return t;
}
patient with_edss(std::initializer_list<trialspec::edss_assessment> a) {
  patient p;
  p.edss = a;
  return p;
}
trialspec::relapse relapse_on(date d, trialspec::relapse_severity s) { return {d, s, {}}; }
trialspec::mri_scan scan(date d, std::optional<int> gd, std::optional<trialspec::gd_dose> dose, std::optional<int> t2) {
  return {d, gd, dose, t2};
}
trialspec::therapy course(trialspec::therapy_class k, date from, std::optional<date> to) { return {"drug", k, from, to}; }

using edss_above_3 = el::edss_latest<el::comparison::greater, 3.0_edss>;
using recent_edss_above_3 = el::edss_latest<el::comparison::greater, 3.0_edss, within_before(6_months)>;
using worsening_nct = el::edss_worsening<within_before(18_months), trialspec::protocols::nct02249676::protocol_thresholds>;
using worsening_std = el::edss_worsening<within_before(18_months)>;
using relapse_ms = el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months), el::moderate_or_severe>;
using relapse_any = el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months)>;
using no_relapse = el::relapse_count<el::comparison::less_equal, 0, within_before(18_months)>;
using two_relapses_ms = el::relapse_count<el::comparison::equal, 2, within_before(18_months), el::moderate_or_severe>;
using gd_high_dose = el::gd_enhancing_lesions<1, within_before(18_months), el::double_or_triple_gd_dose>;
using gd_any_dose = el::gd_enhancing_lesions<1, within_before(18_months)>;
using new_t2 = el::new_t2_lesions<1, within_before(18_months)>;
using recent_immunotherapy = el::therapy_exposure<el::immunotherapy, within_before(3_months)>;
using recent_immunotherapy_before_infusion = el::therapy_exposure<el::immunotherapy, within_before(3_months), el::reference_point::infusion>;
using year_of_therapy = el::therapy_duration<trialspec::years{1}, el::immunotherapy>;
using year_since_first = el::therapy_duration<trialspec::years{1}, el::immunotherapy, el::duration_rule::since_first_start>;
} // namespace

BOOST_AUTO_TEST_SUITE(eligibility_history)

BOOST_AUTO_TEST_CASE(latest_edss_above_3) {
  BOOST_TEST(at(edss_above_3{}, with_edss({{screening, 3.0_edss}})) == N); // on the threshold
  BOOST_TEST(checked(edss_above_3{}).evaluate(with_edss({{screening, 3.0_edss}}), ctx).reason() == "last EDSS 3.0 on 2014-01-05 is not above 3.0");
  BOOST_TEST(at(edss_above_3{}, with_edss({{screening, 3.5_edss}})) == M); // one step above
  BOOST_TEST(at(edss_above_3{}, with_edss({{date(2013, 1, 1), 4.0_edss}, {date(2014, 1, 1), 3.0_edss}})) == N); // latest wins
  BOOST_TEST(at(edss_above_3{}, with_edss({{date(2014, 1, 6), 6.0_edss}})) == U); // after screening: not seen
  BOOST_TEST(checked(edss_above_3{}).evaluate(with_edss({}), ctx).reason() == "no EDSS assessment up to 2014-01-05");
  BOOST_TEST(edss_above_3{}.describe() == "latest EDSS on or before screening above 3.0");
}

BOOST_AUTO_TEST_CASE(latest_edss_with_a_look_back) {
  // 6 months before 2014-01-05 is 2013-07-05.
  BOOST_TEST(at(recent_edss_above_3{}, with_edss({{date(2013, 7, 5), 3.5_edss}})) == M);
  BOOST_TEST(at(recent_edss_above_3{}, with_edss({{date(2013, 7, 4), 3.5_edss}})) == U);
  BOOST_TEST(checked(recent_edss_above_3{}).evaluate(with_edss({{date(2013, 7, 4), 3.5_edss}}), ctx).reason() ==
             "no EDSS assessment from 2013-07-05 to 2014-01-05");
  BOOST_TEST(recent_edss_above_3{}.describe() == "latest EDSS within 6 months before screening above 3.0");
}

BOOST_AUTO_TEST_CASE(edss_worsening_by_the_seed_protocol_table) {
  // +1.0 needed below baseline 5.0, +0.5 above 5.5, nothing defined for 5.0 and 5.5.
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2012, 7, 5), 4.0_edss}, {screening, 5.0_edss}})) == M);
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2012, 7, 5), 4.0_edss}, {screening, 4.5_edss}})) == N);
  // The gap at 5.0 and 5.5 could require +0.5 to +1.0: +1.0 counts whatever it is, +0.5 is
  // undecided, a fall or no change never counts.
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2013, 1, 1), 5.0_edss}, {screening, 6.0_edss}})) == M);
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2013, 1, 1), 5.0_edss}, {screening, 5.5_edss}})) == U);
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2013, 1, 1), 5.0_edss}, {screening, 4.5_edss}})) == N);
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2013, 1, 1), 5.5_edss}, {screening, 5.5_edss}})) == N);
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2013, 1, 1), 6.0_edss}, {screening, 6.5_edss}})) == M);
  // The baseline one day outside the window is not used: one assessment left.
  BOOST_TEST(at(worsening_nct{}, with_edss({{date(2012, 7, 4), 4.0_edss}, {screening, 5.0_edss}})) == U);
  BOOST_TEST(at(worsening_nct{}, with_edss({})) == U);
  BOOST_TEST(checked(worsening_nct{}).evaluate(with_edss({{date(2012, 7, 5), 4.0_edss}, {screening, 5.0_edss}}), ctx).reason() ==
             "first EDSS on 2012-07-05, last on 2014-01-05: EDSS 4.0 -> 5.0: worsening +1.0 reaches the +1.0 required from baseline 4.0");
  BOOST_TEST(checked(worsening_nct{}).evaluate(with_edss({{date(2013, 1, 1), 5.5_edss}, {screening, 6.0_edss}}), ctx).reason() ==
             "first EDSS on 2013-01-01, last on 2014-01-05: EDSS 5.5 -> 6.0: worsening +0.5 lies between +0.5 and +1.0, "
             "the least and the most the gap could require (the protocol defines no threshold for baseline 5.5; undecided "
             "by the protocol's wording, not by missing data)");
}

// A change in the protocol table's gap is undecided by the wording, not by missing data, on both
// search paths (the record's own dates, and with an assessment known only to the year 2010,
// outside the window); a decided change is not so marked.
BOOST_AUTO_TEST_CASE(edss_worsening_in_a_gap_is_undecided_by_wording) {
  const trialspec::edss_assessment year_2010{trialspec::parse_partial_date("2010"), 6.0_edss};
  for (const bool imprecise : {false, true}) {
    auto gap = with_edss({{date(2013, 1, 1), 5.5_edss}, {screening, 6.0_edss}});
    auto decided = with_edss({{date(2013, 1, 1), 5.0_edss}, {screening, 6.0_edss}});
    if (imprecise) {
      gap.edss.push_back(year_2010);
      decided.edss.push_back(year_2010);
    }
    const auto open = checked(worsening_nct{}).evaluate(gap, ctx);
    BOOST_TEST((open.value() == U));
    BOOST_TEST(open.undecided_by_wording(), "imprecise path " << imprecise);
    const auto met = checked(worsening_nct{}).evaluate(decided, ctx);
    BOOST_TEST((met.value() == M));
    BOOST_TEST(!met.undecided_by_wording(), "imprecise path " << imprecise);
  }
}

BOOST_AUTO_TEST_CASE(edss_worsening_by_the_standard_table) {
  // +1.5 from baseline 0.
  BOOST_TEST(at(worsening_std{}, with_edss({{date(2013, 1, 1), 0_edss}, {screening, 1.5_edss}})) == M);
  BOOST_TEST(at(worsening_std{}, with_edss({{date(2013, 1, 1), 0_edss}, {screening, 1.0_edss}})) == N);
  // Baseline 5.0 is defined in the standard table (+1.0).
  BOOST_TEST(at(worsening_std{}, with_edss({{date(2013, 1, 1), 5.0_edss}, {screening, 6.0_edss}})) == M);
}

// Two assessments on one day: the first listed is the earlier, the last listed the later
// (3.0 then 4.0 on 2013-01-01 and 4.0 on 2013-12-01: first 3.0, +1.0, met; 3.0 on 2013-01-01
// and 3.5 then 4.0 on 2013-12-01: last 4.0, +1.0, met). The same with an assessment dated only
// to the year 2010 in the record (outside the window), which takes the search for imprecise
// dates.
BOOST_AUTO_TEST_CASE(edss_worsening_ties_of_dates_follow_the_listing) {
  const trialspec::edss_assessment year_2010{trialspec::parse_partial_date("2010"), 6.0_edss};
  for (const bool imprecise : {false, true}) {
    auto first_tie = with_edss({{date(2013, 1, 1), 3.0_edss}, {date(2013, 1, 1), 4.0_edss}, {date(2013, 12, 1), 4.0_edss}});
    auto last_tie = with_edss({{date(2013, 1, 1), 3.0_edss}, {date(2013, 12, 1), 3.5_edss}, {date(2013, 12, 1), 4.0_edss}});
    if (imprecise) {
      first_tie.edss.push_back(year_2010);
      last_tie.edss.push_back(year_2010);
    }
    BOOST_TEST(at(worsening_std{}, first_tie) == M, "first tie, imprecise path " << imprecise);
    BOOST_TEST(at(worsening_std{}, last_tie) == M, "last tie, imprecise path " << imprecise);
    // Listed the other way round, the ties decide the other way: 4.0 -> 4.0 and 3.0 -> 3.5.
    std::swap(first_tie.edss[0], first_tie.edss[1]);
    std::swap(last_tie.edss[1], last_tie.edss[2]);
    BOOST_TEST(at(worsening_std{}, first_tie) == N, "first tie swapped, imprecise path " << imprecise);
    BOOST_TEST(at(worsening_std{}, last_tie) == N, "last tie swapped, imprecise path " << imprecise);
  }
}

BOOST_AUTO_TEST_CASE(moderate_or_severe_relapses_in_18_months) {
  using trialspec::relapse_severity;
  patient p;
  p.relapses_recorded_since = date(2010, 1, 1);
  p.relapses = {relapse_on(date(2012, 7, 5), relapse_severity::severe)}; // first day of the window
  BOOST_TEST(at(relapse_ms{}, p) == M);
  BOOST_TEST(checked(relapse_ms{}).evaluate(p, ctx).reason() ==
             "1 relapse of moderate or severe severity from 2012-07-05 to 2014-01-05 (2012-07-05 severe); required: at least 1");
  p.relapses = {relapse_on(date(2012, 7, 4), relapse_severity::severe)}; // one day before it
  BOOST_TEST(at(relapse_ms{}, p) == N);
  p.relapses = {relapse_on(date(2013, 3, 1), relapse_severity::mild)};
  BOOST_TEST(at(relapse_ms{}, p) == N);
  BOOST_TEST(at(relapse_any{}, p) == M);
  p.relapses = {relapse_on(date(2013, 3, 1), relapse_severity::unknown)};
  BOOST_TEST(at(relapse_ms{}, p) == U); // ungraded: may be moderate
  BOOST_TEST(at(relapse_any{}, p) == M); // but it is a relapse of some severity
  BOOST_TEST(relapse_ms{}.describe() == "at least 1 relapse of moderate or severe severity within 18 months before screening "
                                         "(reports less than 30 days apart are one attack)");
  BOOST_TEST(relapse_any{}.describe() == "at least 1 relapse within 18 months before screening (reports less than 30 days apart are one attack)");
}

BOOST_AUTO_TEST_CASE(relapse_history_completeness) {
  patient p; // no relapses listed
  BOOST_TEST(at(relapse_ms{}, p) == U); // completeness not documented
  BOOST_TEST(checked(relapse_ms{}).evaluate(p, ctx).reason() ==
             "0 relapses of moderate or severe severity from 2012-07-05 to 2014-01-05; relapse history not documented as complete; "
             "required: at least 1");
  BOOST_TEST(at(no_relapse{}, p) == U);
  p.relapses_recorded_since = date(2012, 7, 5);
  BOOST_TEST(at(relapse_ms{}, p) == N);
  BOOST_TEST(at(no_relapse{}, p) == M);
  p.relapses_recorded_since = date(2012, 7, 6); // one day short of the window
  BOOST_TEST(at(relapse_ms{}, p) == U);
  BOOST_TEST(at(no_relapse{}, p) == U);
  p.relapses = {relapse_on(date(2013, 3, 1), trialspec::relapse_severity::moderate)};
  BOOST_TEST(at(relapse_ms{}, p) == M); // met whatever is missing
  BOOST_TEST(at(no_relapse{}, p) == N);
}

BOOST_AUTO_TEST_CASE(exact_relapse_count_with_an_ungraded_relapse) {
  using trialspec::relapse_severity;
  patient p;
  p.relapses_recorded_since = date(2010, 1, 1);
  p.relapses = {relapse_on(date(2013, 1, 1), relapse_severity::severe), relapse_on(date(2013, 6, 1), relapse_severity::moderate)};
  BOOST_TEST(at(two_relapses_ms{}, p) == M);
  p.relapses.push_back(relapse_on(date(2013, 9, 1), relapse_severity::unknown)); // 2 or 3
  BOOST_TEST(at(two_relapses_ms{}, p) == U);
  p.relapses.push_back(relapse_on(date(2013, 10, 1), relapse_severity::severe)); // 3 or 4
  BOOST_TEST(at(two_relapses_ms{}, p) == N);
}

// A filter without "severe": an attack is counted by its worst grade, so a moderate first report
// does not count when a report of the same attack (less than 30 days later) is severe.
BOOST_AUTO_TEST_CASE(attack_worst_grade_outside_a_filter_without_severe) {
  using trialspec::relapse_severity;
  using mild_or_moderate = el::relapse_count<el::comparison::greater_equal, 1, within_before(18_months),
                                             el::severity_set{relapse_severity::mild, relapse_severity::moderate}>;
  patient p;
  p.relapses_recorded_since = date(2010, 1, 1);
  // 2013-06-01 and 2013-06-15 are 14 days apart: one attack, worst grade severe, not counted.
  p.relapses = {relapse_on(date(2013, 6, 1), relapse_severity::moderate), relapse_on(date(2013, 6, 15), relapse_severity::severe)};
  BOOST_TEST(at(mild_or_moderate{}, p) == N);
  // 2013-06-01 and 2013-07-01 are 30 days apart: two attacks, the moderate one counted.
  p.relapses[1].onset = date(2013, 7, 1);
  BOOST_TEST(at(mild_or_moderate{}, p) == M);
  // A mild first report and a moderate one 10 days later: one attack, worst moderate, counted.
  p.relapses = {relapse_on(date(2013, 6, 1), relapse_severity::mild), relapse_on(date(2013, 6, 11), relapse_severity::moderate)};
  BOOST_TEST(at(mild_or_moderate{}, p) == M);
}

// "At most 1" and "exactly 1": one attack decides nothing until the list is known to be
// complete; a second one decides "not met" whatever the list lacks.
BOOST_AUTO_TEST_CASE(counts_that_decide_before_the_end_of_the_list) {
  using trialspec::relapse_severity;
  using at_most_one = el::relapse_count<el::comparison::less_equal, 1, within_before(18_months)>;
  using exactly_one = el::relapse_count<el::comparison::equal, 1, within_before(18_months)>;
  patient p;
  p.relapses_recorded_since = date(2010, 1, 1); // complete for the whole window from 2012-07-05
  p.relapses = {relapse_on(date(2013, 1, 1), relapse_severity::mild)};
  BOOST_TEST(at(at_most_one{}, p) == M);
  BOOST_TEST(at(exactly_one{}, p) == M);
  p.relapses_recorded_since = date(2013, 1, 1); // complete only from inside the window
  BOOST_TEST(at(at_most_one{}, p) == U);
  BOOST_TEST(at(exactly_one{}, p) == U);
  // 2013-01-01 and 2013-03-01 are 59 days apart: two attacks, more than 1 whatever else happened.
  p.relapses.push_back(relapse_on(date(2013, 3, 1), relapse_severity::mild));
  BOOST_TEST(at(at_most_one{}, p) == N);
  BOOST_TEST(at(exactly_one{}, p) == N);
  p.relapses_recorded_since = date(2010, 1, 1);
  BOOST_TEST(at(at_most_one{}, p) == N);
  BOOST_TEST(at(exactly_one{}, p) == N);
}

BOOST_AUTO_TEST_CASE(gd_enhancing_lesions_on_double_or_triple_dose) {
  using trialspec::gd_dose;
  patient p;
  BOOST_TEST(at(gd_high_dose{}, p) == U);
  BOOST_TEST(checked(gd_high_dose{}).evaluate(p, ctx).reason() == "no contrast-enhanced MRI from 2012-07-05 to 2014-01-05");
  p.mri = {scan(date(2012, 7, 5), 1, gd_dose::double_dose, std::nullopt)};
  BOOST_TEST(at(gd_high_dose{}, p) == M);
  BOOST_TEST(checked(gd_high_dose{}).evaluate(p, ctx).reason() ==
             "1 Gd-enhancing lesion on the MRI of 2012-07-05 (double dose), at least 1 required");
  p.mri = {scan(date(2012, 7, 4), 1, gd_dose::double_dose, std::nullopt)};
  BOOST_TEST(at(gd_high_dose{}, p) == U); // one day outside
  p.mri = {scan(date(2013, 5, 1), 0, gd_dose::triple, std::nullopt)};
  BOOST_TEST(at(gd_high_dose{}, p) == N);
  BOOST_TEST(checked(gd_high_dose{}).evaluate(p, ctx).reason() ==
             "no Gd-enhancing lesion on any MRI with double or triple dose Gd from 2012-07-05 to 2014-01-05; considered: MRI of "
             "2013-05-01 (triple dose, 0 lesions)");
  p.mri = {scan(date(2013, 5, 1), 2, gd_dose::single, std::nullopt)};
  BOOST_TEST(at(gd_high_dose{}, p) == U); // no scan of an accepted dose
  // The reason names the scan set aside and why.
  BOOST_TEST(checked(gd_high_dose{}).evaluate(p, ctx).reason() == "no MRI with double or triple dose Gd from 2012-07-05 to 2014-01-05; set aside: "
                                                          "MRI of 2013-05-01 (single dose, 2 lesions): dose not accepted");
  BOOST_TEST(at(gd_any_dose{}, p) == M);
  p.mri.push_back(scan(date(2013, 6, 1), 0, gd_dose::double_dose, std::nullopt));
  BOOST_TEST(at(gd_high_dose{}, p) == N); // the single-dose lesions do not count
  BOOST_TEST(checked(gd_high_dose{}).evaluate(p, ctx).reason() ==
             "no Gd-enhancing lesion on any MRI with double or triple dose Gd from 2012-07-05 to 2014-01-05; considered: MRI of "
             "2013-06-01 (double dose, 0 lesions); set aside: MRI of 2013-05-01 (single dose, 2 lesions): dose not accepted");
  p.mri = {scan(date(2013, 5, 1), 1, std::nullopt, std::nullopt)};
  BOOST_TEST(at(gd_high_dose{}, p) == U); // dose not recorded
  BOOST_TEST(checked(gd_high_dose{}).evaluate(p, ctx).reason() == "Gd-enhancing lesions or Gd dose not recorded for an MRI from 2012-07-05 to "
                                                          "2014-01-05; set aside: MRI of 2013-05-01 (1 lesion): dose not recorded");
  BOOST_TEST(at(gd_any_dose{}, p) == M); // dose irrelevant
  p.mri = {scan(date(2013, 5, 1), std::nullopt, gd_dose::double_dose, std::nullopt)};
  BOOST_TEST(at(gd_high_dose{}, p) == U); // count not assessed
  p.mri = {scan(date(2013, 5, 1), std::nullopt, std::nullopt, 0)};
  BOOST_TEST(at(gd_any_dose{}, p) == U); // no contrast: says nothing
  BOOST_TEST(gd_high_dose{}.describe() ==
             "at least 1 Gd-enhancing lesion on an MRI with double or triple dose Gd within 18 months before screening");
}

BOOST_AUTO_TEST_CASE(new_t2_lesions_not_assessed_is_not_zero) {
  patient p;
  BOOST_TEST(at(new_t2{}, p) == U);
  p.mri = {scan(date(2013, 5, 1), std::nullopt, std::nullopt, 1)};
  BOOST_TEST(at(new_t2{}, p) == M);
  p.mri = {scan(date(2013, 5, 1), std::nullopt, std::nullopt, 0)};
  BOOST_TEST(at(new_t2{}, p) == N);
  BOOST_TEST(checked(new_t2{}).evaluate(p, ctx).reason() ==
             "no new T2 lesion on any MRI from 2012-07-05 to 2014-01-05; considered: MRI of 2013-05-01 (0 new T2 lesions)");
  p.mri.push_back(scan(date(2013, 8, 1), 0, trialspec::gd_dose::single, std::nullopt));
  BOOST_TEST(at(new_t2{}, p) == U); // the second scan's new T2 count was not assessed
  BOOST_TEST(checked(new_t2{}).evaluate(p, ctx).reason() == "new T2 lesions not assessed on an MRI from 2012-07-05 to 2014-01-05; considered: "
                                                    "MRI of 2013-05-01 (0 new T2 lesions); new T2 lesions not assessed on: MRI of 2013-08-01");
  p.mri = {scan(date(2012, 7, 4), std::nullopt, std::nullopt, 3)};
  BOOST_TEST(at(new_t2{}, p) == U); // outside the window
  BOOST_TEST(checked(new_t2{}).evaluate(p, ctx).reason() == "no MRI from 2012-07-05 to 2014-01-05");
  p.mri.clear();
  BOOST_TEST(checked(new_t2{}).evaluate(p, ctx).reason() == "no MRI from 2012-07-05 to 2014-01-05");
}

// The met reasons in the singular and the plural, a threshold of 2 on its edge, and a scan known
// to the month that may or may not be in the window (18 months before 2014-01-05: from
// 2012-07-05).
BOOST_AUTO_TEST_CASE(new_t2_lesion_counts_and_reasons) {
  using two_new_t2 = el::new_t2_lesions<2, within_before(18_months)>;
  patient p;
  p.mri = {scan(date(2013, 5, 1), std::nullopt, std::nullopt, 1)};
  BOOST_TEST(checked(new_t2{}).evaluate(p, ctx).reason() == "1 new T2 lesion on the MRI of 2013-05-01, at least 1 required");
  BOOST_TEST(at(two_new_t2{}, p) == N);
  p.mri = {scan(date(2013, 5, 1), std::nullopt, std::nullopt, 2)};
  BOOST_TEST(at(two_new_t2{}, p) == M);
  BOOST_TEST(checked(two_new_t2{}).evaluate(p, ctx).reason() == "2 new T2 lesions on the MRI of 2013-05-01, at least 2 required");
  BOOST_TEST(checked(new_t2{}).evaluate(p, ctx).reason() == "2 new T2 lesions on the MRI of 2013-05-01, at least 1 required");
  BOOST_TEST(two_new_t2{}.describe() == "at least 2 new T2 lesions on an MRI within 18 months before screening");
  BOOST_TEST(new_t2{}.describe() == "at least 1 new T2 lesion on an MRI within 18 months before screening");
  trialspec::mri_scan july;
  july.on = trialspec::parse_partial_date("2012-07");
  july.new_t2_lesions = 3;
  p.mri = {july};
  BOOST_TEST(at(new_t2{}, p) == U);
  BOOST_TEST(std::string(checked(new_t2{}).evaluate(p, ctx).reason()).starts_with("the MRI of 2012-07 (day unknown) may or may not be from 2012-07-05 to 2014-01-05"));
  july.gd_enhancing_lesions = 2;
  july.dose = trialspec::gd_dose::double_dose;
  p.mri = {july};
  BOOST_TEST(at(gd_high_dose{}, p) == U);
  BOOST_TEST(std::string(checked(gd_high_dose{}).evaluate(p, ctx).reason()).starts_with("the MRI of 2012-07 (day unknown) may or may not be from 2012-07-05 to 2014-01-05"));
}

// Counted from an infusion date the context does not have: no window, so unknown, whatever the
// scans say (test() and the reason agree: `at` checks both).
BOOST_AUTO_TEST_CASE(lesion_windows_without_their_reference_date_are_unknown) {
  using t2_before_infusion = el::new_t2_lesions<1, within_before(18_months), el::reference_point::infusion>;
  using gd_before_infusion = el::gd_enhancing_lesions<1, within_before(18_months), el::any_gd_dose, el::reference_point::infusion>;
  patient p;
  p.mri = {scan(date(2013, 6, 1), 0, trialspec::gd_dose::single, 0)};
  BOOST_TEST(at(t2_before_infusion{}, p) == U);
  BOOST_TEST(at(gd_before_infusion{}, p) == U);
  // With the infusion date, the same scan decides: no lesion, not met.
  const el::evaluation_context with_infusion{screening, date(2014, 2, 1)};
  BOOST_TEST(at(t2_before_infusion{}, p, with_infusion) == N);
  BOOST_TEST(at(gd_before_infusion{}, p, with_infusion) == N);
}

BOOST_AUTO_TEST_CASE(immunotherapy_within_3_months) {
  using trialspec::therapy_class;
  patient p;
  p.therapies_recorded_since = date(2010, 1, 1);
  p.therapies = {course(therapy_class::immunosuppressant, date(2012, 1, 1), date(2013, 10, 5))};
  BOOST_TEST(at(recent_immunotherapy{}, p) == M); // ended on the first day of the window
  p.therapies = {course(therapy_class::immunosuppressant, date(2012, 1, 1), date(2013, 10, 4))};
  BOOST_TEST(at(recent_immunotherapy{}, p) == N);
  BOOST_TEST(checked(recent_immunotherapy{}).evaluate(p, ctx).reason() ==
             "no immunosuppressant or immunomodulator therapy from 2013-10-05 to 2014-01-05");
  p.therapies_recorded_since.reset();
  BOOST_TEST(at(recent_immunotherapy{}, p) == U);
  p.therapies_recorded_since = date(2010, 1, 1);
  p.therapies = {course(therapy_class::immunomodulator, date(2010, 1, 1), std::nullopt)};
  BOOST_TEST(at(recent_immunotherapy{}, p) == M); // ongoing
  p.therapies = {course(therapy_class::corticosteroid, date(2013, 12, 1), std::nullopt)};
  BOOST_TEST(at(recent_immunotherapy{}, p) == N); // another class
  p.therapies = {course(therapy_class::immunosuppressant, date(2014, 1, 6), std::nullopt)};
  BOOST_TEST(at(recent_immunotherapy{}, p) == N); // starts after screening
  BOOST_TEST(recent_immunotherapy{}.describe() == "immunosuppressant or immunomodulator therapy within 3 months before screening");
}

BOOST_AUTO_TEST_CASE(exposure_before_screening_or_before_infusion) {
  using trialspec::therapy_class;
  patient p;
  p.therapies_recorded_since = date(2010, 1, 1);
  p.therapies = {course(therapy_class::immunosuppressant, date(2012, 1, 1), date(2013, 10, 15))};
  // Before screening 2014-01-05 the window starts 2013-10-05: exposed. Before an infusion on
  // 2014-02-01 it starts 2013-11-01: not exposed.
  const el::evaluation_context with_infusion{screening, date(2014, 2, 1)};
  BOOST_TEST(at(recent_immunotherapy{}, p, with_infusion) == M);
  BOOST_TEST(at(recent_immunotherapy_before_infusion{}, p, with_infusion) == N);
  BOOST_TEST(at(recent_immunotherapy_before_infusion{}, p) == U); // infusion date unknown
  BOOST_TEST(recent_immunotherapy_before_infusion{}.describe() ==
             "immunosuppressant or immunomodulator therapy within 3 months before the infusion");
}

BOOST_AUTO_TEST_CASE(a_year_of_therapy) {
  using trialspec::therapy_class;
  // Born 1980-03-01 with the therapy history documented from birth: an absence is proved.
  patient p;
  p.birth_date = date(1980, 3, 1);
  p.therapies_recorded_since = date(1980, 3, 1);
  p.therapies = {course(therapy_class::immunosuppressant, date(2012, 1, 1), date(2013, 1, 1))};
  BOOST_TEST(at(year_of_therapy{}, p) == M); // exactly one year
  p.therapies = {course(therapy_class::immunosuppressant, date(2012, 1, 2), date(2013, 1, 1))};
  BOOST_TEST(at(year_of_therapy{}, p) == N); // one day short
  p.therapies_recorded_since.reset();
  BOOST_TEST(at(year_of_therapy{}, p) == U);
  // Documented since 2010 only: a year-long course in 1980-2009 is not ruled out (the look-back
  // has no bound), so one day short is unknown; ruled out when the list starts at birth.
  p.therapies_recorded_since = date(2010, 1, 1);
  BOOST_TEST(at(year_of_therapy{}, p) == U);
  p.therapies_recorded_since = date(1980, 3, 1);
  p.therapies = {course(therapy_class::immunomodulator, date(2013, 1, 5), std::nullopt)};
  BOOST_TEST(at(year_of_therapy{}, p) == M); // ongoing, one year at screening
  p.therapies = {course(therapy_class::immunomodulator, date(2013, 1, 6), std::nullopt)};
  BOOST_TEST(at(year_of_therapy{}, p) == N);
  p.therapies = {course(therapy_class::immunosuppressant, date(2012, 2, 29), date(2013, 2, 28))};
  BOOST_TEST(at(year_of_therapy{}, p) == M); // 2012-02-29 + 1 year = 2013-02-28 (clamped)
  p.therapies = {course(therapy_class::corticosteroid, date(2008, 1, 1), std::nullopt)};
  BOOST_TEST(at(year_of_therapy{}, p) == N); // another class
  // Without a birth date a look-back without bound never ends: unknown.
  p.birth_date.reset();
  BOOST_TEST(at(year_of_therapy{}, p) == U);
  BOOST_TEST(year_of_therapy{}.describe() ==
             "at least 1 year of immunosuppressant or immunomodulator therapy in one continuous course on or before screening");
}

BOOST_AUTO_TEST_CASE(therapy_duration_rules) {
  using trialspec::therapy_class;
  patient p;
  p.birth_date = date(1980, 3, 1);
  p.therapies_recorded_since = date(1980, 3, 1);
  // Two 6-month courses with a gap: no continuous year, but more than a year since the first.
  p.therapies = {course(therapy_class::immunosuppressant, date(2012, 1, 1), date(2012, 7, 1)),
                 course(therapy_class::immunomodulator, date(2013, 1, 1), date(2013, 7, 1))};
  BOOST_TEST(at(year_of_therapy{}, p) == N);
  BOOST_TEST(at(year_since_first{}, p) == M);
  // The reason of a year not reached names the rule that was applied.
  const std::string course_reason(checked(year_of_therapy{}).evaluate(p, ctx).reason());
  BOOST_TEST(course_reason.find("no 1 year of immunosuppressant or immunomodulator therapy in one course ") == 0u,
             course_reason);
  p.therapies = {course(therapy_class::immunosuppressant, date(2013, 1, 6), date(2013, 3, 1))};
  BOOST_TEST(at(year_since_first{}, p) == N); // first start 2013-01-06, one day short of a year at 2014-01-05
  const std::string first_start_reason(checked(year_since_first{}).evaluate(p, ctx).reason());
  BOOST_TEST(first_start_reason.find("no 1 year of immunosuppressant or immunomodulator therapy since a first start ") == 0u,
             first_start_reason);
  p.therapies_recorded_since = date(2013, 1, 1); // an earlier unlisted first start is possible
  BOOST_TEST(at(year_since_first{}, p) == U);
}

BOOST_AUTO_TEST_SUITE_END()
