// trialspec/progression/thresholds.hpp - baseline-dependent EDSS change thresholds as
// compile-time tables.
//
// A threshold table maps a baseline EDSS to the minimum change that counts as worsening (or,
// downwards, as improvement). Tables are types built from rows known at compile time; a table
// knows whether it defines a threshold for every baseline (`complete`). A baseline it does not
// cover is never given a guessed threshold: a change from it is decided over every threshold the
// gap could take (possible_thresholds) and is `unknown`, with a reason, only where that set
// disagrees.
//
// Named tables:
//  - standard_thresholds: +1.5 from baseline 0, +1.0 for 1.0-5.0, +0.5 for 5.5-10.0 (the common
//    confirmed-disability-worsening definition, e.g. Kappos et al. 2020, JAMA Neurol 77:1132).
//  - cut55_thresholds: +1.5 from 0, +1.0 for 1.0-5.5, +0.5 for 6.0-10.0.
// A protocol's own table lives in its folder (protocols/nct02249676/thresholds.hpp keeps the seed
// trial's gap at baselines 5.0 and 5.5).
#pragma once

#include <trialspec/edss.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace trialspec {

/// One row of a threshold table: baselines from..to (both included) need at least `minimum`.
/// Stored in half steps so the row is a structural type (a template argument).
struct threshold_row {
  int from_half_steps;
  int to_half_steps;
  int minimum_half_steps;

  constexpr threshold_row(edss from, edss to, edss_change minimum)
      : from_half_steps(from.half_steps()), to_half_steps(to.half_steps()),
        minimum_half_steps(minimum.half_steps()) {
    if (from > to) throw invalid_input("threshold row", row_text(from, to), "a row's first baseline must not be above its last");
    if (minimum.half_steps() <= 0) throw invalid_input("threshold row", minimum.to_string(), "the minimum change must be positive");
  }
  static std::string row_text(edss from, edss to) { return trialspec::detail::cat(from.to_string(), " to ", to.to_string()); }
  [[nodiscard]] constexpr bool covers(edss baseline) const noexcept {
    return from_half_steps <= baseline.half_steps() && baseline.half_steps() <= to_half_steps;
  }
  [[nodiscard]] constexpr edss from() const { return edss::from_half_steps(from_half_steps); }
  [[nodiscard]] constexpr edss to() const { return edss::from_half_steps(to_half_steps); }
  [[nodiscard]] constexpr edss_change minimum() const { return edss_change(minimum_half_steps); }
};

/// A threshold table from rows given in increasing order of baseline, which must not overlap.
template <threshold_row... Rows>
struct threshold_table {
  static constexpr std::array<threshold_row, sizeof...(Rows)> rows{Rows...};

private:
  static constexpr bool rows_ordered_without_overlap() {
    for (std::size_t i = 1; i < rows.size(); ++i)
      if (rows[i].from_half_steps <= rows[i - 1].to_half_steps) return false;
    return true;
  }
  static_assert(sizeof...(Rows) > 0, "a threshold table needs at least one row");
  static_assert(rows_ordered_without_overlap(),
                "threshold table rows must be in increasing order of baseline and must not overlap");

  static constexpr bool all_covered() {
    for (int i = 0; i < edss_scale_size; ++i) {
      bool covered = false;
      for (const auto& r : rows) covered = covered || r.covers(edss_at(i));
      if (!covered) return false;
    }
    return true;
  }

public:
  /// Whether every baseline 0..10.0 has a threshold.
  static constexpr bool complete = all_covered();

  /// The minimum change that counts from `baseline`, or nothing where the table is silent.
  static constexpr std::optional<edss_change> threshold(edss baseline) noexcept {
    for (const auto& r : rows)
      if (r.covers(baseline)) return edss_change(r.minimum_half_steps);
    return std::nullopt;
  }

  /// "+1.5 for baseline 0.0; +1.0 for baselines 1.0 to 5.0; +0.5 for baselines 5.5 to 10.0",
  /// followed by "; no threshold for baselines 5.0 to 5.5" for each gap.
  static std::string describe() {
    using namespace std::string_view_literals;
    std::string s;
    for (const auto& r : rows) {
      if (!s.empty()) s.append("; "sv);
      s += r.minimum().to_string();
      s += r.from_half_steps == r.to_half_steps ? trialspec::detail::cat(" for baseline ", r.from().to_string())
                                                : trialspec::detail::cat(" for baselines ", r.from().to_string(), " to ",
                                                      r.to().to_string());
    }
    for (int i = 0; i < edss_scale_size;) {
      if (threshold(edss_at(i))) {
        ++i;
        continue;
      }
      int j = i;
      while (j + 1 < edss_scale_size && !threshold(edss_at(j + 1))) ++j;
      s += trialspec::detail::cat("; no threshold for ", (i == j ? trialspec::detail::cat("baseline ", edss_at(i).to_string())
                                           : trialspec::detail::cat("baselines ", edss_at(i).to_string(), " to ",
                                                 edss_at(j).to_string())));
      i = j + 1;
    }
    return s;
  }
};

