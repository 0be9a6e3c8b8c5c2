// trialspec/clinical.hpp - everything in clinical/: the clinical vocabulary (EDSS functional
// systems, relapses and attacks, MRI, therapies, conditions, labs, vitals, pregnancy, the recorded
// diagnosis) and the record concept with the default patient record.
#pragma once

#include <trialspec/clinical/agents.hpp>
#include <trialspec/clinical/attacks.hpp>
#include <trialspec/clinical/body_weight.hpp>
#include <trialspec/clinical/conditions.hpp>
#include <trialspec/clinical/diagnosis_record.hpp>
#include <trialspec/clinical/diagnostic_findings.hpp>
#include <trialspec/clinical/fs_assessment.hpp>
#include <trialspec/clinical/functional_systems.hpp>
#include <trialspec/clinical/judgements.hpp>
#include <trialspec/clinical/labs.hpp>
#include <trialspec/clinical/mri.hpp>
#include <trialspec/clinical/patient.hpp>
#include <trialspec/clinical/pregnancy.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/clinical/relapse.hpp>
#include <trialspec/clinical/reproductive.hpp>
#include <trialspec/clinical/sex.hpp>
#include <trialspec/clinical/therapy.hpp>
#include <trialspec/clinical/vitals.hpp>
