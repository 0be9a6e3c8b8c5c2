// NCT02249676 under each reading the `screen` and `criteria` subcommands accept. Every policy is
// instantiated here and only here; the subcommands see the non-template functions declared in
// screen_readings.hpp.
#include "screen_readings.hpp"

#include "screen_cohort.hpp"

#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/progression/thresholds.hpp>
#include <trialspec/protocols/nct02249676.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace trialspec_cli::nct02249676_readings {

namespace {

namespace nct = trialspec::protocols::nct02249676;
namespace el = trialspec::eligibility;

struct age_18_to_80 : nct::registry_reading {
  static constexpr auto age = nct::age_reading::from_18_up_to_80;
};
struct age_over_18 : nct::registry_reading {
  static constexpr auto age = nct::age_reading::over_18_no_upper_limit;
};
struct severity_any : nct::registry_reading {
  static constexpr auto severity = nct::severity_reading::any_relapse;
};
struct therapy_continuous : nct::registry_reading {
  static constexpr auto therapy_duration = nct::therapy_duration_reading::continuous_course;
};
struct counts_exactly_one : nct::registry_reading {
  static constexpr auto counts = nct::count_reading::exactly_one;
};
struct gd_any : nct::registry_reading {
  static constexpr auto gd_doses = nct::gd_dose_reading::any_dose_both;
};
struct gd_double_or_triple : nct::registry_reading {
  static constexpr auto gd_doses = nct::gd_dose_reading::double_or_triple_both;
};
struct bp_both : nct::registry_reading {
  static constexpr auto blood_pressure = nct::bp_reading::systolic_and_diastolic;
};
struct washout_infusion : nct::registry_reading {
  static constexpr auto washout = nct::washout_reference::infusion;
};
struct thresholds_standard : nct::registry_reading {
  using progression_thresholds = trialspec::standard_thresholds;
};
struct thresholds_cut55 : nct::registry_reading {
  using progression_thresholds = trialspec::cut55_thresholds;
};
// Q9 and Q10 change the arms and the dose, not the criteria: the criteria type is the registry
// reading's, so these add no instantiation of the criteria.
struct control_as_registered : nct::registry_reading {
  static constexpr auto control_arm = nct::control_arm_reading::as_registered;
};
struct design_publication : nct::registry_reading {
  static constexpr auto design = nct::design_reading::single_arm_fixed_dose;
};
struct attack_gap_0 : nct::registry_reading {
  static constexpr int attack_gap_days = 0;
};
struct recency_3_months : nct::registry_reading {
  static constexpr auto recency = nct::recency_reading::within_3_months;
};
struct single_dose_counts : nct::registry_reading {
  static constexpr auto single_dose = nct::single_dose_evidence::positive_counts;
};
struct corticosteroids_inhibit : nct::registry_reading {
  static constexpr auto corticosteroids = nct::corticosteroid_reading::immune_inhibitors;
};
struct allergies_significant : nct::registry_reading {
  static constexpr auto allergies = nct::allergy_reading::significant_only;
};
// I1 from the clinical history the cohort format carries (diagnosis.history).
struct diagnosis_from_criteria : nct::registry_reading {
  static constexpr auto diagnosis = nct::diagnosis_evidence::diagnostic_criteria;
};
struct evidence_after_therapy_year : nct::registry_reading {
  static constexpr auto evidence_timing = nct::evidence_timing_reading::after_therapy_year;
};

/// Calls f.template operator()<Policy>() with the policy of reading `r`.
template <class F> decltype(auto) with_policy(const reading& r, F&& f) {
  const auto is = [&](const char* option, const char* value) { return r.option == option && r.value == value; };
  if (is("--age", "18-to-80")) return f.template operator()<age_18_to_80>();
  if (is("--age", "over-18")) return f.template operator()<age_over_18>();
  if (is("--severity", "any")) return f.template operator()<severity_any>();
  if (is("--therapy-duration", "continuous")) return f.template operator()<therapy_continuous>();
  if (is("--counts", "exactly-one")) return f.template operator()<counts_exactly_one>();
  if (is("--gd-doses", "any")) return f.template operator()<gd_any>();
  if (is("--gd-doses", "double-or-triple")) return f.template operator()<gd_double_or_triple>();
  if (is("--bp", "both")) return f.template operator()<bp_both>();
  if (is("--washout", "infusion")) return f.template operator()<washout_infusion>();
  if (is("--thresholds", "standard")) return f.template operator()<thresholds_standard>();
  if (is("--thresholds", "cut55")) return f.template operator()<thresholds_cut55>();
  if (is("--control-arm", "as-registered")) return f.template operator()<control_as_registered>();
  if (is("--design", "single-arm-fixed-dose")) return f.template operator()<design_publication>();
  if (is("--attack-gap", "0")) return f.template operator()<attack_gap_0>();
  if (is("--recency", "3-months")) return f.template operator()<recency_3_months>();
  if (is("--single-dose", "positive-counts")) return f.template operator()<single_dose_counts>();
  if (is("--corticosteroids", "immune-inhibitors")) return f.template operator()<corticosteroids_inhibit>();
  if (is("--allergies", "significant")) return f.template operator()<allergies_significant>();
  if (is("--evidence-timing", "after-therapy-year")) return f.template operator()<evidence_after_therapy_year>();
  if (is("--diagnosis", "diagnostic-criteria")) return f.template operator()<diagnosis_from_criteria>();
  return f.template operator()<nct::registry_reading>();
}

template <class Policy>
cohort_screening screen_with(const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain) {
  return screen_cohort_with(nct::criteria<Policy>{}, cohort, as_of, explain);
}

} // namespace

std::string protocol_id() { return std::string(nct::identity::id); }
std::string protocol_title() { return std::string(nct::identity::title); }

cohort_screening screen(const reading& r, const std::vector<trialspec::patient>& cohort, trialspec::date as_of, bool explain) {
  return with_policy(r, [&]<class Policy>() { return screen_with<Policy>(cohort, as_of, explain); });
}

void check_screening_date(const reading& r, trialspec::date as_of) {
  const std::vector<trialspec::patient> nobody(1);
  try {
    (void)screen(r, nobody, as_of, false);
  } catch (const record_error& e) {
    throw trialspec::invalid_input("--as-of", trialspec::to_iso(as_of), e.what());
  }
}

std::string criteria_text(const reading& r) {
  return with_policy(r, []<class Policy>() { return nct::print_criteria<Policy>(); });
}
std::string criteria_markdown(const reading& r) {
  return with_policy(r, []<class Policy>() { return nct::print_criteria_markdown<Policy>(); });
}
std::string criteria_json(const reading& r) {
  return with_policy(r, []<class Policy>() { return el::to_json(nct::criteria<Policy>{}); });
}
std::string policy_description(const reading& r) {
  return with_policy(r, []<class Policy>() { return nct::describe_policy<Policy>(); });
}

} // namespace trialspec_cli::nct02249676_readings
