// trialspec/eligibility/report.hpp - screening one record: the outcome, every criterion's
// verdict with its reason, and for an undetermined outcome the data that would decide it.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/verdict.hpp>

#include <array>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec::eligibility {

/// One top-level criterion's result. `result` is the verdict of the criterion's encoding (for a
/// named criterion, of the criterion inside the name).
///
/// `id` and `wording` are the protocol's own (static text) for a named criterion; for an unnamed
/// one they are "I<n>"/"E<n>" and its description, held by `text` so that they stay valid for as
/// long as the result or any copy of it lives.
struct criterion_result {
  criterion_role role = criterion_role::inclusion;
  std::string_view id;
  std::string_view wording;
  verdict result;
  std::shared_ptr<const std::string> text;

  /// Whether this result lets the patient through (inclusion met / exclusion not met).
  [[nodiscard]] truth passed() const noexcept { return passes(role, result.value()); }
};

/// The screening of one record.
struct screening_report {
  std::string record_id;
  date as_of;
  screening_outcome outcome = screening_outcome::undetermined;
  std::vector<criterion_result> criteria;
  /// For an undetermined outcome: each unknown finding that keeps it open, as
  /// "I3: no EDSS assessment up to 2014-01-05". Empty when the outcome is decided.
  std::vector<std::string> deciding_data;
};

namespace detail {
/// Calls f(leaf) for each unknown verdict without parts reached through unknown verdicts: the
/// findings that keep an unknown verdict open.
template <class F> void for_each_unknown_leaf(const verdict& v, F&& f) {
  if (!v.is_unknown()) return;
  const auto parts = v.children();
  if (parts.empty()) return static_cast<void>(f(v));
  for (const auto& c : parts) for_each_unknown_leaf(c, f);
}
template <class... Ts> struct type_list {};
template <class... As, class... Bs> constexpr type_list<As..., Bs...> operator+(type_list<As...>, type_list<Bs...>) { return {}; }
/// The repeatable criterion types at the leaves under C (C itself when it has no parts), in order.
template <class C> constexpr auto repeatable_leaves();
template <class... Cs> constexpr auto repeatable_leaves_of(const std::tuple<Cs...>*) {
  return (type_list<>{} + ... + repeatable_leaves<Cs>());
}
template <class C> constexpr auto repeatable_leaves() {
  if constexpr (CompositeNode<C>)
    return repeatable_leaves_of(static_cast<const std::remove_cvref_t<decltype(std::declval<const C&>().children())>*>(nullptr));
  else if constexpr (repeatable<C>) return type_list<C>{};
  else return type_list<>{};
}
/// The keys (type_key) of the types in the list that occur more than once, each once.
template <class List> struct repeated_types;
template <class... Ts> struct repeated_types<type_list<Ts...>> {
  static constexpr std::size_t n = sizeof...(Ts);
  static constexpr const void* all[n + 1] = {&type_key<Ts>..., nullptr};
  // Which positions hold the same type (compared as types: comparing the keys' addresses is not
  // a constant expression everywhere, e.g. under -fsanitize=address).
  template <class T> static constexpr std::array<bool, n> same_as_each = {std::is_same_v<T, Ts>...};
  static constexpr std::array<std::array<bool, n>, n> same = {same_as_each<Ts>...};
  static constexpr bool counted(std::size_t i) { // occurs again later, and not earlier
    bool later = false;
    for (std::size_t j = 0; j < n; ++j) {
      if (!same[i][j]) continue;
      if (j < i) return false;
      if (j > i) later = true;
    }
    return later;
  }
  static constexpr std::size_t count = [] {
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) k += counted(i) ? 1 : 0;
    return k;
  }();
  static constexpr std::array<const void*, count> keys = [] {
    std::array<const void*, count> out{};
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (counted(i)) out[k++] = all[i];
    return out;
  }();
};
/// Makes `m` (a repeat_memo, or none) the active one for its lifetime (screen() uses one per
/// report).
class repeat_scope {
public:
  explicit repeat_scope(repeat_memo* m) noexcept : previous_(active_repeat_memo()) { active_repeat_memo() = m; }
  ~repeat_scope() { active_repeat_memo() = previous_; }
  repeat_scope(const repeat_scope&) = delete;
  repeat_scope& operator=(const repeat_scope&) = delete;

private:
  repeat_memo* previous_;
};

