// trialspec/verdict.hpp - three-valued verdicts (met / not met / unknown) and reasons.
//
// `truth` is the allocation-free value used on hot paths; `verdict` adds a reason a clinician
// can read and the verdicts of the parts it was decided from. Combination follows Kleene's
// strong three-valued logic: unknown && not_met is not_met, unknown || met is met.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec {

/// A three-valued answer. The order not_met < unknown < met makes Kleene's AND the minimum and
/// OR the maximum. There is deliberately no conversion to bool: unknown is not false.
enum class truth : std::uint8_t { not_met = 0, unknown = 1, met = 2 };

constexpr truth to_truth(bool b) noexcept { return b ? truth::met : truth::not_met; }

constexpr truth operator!(truth t) noexcept {
  return t == truth::met ? truth::not_met : t == truth::not_met ? truth::met : truth::unknown;
}
constexpr truth operator&&(truth a, truth b) noexcept { return a < b ? a : b; }
constexpr truth operator||(truth a, truth b) noexcept { return a < b ? b : a; }

constexpr std::string_view to_string(truth t) noexcept {
  switch (t) {
  case truth::met: return "met";
  case truth::not_met: return "not met";
  case truth::unknown: return "unknown";
  }
  return "invalid";
}
inline std::ostream& operator<<(std::ostream& os, truth t) { return os << to_string(t); }

/// How many children were met, not met and unknown.
struct truth_counts {
  std::size_t met = 0;
  std::size_t not_met = 0;
  std::size_t unknown = 0;

  constexpr void add(truth t) noexcept {
    switch (t) {
    case truth::met: ++met; break;
    case truth::not_met: ++not_met; break;
    case truth::unknown: ++unknown; break;
    }
  }
  constexpr std::size_t total() const noexcept { return met + not_met + unknown; }

  /// Met when at least k are met; not met when even every unknown being met would not reach k.
  constexpr truth at_least(std::size_t k) const noexcept {
    if (met >= k) return truth::met;
    if (met + unknown < k) return truth::not_met;
    return truth::unknown;
  }
  /// Met when at most k can be met (met + unknown <= k); not met when more than k are met.
  constexpr truth at_most(std::size_t k) const noexcept {
    if (met > k) return truth::not_met;
    if (met + unknown <= k) return truth::met;
    return truth::unknown;
  }
};

/// At least k of the values are met (Kleene generalisation; see truth_counts::at_least).
constexpr truth at_least(std::size_t k, std::initializer_list<truth> values) noexcept {
  truth_counts c;
  for (truth t : values) c.add(t);
  return c.at_least(k);
}
/// At most k of the values are met.
constexpr truth at_most(std::size_t k, std::initializer_list<truth> values) noexcept {
  truth_counts c;
  for (truth t : values) c.add(t);
  return c.at_most(k);
}

/// A truth value with a reason that names the values it looked at, e.g.
/// "EDSS 3.0 on 2014-01-05 is not above 3.0", and the verdicts of its parts.
class verdict {
public:
  verdict() = default;
  verdict(truth value, std::string reason, std::vector<verdict> children = {})
      : value_(value), reason_(std::move(reason)), children_(std::move(children)) {}

  static verdict met(std::string reason) { return {truth::met, std::move(reason)}; }
  static verdict not_met(std::string reason) { return {truth::not_met, std::move(reason)}; }
  static verdict unknown(std::string reason) { return {truth::unknown, std::move(reason)}; }

  [[nodiscard]] truth value() const noexcept { return value_; }
  [[nodiscard]] bool is_met() const noexcept { return value_ == truth::met; }
  [[nodiscard]] bool is_not_met() const noexcept { return value_ == truth::not_met; }
  [[nodiscard]] bool is_unknown() const noexcept { return value_ == truth::unknown; }
  [[nodiscard]] const std::string& reason() const noexcept { return reason_; }
  [[nodiscard]] const std::vector<verdict>& children() const noexcept { return children_; }

private:
  truth value_ = truth::unknown;
  std::string reason_;
  std::vector<verdict> children_;
};

namespace detail {
inline void render_into(std::string& out, const verdict& v, std::size_t depth) {
  out.append(depth * 2, ' ');
  out += '[';
  out += to_string(v.value());
  out += "] ";
  out += v.reason();
  out += '\n';
  for (const auto& c : v.children()) render_into(out, c, depth + 1);
}
} // namespace detail

/// The reason tree as indented text, one verdict per line: "[not met] all of: ...".
inline std::string render(const verdict& v) {
  std::string out;
  detail::render_into(out, v, 0);
  return out;
}
inline std::ostream& operator<<(std::ostream& os, const verdict& v) { return os << render(v); }

/// Kleene AND of two verdicts; the result keeps both as children.
inline verdict operator&&(verdict a, verdict b) {
  const truth t = a.value() && b.value();
  return {t, "all of", {std::move(a), std::move(b)}};
}
/// Kleene OR of two verdicts; the result keeps both as children.
inline verdict operator||(verdict a, verdict b) {
  const truth t = a.value() || b.value();
  return {t, "any of", {std::move(a), std::move(b)}};
}
/// Negation keeps the negated verdict as its child.
inline verdict operator!(verdict a) {
  const truth t = !a.value();
  return {t, "not", {std::move(a)}};
}

/// At least k of the verdicts are met.
inline verdict at_least(std::size_t k, std::vector<verdict> parts) {
  truth_counts c;
  for (const auto& p : parts) c.add(p.value());
  return {c.at_least(k), "at least " + std::to_string(k) + " of " + std::to_string(parts.size()),
          std::move(parts)};
}

} // namespace trialspec
