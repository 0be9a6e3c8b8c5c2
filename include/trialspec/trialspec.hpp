// trialspec/trialspec.hpp - umbrella header: everything but trialspec/testing/.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/error.hpp>
#include <trialspec/verdict.hpp>