/// A type that maps baselines to minimum changes (any threshold_table, or a user's own type).
template <class T>
concept ThresholdTable = requires(edss baseline) {
  { T::threshold(baseline) } -> std::same_as<std::optional<edss_change>>;
  { T::complete } -> std::convertible_to<bool>;
  { T::describe() } -> std::convertible_to<std::string>;
};

/// A threshold table that defines a threshold for every baseline.
template <class T>
concept CompleteThresholdTable = ThresholdTable<T> && T::complete;

/// For code that cannot work with gaps: `require_complete_thresholds<T>()` fails to compile,
/// stating the rule, when T leaves part of the scale undefined.
template <ThresholdTable T> constexpr void require_complete_thresholds() {
  static_assert(T::complete, "this threshold table leaves part of the EDSS scale without a threshold; "
                             "a complete table is required here");
}

namespace detail {
/// A row from half steps (baseline from, baseline to, minimum change), for the named tables.
constexpr threshold_row threshold_row_in_half_steps(int from, int to, int minimum) {
  return threshold_row(edss::from_half_steps(from), edss::from_half_steps(to), edss_change(minimum));
}
} // namespace detail

/// +1.5 from 0; +1.0 for 1.0-5.0; +0.5 for 5.5-10.0.
using standard_thresholds = threshold_table<detail::threshold_row_in_half_steps(0, 0, 3),
                                            detail::threshold_row_in_half_steps(2, 10, 2),
                                            detail::threshold_row_in_half_steps(11, 20, 1)>;

/// +1.5 from 0; +1.0 for 1.0-5.5; +0.5 for 6.0-10.0.
using cut55_thresholds = threshold_table<detail::threshold_row_in_half_steps(0, 0, 3),
                                         detail::threshold_row_in_half_steps(2, 11, 2),
                                         detail::threshold_row_in_half_steps(12, 20, 1)>;

static_assert(standard_thresholds::complete && cut55_thresholds::complete);

/// The thresholds a change from one baseline could be judged by. Where the table defines a
/// threshold, `least == most` is that threshold. In a gap (a baseline the table leaves without a
/// threshold, as the seed protocol does for 5.0 and 5.5) the threshold is not known, but it is not
/// anything at all: every threshold is a positive change, so at least +0.5, and a gap is read as
/// requiring no more than the larger of the thresholds on either side of it (the seed protocol's
/// gap lies between +1.0 and +0.5). A change below `least` is no worsening whatever the gap
/// means, one reaching `most` is a worsening whatever it means, and only a change in between
/// depends on the protocol's missing wording.
struct possible_thresholds {
  edss_change least;
  edss_change most;
  /// Whether the table defines the threshold (least == most); false in a gap.
  bool defined = true;
};

/// The smallest threshold any table can give: half a point.
inline constexpr edss_change smallest_threshold{1};

namespace detail {
/// possible_thresholds for `baseline` under Table, worked out from the table's rows.
template <ThresholdTable Table> constexpr possible_thresholds compute_thresholds(edss baseline) {
  if (const auto t = Table::threshold(baseline)) return {*t, *t, true};
  int at = 0;
  while (at + 1 < edss_scale_size && edss_at(at) != baseline) ++at;
  std::optional<edss_change> below, above;
  for (int i = at - 1; i >= 0 && !below; --i) below = Table::threshold(edss_at(i));
  for (int i = at + 1; i < edss_scale_size && !above; ++i) above = Table::threshold(edss_at(i));
  edss_change most = smallest_threshold;
  if (below && *below > most) most = *below;
  if (above && *above > most) most = *above;
  return {smallest_threshold, most, false};
}
/// compute_thresholds for every score, by half steps (0 to 20; index 1, EDSS 0.5, does not
/// exist and is never read).
template <ThresholdTable Table> constexpr std::array<possible_thresholds, 21> thresholds_table() {
  std::array<possible_thresholds, 21> table{};
  for (int i = 0; i < edss_scale_size; ++i) table[static_cast<std::size_t>(edss_at(i).half_steps())] = compute_thresholds<Table>(edss_at(i));
  return table;
}
/// Whether Table's thresholds can be worked out at compile time (a threshold_table's can; a
/// user's table whose threshold() is not constexpr cannot, and is searched when asked).
template <class Table>
concept constant_thresholds = requires { typename std::integral_constant<std::size_t, thresholds_table<Table>().size()>; };
/// thresholds_table, worked out once at compile time.
template <ThresholdTable Table> inline constexpr auto thresholds_by_half_steps = thresholds_table<Table>();
} // namespace detail

