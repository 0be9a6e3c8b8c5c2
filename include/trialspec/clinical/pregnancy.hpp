// trialspec/clinical/pregnancy.hpp - pregnancy status at screening.
#pragma once

#include <trialspec/enum_names.hpp>

#include <cstdint>
#include <ostream>
#include <string_view>

namespace trialspec {

/// Pregnancy status. `unknown` is the explicit "not established" (no test, no history); a
/// protocol excluding "pregnant or possibly pregnant" cannot decide on it.
enum class pregnancy_status : std::uint8_t { unknown, not_pregnant, possibly_pregnant, pregnant };

/// Words and file tokens of each status (trialspec/enum_names.hpp). Files state `unknown` by
/// leaving the key out, so it has no token.
inline constexpr auto pregnancy_status_names = name_table<pregnancy_status::pregnant>({
    {pregnancy_status::unknown, "unknown", no_token},
    {pregnancy_status::not_pregnant, "not pregnant", "not_pregnant"},
    {pregnancy_status::possibly_pregnant, "possibly pregnant", "possibly_pregnant"},
    {pregnancy_status::pregnant, "pregnant"},
});
constexpr const auto& names_of(pregnancy_status) noexcept { return pregnancy_status_names; }
constexpr std::string_view to_string(pregnancy_status s) noexcept { return pregnancy_status_names.words(s); }
inline std::ostream& operator<<(std::ostream& os, pregnancy_status s) { return os << to_string(s); }

} // namespace trialspec
