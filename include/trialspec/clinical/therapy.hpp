// trialspec/clinical/therapy.hpp - disease-modifying and other therapies, with their course.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/agents.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/text.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace trialspec {

/// Broad class of a therapy, as eligibility criteria name them ("immunosuppressive or
/// immunomodulating therapy").
enum class therapy_class : std::uint8_t { immunosuppressant, immunomodulator, corticosteroid, other };

/// Words (also the file tokens) of each class (trialspec/enum_names.hpp).
inline constexpr auto therapy_class_names = name_table<therapy_class::other>({
    {therapy_class::immunosuppressant, "immunosuppressant"},
    {therapy_class::immunomodulator, "immunomodulator"},
    {therapy_class::corticosteroid, "corticosteroid"},
    {therapy_class::other, "other"},
});
constexpr const auto& names_of(therapy_class) noexcept { return therapy_class_names; }
constexpr std::string_view to_string(therapy_class c) noexcept { return therapy_class_names.words(c); }
inline std::ostream& operator<<(std::ostream& os, therapy_class c) { return os << to_string(c); }

namespace detail {
struct agent_classes {
  therapy_class first;            ///< the class a course takes when it names only its agent
  bool also_immunomodulator;      ///< MS disease-modifying drugs: immunomodulator is accepted too
  bool any_class;                 ///< investigational: any class
};
constexpr agent_classes classes_of(therapy_agent a) noexcept {
  using enum therapy_agent;
  constexpr therapy_class is = therapy_class::immunosuppressant;
  switch (a) {
  case ivig:
  case interferon_beta:
  case glatiramer_acetate: return {therapy_class::immunomodulator, false, false};
  case oral_corticosteroid:
  case iv_corticosteroid: return {therapy_class::corticosteroid, false, false};
  case plasma_exchange:
  case total_body_irradiation:
  case bone_marrow_transplantation: return {therapy_class::other, false, false};
  case natalizumab:
  case fingolimod:
  case ocrelizumab:
  case ofatumumab:
  case teriflunomide:
  case dimethyl_fumarate:
  case alemtuzumab:
  case cladribine: return {is, true, false};
  case investigational: return {therapy_class::other, false, true};
  default: return {is, false, false};
  }
}
} // namespace detail

/// The class a course of `a` takes when the record names only the agent (agents.hpp).
constexpr therapy_class default_class(therapy_agent a) noexcept { return detail::classes_of(a).first; }

/// Whether a course of `a` may be recorded under class `c` (agents.hpp).
constexpr bool class_fits(therapy_agent a, therapy_class c) noexcept {
  const auto k = detail::classes_of(a);
  return k.any_class || c == k.first || (k.also_immunomodulator && c == therapy_class::immunomodulator);
}

/// One course of a therapy. No `end` means the course is ongoing. `agent`, when the course is one
/// of the named agents (agents.hpp); `stable_since`, the date of the course's last dose change
/// (absent: not recorded).
struct therapy {
  std::string name{};
  therapy_class kind = therapy_class::other;
  date start{};
  std::optional<date> end{};
  std::optional<therapy_agent> agent{};
  std::optional<date> stable_since{};

  /// Throws invalid_input when the course ends before it starts, when its class does not fit its
  /// agent, or when its last dose change is outside the course.
  void validate() const {
    if (end && *end < start)
      throw invalid_input("therapy end", to_iso(*end), trialspec::detail::cat("ends before its start ", to_iso(start), " (", name, ")"));
    if (agent && !class_fits(*agent, kind))
      throw invalid_input("therapy class", std::string(to_string(kind)),
                          trialspec::detail::cat("does not fit the agent ", to_string(*agent), " (expected ",
                              std::string(to_string(default_class(*agent))),
                              (detail::classes_of(*agent).also_immunomodulator ? " or immunomodulator)" : ")")));
    if (stable_since && (*stable_since < start || (end && *stable_since > *end)))
      throw invalid_input("therapy stable_since", to_iso(*stable_since),
                          trialspec::detail::cat("the last dose change must lie within the course ", to_iso(start), " to ",
                              (end ? to_iso(*end) : std::string("ongoing")), " (", name, ")"));
  }
  friend bool operator==(const therapy&, const therapy&) = default;
};

} // namespace trialspec
