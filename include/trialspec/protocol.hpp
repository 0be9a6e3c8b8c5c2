// trialspec/protocol.hpp - everything in protocol/: the generic protocol (arms, doses and dose
// schedules, windows, visits, outcomes, adverse events), the cell-therapy specifics (cell doses,
// premedication and infusion, order sheets) and the safety comparison.
//
// cell_therapy/order_sheet.hpp uses Boost.Date_Time's posix_time. A protocol header alone
// (protocol/protocol.hpp, protocol/cell_therapy/protocol.hpp) includes neither.
#pragma once

#include <trialspec/protocol/adverse_events.hpp>
#include <trialspec/protocol/arm.hpp>
#include <trialspec/protocol/cell_therapy/administration.hpp>
#include <trialspec/protocol/cell_therapy/cell_dose.hpp>
#include <trialspec/protocol/cell_therapy/order_sheet.hpp>
#include <trialspec/protocol/cell_therapy/protocol.hpp>
#include <trialspec/protocol/dose.hpp>
#include <trialspec/protocol/dose_schedule.hpp>
#include <trialspec/protocol/outcomes.hpp>
#include <trialspec/protocol/protocol.hpp>
#include <trialspec/protocol/route.hpp>
#include <trialspec/protocol/safety.hpp>
#include <trialspec/protocol/time_to_first_relapse.hpp>
#include <trialspec/protocol/time_to_relapse.hpp>
#include <trialspec/protocol/visits.hpp>
#include <trialspec/protocol/windows.hpp>
