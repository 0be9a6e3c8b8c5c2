// trialspec/sql/core_criteria.hpp - a criteria set made only of built-in criteria that state
// their SQL, with every combinator: what `trialspec sql --protocol sql-core` renders and the
// differential test screens both ways. It is not a trial's protocol; of the bundled protocols only
// SAkuraStar, SAkuraSky, PREVENT, N-MOmentum, NCT02249676 and CHAMPION-NMOSD have SQL for all
// their criteria so far (README, "Running on an OMOP database").
#pragma once

#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/criteria/demographics.hpp>
#include <trialspec/eligibility/criteria/diagnosis.hpp>
#include <trialspec/eligibility/criteria/edss.hpp>
#include <trialspec/eligibility/criteria/status.hpp>
#include <trialspec/eligibility/criteria/therapy.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/named.hpp>

namespace trialspec::sql {

namespace core_detail {
namespace el = trialspec::eligibility;
using i1 = el::named<"I1", "Age 18 or older", el::age_at_least<18>>;
using i2 = el::named<"I2", "Age 18 to 55", el::age_between<18, 55>>;
using i3 = el::named<"I3", "Diagnosis of NMO or NMOSD", el::diagnosis_is<diagnosis_kind::nmo, diagnosis_kind::nmosd>>;
using i4 = el::named<"I4", "AQP4-IgG positive, or a woman below 60",
                     el::any_of<el::aqp4_igg_is<aqp4_status::positive>, el::all_of<el::sex_is<sex::female>, el::age_below<60>>>>;
using i5 = el::named<"I5", "At most one of: male, above 50, AQP4-IgG negative",
                     el::at_most<1, el::sex_is<sex::male>, el::age_above<50>, el::aqp4_igg_is<aqp4_status::negative>>>;
using i6 = el::named<"I6", "Latest EDSS at most 6.5", el::edss_latest<el::comparison::less_equal, el::edss_threshold(edss::from_half_steps(13))>>;
using i7 = el::named<"I7", "Able to consent", el::able_to_consent>;
using e8 = el::named<"E8", "Unable to consent", el::unable_to_consent>;
using e9 = el::named<"E9", "Judged unsuitable", el::judged_unsuitable>;
using e1 = el::named<"E1", "Immunosuppressant or immunomodulator in the 3 months before screening",
                     el::therapy_exposure<el::immunotherapy, within_before(months{3})>>;
using e2 = el::named<"E2", "A corticosteroid at any time before screening",
                     el::therapy_exposure<el::therapy_class_set{therapy_class::corticosteroid}, on_or_before_reference>>;
using e3 = el::named<"E3", "At least two of: multiple sclerosis, above 45, a man",
                     el::at_least<2, el::diagnosis_is<diagnosis_kind::multiple_sclerosis>, el::age_above<45>, el::sex_is<sex::male>>>;
using e4 = el::named<"E4", "Another diagnosis, unless AQP4-IgG negative",
                     el::all_of<el::diagnosis_is<diagnosis_kind::other>, el::not_<el::aqp4_igg_is<aqp4_status::negative>>>>;
using e6 = el::named<"E6", "Pregnant or possibly pregnant", el::pregnant<true>>;
using e7 = el::named<"E7", "Pregnant", el::pregnant<false>>;
using e5 = el::named<"E5", "Latest EDSS of the 12 months before screening above 7.5",
                     el::edss_latest<el::comparison::greater, el::edss_threshold(edss::from_half_steps(15)), within_before(months{12})>>;
} // namespace core_detail

/// The criteria set (see the header's comment).
using core_criteria = eligibility::eligibility_criteria<
    eligibility::inclusion<core_detail::i1, core_detail::i2, core_detail::i3, core_detail::i4, core_detail::i5, core_detail::i6,
                           core_detail::i7>,
    eligibility::exclusion<core_detail::e1, core_detail::e2, core_detail::e3, core_detail::e4, core_detail::e5,
                           core_detail::e6, core_detail::e7, core_detail::e8, core_detail::e9>>;

} // namespace trialspec::sql
