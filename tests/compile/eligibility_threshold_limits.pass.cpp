// Every criterion's template thresholds at the limits it takes, which must compile: ages 0 and
// 150 and a one-year range (18 to 18), disease durations 0 and 100 years, pyramidal grades 1 and 6,
// counts of 0 (relapses, rescue-treated relapses, agents) with an attack gap of 0 days, a stable
// dose for 0 days, one day of therapy, one lesion, blood pressures of 2 and 1 mmHg (the diastolic below the systolic), one-character
// judgement keys, one-element lists, a one-row table, one day of therapy before evidence. (The limits are the static_asserts' own messages.)
#include <trialspec/eligibility.hpp>

namespace el = trialspec::eligibility;
using namespace trialspec;
using namespace trialspec::literals;

struct uses {
  el::age<el::comparison::greater_equal, 0> age_0;
  el::age<el::comparison::less_equal, 150> age_150;
  el::age_between<0, 150> ages_all;
  el::age_between<18, 18> ages_18;
  el::disease_duration<el::comparison::greater_equal, 0> duration_0;
  el::disease_duration<el::comparison::less_equal, 100> duration_100;
  el::pyramidal_lower_limb_at_least<1> grade_1;
  el::pyramidal_lower_limb_at_least<6> grade_6;
  el::relapse_count<el::comparison::equal, 0, on_or_before_reference, el::any_severity, el::reference_point::screening, 0> none_gap_0;
  el::rescue_treated_relapse_count<el::comparison::equal, 0, within_before(years{1})> no_rescue;
  el::concurrent_agents<el::agent_set{therapy_agent::azathioprine}, el::comparison::equal, 0> no_agent;
  el::stable_dose<el::agent_set{therapy_agent::azathioprine}, days{0}> stable_0;
  el::therapy_duration<days{1}, el::immunotherapy> therapy_1_day;
  el::gd_enhancing_lesions<1, within_before(months{3})> gd_1;
  el::new_t2_lesions<1, within_before(months{3})> t2_1;
  el::blood_pressure_at_least<2, 1> pressure_2_1;
  el::investigator_judgement<"k", "q"> judgement_1;
  el::diagnosis_is<diagnosis_kind::nmo> one_diagnosis;
  el::diagnosed_with<diagnostic_standard::ipnd2015> one_standard;
  el::aqp4_igg_is<aqp4_status::negative> aqp4_negative;
  el::ms_course_is<ms_course::rrms> one_course;
  el::mcdonald_is<mcdonald_version::mcdonald2017> one_revision;
  el::lab_result_is<lab_test::hiv, lab_outcome::negative> lab_negative;
  el::washout_table<el::agent_exposure<el::agent_set{therapy_agent::ivig}, within_before(weeks{3})>> one_row;
  el::evidence_after_therapy<days{1}, el::immunotherapy, el::duration_rule::since_first_start, el::relapses_in_last<1, months{18}>> evidence_1_day;
  el::disease_duration_by_edss<el::edss_row(el::comparison::greater_equal, 0.0_edss, el::comparison::less_equal, 12)> one_edss_row;
};

int main() { uses u; (void)u; }
