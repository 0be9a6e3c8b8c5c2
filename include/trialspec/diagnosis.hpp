// trialspec/diagnosis.hpp - everything in diagnosis/: the clinical history, Wingerchuk 2006 definite
// NMO, the Wingerchuk 2007 NMO spectrum, IPND 2015 NMOSD and the DiagnosticCriteria concept. As eligibility criteria they are in
// trialspec/eligibility.hpp (eligibility/criteria/diagnosis_from_history.hpp).
#pragma once

#include <trialspec/diagnosis/diagnostic_criteria.hpp>
#include <trialspec/diagnosis/nmo_2006.hpp>
#include <trialspec/diagnosis/nmo_spectrum_2007.hpp>
#include <trialspec/diagnosis/nmosd_2015.hpp>