/// Sizes of the last report built on this thread, to reserve room for the next one.
struct report_size_hint {
  std::size_t nodes = 16;
  std::size_t text = 512;
};
inline report_size_hint& last_report_size() {
  thread_local report_size_hint h;
  return h;
}
} // namespace detail

/// Screens `r` against `set` at `ctx`, evaluating every criterion (nothing is skipped, so the
/// report shows all of them).
template <class Is, class Es, class R>
screening_report screen(const eligibility_criteria<Is, Es>& set, const R& r, const evaluation_context& ctx) {
  static_assert(Record<R>, "screen() needs a record type: specialise trialspec::record_traits<R> with at least "
                           "`static std::string_view id(const R&)`");
  screening_report rep;
  rep.record_id = std::string(record_traits<R>::id(r));
  rep.as_of = ctx.as_of;
  truth overall = truth::met;
  rep.criteria.reserve(Is::size + Es::size);
  // Every criterion's reason tree goes into one builder: one block of nodes and one of text for
  // the whole report.
  auto& hint = detail::last_report_size();
  verdict_builder b(hint.nodes, hint.text);
  // A criterion type that occurs twice in the set is judged once: its second tree is a copy.
  using repeats = detail::repeated_types<decltype(detail::repeatable_leaves_of(&set.inclusions.parts) +
                                                  detail::repeatable_leaves_of(&set.exclusions.parts))>;
  std::array<verdict_builder::node_id, repeats::count> written;
  written.fill(detail::repeat_memo::no_node);
  detail::repeat_memo memo{&b, std::addressof(r), &ctx, repeats::keys.data(), written.data(), repeats::count};
  const detail::repeat_scope scope(repeats::count > 0 ? &memo : nullptr); // no memo when nothing repeats
  for_each_criterion(set, [&](const auto& c, criterion_role role, std::size_t position) {
    using C = std::remove_cvref_t<decltype(c)>;
    criterion_result row;
    row.role = role;
    truth t;
    if constexpr (NamedNode<C>) {
      row.id = C::id;
      row.wording = C::wording;
      t = explain(c.criterion(), r, ctx, b);
    } else {
      const std::string id = criterion_id(c, role, position);
      auto text = std::make_shared<std::string>(id + c.describe());
      row.id = std::string_view(*text).substr(0, id.size());
      row.wording = std::string_view(*text).substr(id.size());
      row.text = std::move(text);
      t = explain(c, r, ctx, b);
    }
    overall = overall && passes(role, t);
    rep.criteria.push_back(std::move(row));
  });
  hint = {b.size() + b.size() / 4, b.text_size() + b.text_size() / 4};
  std::size_t i = 0;
  b.finish_forest([&](verdict v) { rep.criteria[i++].result = std::move(v); });
  rep.outcome = to_outcome(overall);
  if (rep.outcome == screening_outcome::undetermined) {
    std::size_t lines = 0;
    for (const auto& row : rep.criteria)
      if (row.passed() == truth::unknown) detail::for_each_unknown_leaf(row.result, [&](const verdict&) { ++lines; });
    rep.deciding_data.reserve(lines);
    for (const auto& row : rep.criteria)
      if (row.passed() == truth::unknown)
        detail::for_each_unknown_leaf(row.result, [&](const verdict& leaf) {
          std::string line;
          line.reserve(row.id.size() + 2 + leaf.reason().size());
          line.append(row.id).append(": ").append(leaf.reason());
          rep.deciding_data.push_back(std::move(line));
        });
  }
  return rep;
}

/// The report as indented text:
///   P-001 as of 2014-01-05: undetermined
///   inclusion I1 [met] Clinically definite NMO or NMOSD
///     [met] diagnosis NMO is one of NMO, NMOSD
///   ...
///   to decide:
///     I3: no EDSS assessment up to 2014-01-05
inline std::string render(const screening_report& rep) {
  std::string out = rep.record_id + " as of " + to_iso(rep.as_of) + ": " + std::string(to_string(rep.outcome)) + "\n";
  for (const auto& row : rep.criteria) {
    out.append(to_string(row.role)).append(" ").append(row.id).append(" [").append(to_string(row.result.value())).append("] ");
    out.append(row.wording).append("\n");
    trialspec::render_into(out, row.result, 1);
  }
  if (!rep.deciding_data.empty()) {
    out += "to decide:\n";
    for (const auto& d : rep.deciding_data) out += "  " + d + "\n";
  }
  return out;
}
inline std::ostream& operator<<(std::ostream& os, const screening_report& rep) { return os << render(rep); }

} // namespace trialspec::eligibility
