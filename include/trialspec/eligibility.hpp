// trialspec/eligibility.hpp - everything in eligibility/: the criterion concept,
// combinators, built-in criteria, the eligibility rule, reports and printing.
//
// Note: trialspec::at_least / at_most (functions over truth values, verdict.hpp) and
// trialspec::eligibility::at_least / at_most (combinator types) share names; with both
// namespaces open, qualify them (or use `namespace el = trialspec::eligibility;`).
#pragma once

#include <trialspec/clinical/patient.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/cohort.hpp>
#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/background_therapy.hpp>
#include <trialspec/eligibility/criteria/body_weight.hpp>
#include <trialspec/eligibility/criteria/conditions.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/diagnosis_from_history.hpp>
#include <trialspec/eligibility/criteria/disease_duration.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/evidence_after_therapy.hpp>
#include <trialspec/eligibility/criteria/functional_systems.hpp>
#include <trialspec/eligibility/criteria/judgement.hpp>
#include <trialspec/eligibility/criteria/labs.hpp>
#include <trialspec/eligibility/criteria/mri.hpp>
#include <trialspec/eligibility/criteria/ms_diagnosis.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/eligibility/criteria/reproductive.hpp>
#include <trialspec/eligibility/criteria/rescue_therapy.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/criteria/therapy.hpp>
#include <trialspec/eligibility/criteria/vitals.hpp>
#include <trialspec/eligibility/criteria/washout.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/latest_dated.hpp>
#include <trialspec/eligibility/fixed_string.hpp>
#include <trialspec/eligibility/flag_set.hpp>
#include <trialspec/eligibility/match.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/parallel.hpp>
#include <trialspec/eligibility/print.hpp>
#include <trialspec/eligibility/report.hpp>
#include <trialspec/eligibility/self_check.hpp>
