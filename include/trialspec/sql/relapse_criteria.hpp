// trialspec/sql/relapse_criteria.hpp - relapse_count in each of its forms that the SQL must
// reproduce exactly (comparisons, severity filters, attack gaps 30, 15, 1 and 0, a window without
// a first day): what `trialspec sql --protocol sql-relapses` renders and the hand cases and the
// differential test screen both ways. Not a trial's protocol.
#pragma once

#include <trialspec/eligibility/comparison.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/criteria/relapse_history.hpp>
#include <trialspec/eligibility/criteria/relapses.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>

namespace trialspec::sql {

namespace relapse_detail {
namespace el = trialspec::eligibility;
using el::comparison;
constexpr auto screening = el::reference_point::screening;
using i1 = el::named<"I1", "At least 1 relapse in the last 12 months (attacks: reports less than 30 days apart)", el::relapses_in_last<1, months{12}>>;
using i2 = el::named<"I2", "At least 1 moderate or severe relapse in the last 12 months",
                     el::relapse_count<comparison::greater_equal, 1, within_before(months{12}), el::moderate_or_severe>>;
using i3 = el::named<"I3", "At most 1 relapse report in the last 12 months (each report counted)",
                     el::relapse_count<comparison::less_equal, 1, within_before(months{12}), el::any_severity, screening, 0>>;
using i4 = el::named<"I4", "At least 2 severe relapses in the last 24 months (reports less than 15 days apart are one attack)",
                     el::relapse_count<comparison::greater_equal, 2, within_before(months{24}), el::severe_only, screening, 15>>;
using i5 = el::named<"I5", "More than 0 relapses on or before screening",
                     el::relapse_count<comparison::greater, 0, on_or_before_reference>>;
using i6 = el::named<"I6", "Exactly 1 mild relapse in the last 12 months",
                     el::relapse_count<comparison::equal, 1, within_before(months{12}), el::severity_set{relapse_severity::mild}>>;
using i7 = el::named<"I7", "Fewer than 2 relapses in the last 12 months (reports on one day are one attack)",
                     el::relapse_count<comparison::less, 2, within_before(months{12}), el::any_severity, screening, 1>>;
} // namespace relapse_detail

/// The criteria set (see the header's comment).
using relapse_criteria = eligibility::eligibility_criteria<
    eligibility::inclusion<relapse_detail::i1, relapse_detail::i2, relapse_detail::i3, relapse_detail::i4, relapse_detail::i5, relapse_detail::i6,
                           relapse_detail::i7>,
    eligibility::exclusion<>>;

} // namespace trialspec::sql
