// trialspec/calendar.hpp - dates, calendar durations, closed intervals and windows relative to a
// reference date: everything in calendar/.
//
//   calendar/date.hpp        the date type (boost::gregorian::date) and the supported years
//   calendar/duration.hpp    days, weeks, months, years
//   calendar/text.hpp        ISO 8601 text: parse_date, to_iso, append_iso, write_iso; make_date
//   calendar/arithmetic.hpp  date + duration, days_between, age_in_years
//   calendar/interval.hpp    date_interval, person_years
//   calendar/window.hpp      relative_window: within_before, at_least_after, between, ...
//   calendar/partial_date.hpp  partial_date: a date known to the day, the month or the year
//
// Semantics (see README, "Calendar"):
//  - Dates are boost::gregorian::date, from 1400-01-01 to 9999-12-31; no arithmetic leaves them.
//  - Month and year arithmetic clamps to the last day of the month, as HL7 CQL does:
//    2024-01-31 + 1 month = 2024-02-29, 2024-02-29 + 1 year = 2025-02-28. It never snaps to the
//    end of the month the way boost::gregorian::months does (2023-02-28 + 1 month = 2023-03-28).
//  - A window such as "within 18 months before R" is the closed interval [R - 18 months, R].
//  - Age is in completed years; a 29 February birthday is reached on 28 February in common years.
//  - Person-time in years is days / 365.25.
#pragma once

#include <trialspec/calendar/arithmetic.hpp>
#include <trialspec/calendar/date.hpp>
#include <trialspec/calendar/duration.hpp>
#include <trialspec/calendar/interval.hpp>
#include <trialspec/calendar/partial_date.hpp>
#include <trialspec/calendar/text.hpp>
#include <trialspec/calendar/window.hpp>
