// trialspec/trialspec.hpp - umbrella header: everything but trialspec/testing/.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/verdict.hpp>

#include <trialspec/edss.hpp>
#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/clinical/relapse.hpp>

#include <trialspec/progression/thresholds.hpp>
#include <trialspec/progression/options.hpp>
#include <trialspec/progression/confirmed.hpp>

#include <trialspec/rates.hpp>

#include <trialspec/clinical/patient.hpp>
#include <trialspec/eligibility.hpp>

#include <trialspec/diagnosis/diagnostic_criteria.hpp>
#include <trialspec/diagnosis/nmo_2006.hpp>
#include <trialspec/diagnosis/nmosd_2015.hpp>

#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocol/safety.hpp>
#include <trialspec/protocols/nct02249676.hpp>
