// trialspec/rates.hpp - everything about relapse rates and time to relapse.
#pragma once

#include <trialspec/rates/followup.hpp>
#include <trialspec/rates/kaplan_meier.hpp>
#include <trialspec/rates/logrank.hpp>
#include <trialspec/rates/person_time.hpp>
#include <trialspec/rates/poisson_interval.hpp>
#include <trialspec/rates/pre_post.hpp>
#include <trialspec/rates/rate_ratio.hpp>
#include <trialspec/rates/regression.hpp>
#include <trialspec/rates/wilcoxon.hpp>