/// possible_thresholds for `baseline` under Table.
template <ThresholdTable Table> constexpr possible_thresholds thresholds_for(edss baseline) {
  if constexpr (detail::constant_thresholds<Table>)
    return detail::thresholds_by_half_steps<Table>[static_cast<std::size_t>(baseline.half_steps())];
  else
    return detail::compute_thresholds<Table>(baseline);
}

/// A change judged against possible thresholds: met when it reaches the largest, not met below
/// the smallest, unknown in between (only possible in a table's gap).
constexpr truth judge_change(edss_change change, const possible_thresholds& t) noexcept {
  if (change >= t.most) return truth::met;
  if (change < t.least) return truth::not_met;
  return truth::unknown;
}

/// Worsening without a reason (no allocation): met when later - baseline reaches the threshold
/// for the baseline. In a gap of the table, decided over every threshold the gap could take
/// (possible_thresholds): not met below +0.5, met from the largest, unknown in between.
template <ThresholdTable Table = standard_thresholds>
constexpr truth worsening_truth(edss baseline, edss later, Table = {}) noexcept {
  return judge_change(later - baseline, thresholds_for<Table>(baseline));
}

/// Improvement without a reason: met when baseline - later reaches the threshold for the
/// baseline; a gap is decided as in worsening_truth.
template <ThresholdTable Table = standard_thresholds>
constexpr truth improvement_truth(edss baseline, edss later, Table = {}) noexcept {
  return judge_change(baseline - later, thresholds_for<Table>(baseline));
}

/// Appends the reason for a change from `baseline` to `later` judged by Table to `out` (a
/// std::string or any text with append) and returns its value: the words of is_worsening and
/// is_improvement ("EDSS 4.5 -> 5.5: worsening +1.0 reaches the +1.0 required from baseline 4.5"),
/// for reasons written piece by piece. In a gap the reason says so and which thresholds the gap
/// could take; an unknown from a gap says that the protocol's wording, not the data, leaves it open.
template <ThresholdTable Table, class Text> truth append_change_reason(Text& out, edss baseline, edss later, bool worsening) {
  using namespace std::string_view_literals;
  const possible_thresholds t = thresholds_for<Table>(baseline);
  out.append("EDSS "sv).append(baseline.text()).append(" -> "sv).append(later.text());
  const edss_change change = worsening ? later - baseline : baseline - later;
  const truth value = judge_change(change, t);
  out.append(worsening ? ": worsening "sv : ": improvement "sv).append(change.text());
  if (t.defined) {
    out.append(value == truth::met ? " reaches the "sv : " does not reach the "sv).append(t.most.text());
    out.append(" required from baseline "sv).append(baseline.text());
    return value;
  }
  if (value == truth::met)
    out.append(" reaches "sv).append(t.most.text()).append(", the most the gap could require"sv);
  else if (value == truth::not_met)
    out.append(" is below "sv).append(t.least.text()).append(", the least any threshold requires"sv);
  else
    out.append(" lies between "sv).append(t.least.text()).append(" and "sv).append(t.most.text()).append(", the least and the most the gap could require"sv);
  out.append(" (the protocol defines no threshold for baseline "sv).append(baseline.text());
  out.append(value == truth::unknown ? "; undecided by the protocol's wording, not by missing data)"sv : ")"sv);
  return value;
}

namespace detail {
template <ThresholdTable Table> verdict change_verdict(edss baseline, edss later, bool worsening) {
  verdict_builder b;
  const auto n = b.open();
  const truth value = append_change_reason<Table>(b.reason(n), baseline, later, worsening);
  b.close(n, value);
  if (value == truth::unknown) b.mark_undecided_by_wording(n); // only a gap leaves a change unknown
  return b.finish();
}
} // namespace detail

/// Worsening with a reason: "EDSS 4.5 -> 5.5: worsening +1.0 reaches the +1.0 required from
/// baseline 4.5"; in a gap, decided over the thresholds the gap could take ("... lies between
/// +0.5 and +1.0 (the protocol defines no threshold for baseline 5.0; ...)" when undecided).
template <ThresholdTable Table = standard_thresholds>
verdict is_worsening(edss baseline, edss later, Table = {}) {
  return detail::change_verdict<Table>(baseline, later, true);
}

/// Improvement with a reason (baseline - later >= threshold(baseline)).
template <ThresholdTable Table = standard_thresholds>
verdict is_improvement(edss baseline, edss later, Table = {}) {
  return detail::change_verdict<Table>(baseline, later, false);
}

} // namespace trialspec
