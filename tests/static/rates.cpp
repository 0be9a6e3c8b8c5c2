// Compile-time facts of the rates vocabulary.
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/rates/kaplan_meier.hpp>

static_assert(trialspec::default_attack_gap_days == 30, "onsets less than 30 days apart are one attack by default");
static_assert(trialspec::rates::to_string(trialspec::rates::conf_type::log) == "log");
static_assert(trialspec::rates::to_string(trialspec::rates::conf_type::log_log) == "log-log");
static_assert(trialspec::rates::to_string(trialspec::rates::conf_type::plain) == "plain");
// The worst-severity rule of merged attacks relies on this order.
static_assert(trialspec::relapse_severity::unknown < trialspec::relapse_severity::mild &&
              trialspec::relapse_severity::mild < trialspec::relapse_severity::moderate &&
              trialspec::relapse_severity::moderate < trialspec::relapse_severity::severe);
