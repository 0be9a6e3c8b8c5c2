// trialspec/testing.hpp - everything in testing/: the patient builder, Boost.Test checks that
// print reason trees, boundary cases from thresholds and windows, synthetic cohorts, and date
// printing for failed assertions. Needs Boost.Test; not part of trialspec/trialspec.hpp.
#pragma once

#include <trialspec/testing/boundary.hpp>
#include <trialspec/testing/checks.hpp>
#include <trialspec/testing/patient_builder.hpp>
#include <trialspec/testing/print.hpp>
#include <trialspec/testing/random.hpp>
#include <trialspec/testing/synthetic_cohort.hpp>
