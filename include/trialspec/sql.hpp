// trialspec/sql.hpp - criteria as SQL over the OMOP Common Data Model (v5.4): the dialect, the
// vocabulary mapping, each criterion's expression, the per-person and counts queries, the OMOP
// export of records. Above eligibility/; no screening header includes it; no run-time
// dependency (the SQL is text).
#pragma once

#include <trialspec/sql/core_criteria.hpp>
#include <trialspec/sql/dialect.hpp>
#include <trialspec/sql/expression.hpp>
#include <trialspec/sql/omop_export.hpp>
#include <trialspec/sql/query.hpp>
#include <trialspec/sql/relapse_criteria.hpp>
#include <trialspec/sql/vocabulary.hpp>
#include <trialspec/sql/writer.hpp>
