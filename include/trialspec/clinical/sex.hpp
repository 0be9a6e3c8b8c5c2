// trialspec/clinical/sex.hpp - sex as recorded at screening.
#pragma once

#include <trialspec/enum_names.hpp>

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Sex as recorded. A record that does not state it holds std::optional<sex>{}.
enum class sex : std::uint8_t { female, male, other };

/// Words (also the file tokens) of each sex (trialspec/enum_names.hpp).
inline constexpr auto sex_names = name_table<sex::other>({
    {sex::female, "female"},
    {sex::male, "male"},
    {sex::other, "other"},
});
constexpr const auto& names_of(sex) noexcept { return sex_names; }
constexpr std::string_view to_string(sex s) noexcept { return sex_names.words(s); }
inline std::ostream& operator<<(std::ostream& os, sex s) { return os << to_string(s); }

} // namespace trialspec
