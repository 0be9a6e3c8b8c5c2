// trialspec/clinical/labs.hpp - laboratory results that eligibility criteria read.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/enum_names.hpp>

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Tests with a qualitative result.
enum class lab_test : std::uint8_t { hiv, tumour_marker, other };

/// A qualitative result. `indeterminate` is a result that decides nothing (equivocal assay).
enum class lab_outcome : std::uint8_t { negative, positive, indeterminate };

/// Words and file tokens of each test (trialspec/enum_names.hpp). Files use US spelling
/// (`tumor_marker`).
inline constexpr auto lab_test_names = name_table<lab_test::other>({
    {lab_test::hiv, "HIV", "hiv"},
    {lab_test::tumour_marker, "tumour marker", "tumor_marker"},
    {lab_test::other, "other test", "other"},
});
/// Words (also the file tokens) of each result.
inline constexpr auto lab_outcome_names = name_table<lab_outcome::indeterminate>({
    {lab_outcome::negative, "negative"},
    {lab_outcome::positive, "positive"},
    {lab_outcome::indeterminate, "indeterminate"},
});
constexpr const auto& names_of(lab_test) noexcept { return lab_test_names; }
constexpr const auto& names_of(lab_outcome) noexcept { return lab_outcome_names; }
constexpr std::string_view to_string(lab_test t) noexcept { return lab_test_names.words(t); }
constexpr std::string_view to_string(lab_outcome o) noexcept { return lab_outcome_names.words(o); }
inline std::ostream& operator<<(std::ostream& os, lab_test t) { return os << to_string(t); }
inline std::ostream& operator<<(std::ostream& os, lab_outcome o) { return os << to_string(o); }

/// One laboratory result. The date may be known only to the month or the year (a partial_date).
struct lab_result {
  lab_test test = lab_test::other;
  lab_outcome outcome = lab_outcome::indeterminate;
  partial_date on = date{};
  friend bool operator==(const lab_result&, const lab_result&) = default;
};

} // namespace trialspec
