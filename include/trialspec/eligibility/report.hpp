// trialspec/eligibility/report.hpp - screening one record: the outcome, every criterion's
// verdict with its reason, and for an undetermined outcome the data that would decide it.
#pragma once

#include <trialspec/calendar.hpp>
#include <trialspec/clinical/record.hpp>
#include <trialspec/eligibility/context.hpp>
#include <trialspec/eligibility/detail/shared_text.hpp>
#include <trialspec/eligibility/eligibility_criteria.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/memo.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/text.hpp>
#include <trialspec/verdict.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/bind.hpp>
#include <boost/mp11/list.hpp>

#include <array>
#include <cstddef>
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
  detail::shared_text text;

  /// Whether this result lets the patient through (inclusion met / exclusion not met).
  [[nodiscard]] truth passed() const noexcept { return passes(role, result.value()); }
};

/// The screening of one record.
struct screening_report {
  std::string record_id;
  date as_of;
  screening_outcome outcome = screening_outcome::undetermined;
  std::vector<criterion_result> criteria;
  /// For an undetermined outcome: each unknown finding that keeps it open and that data could
  /// decide, as "I3: no EDSS assessment up to 2014-01-05". Empty when the outcome is decided.
  std::vector<std::string> deciding_data;
  /// For an undetermined outcome: each unknown finding that keeps it open because the protocol's
  /// wording leaves it open (verdict::undecided_by_wording: a change in a threshold table's gap),
  /// in the same form. No data to collect decides these; a reading of the wording does.
  std::vector<std::string> undecided_by_wording;
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
namespace mp11 = boost::mp11;
/// The parts of a composite node, as an mp_list.
template <class C> using parts_of = mp11::mp_rename<std::remove_cvref_t<decltype(std::declval<const C&>().children())>, mp11::mp_list>;
/// The repeatable criterion types at the leaves under C (C itself when it has no parts), in order.
template <class C, bool = CompositeNode<C>> struct repeatable_leaves_of {
  using type = mp11::mp_if_c<repeatable<C>, mp11::mp_list<C>, mp11::mp_list<>>;
};
template <class C> using repeatable_leaves = typename repeatable_leaves_of<C>::type;
template <class C> struct repeatable_leaves_of<C, true> {
  using type = mp11::mp_apply<mp11::mp_append, mp11::mp_transform<repeatable_leaves, parts_of<C>>>;
};
/// The same for every criterion of a list (a std::tuple of criteria).
template <class Tuple>
using repeatable_leaves_in = mp11::mp_apply<mp11::mp_append, mp11::mp_transform<repeatable_leaves, mp11::mp_rename<Tuple, mp11::mp_list>>>;

template <class List, class T> using occurs_twice = mp11::mp_bool<(mp11::mp_count<List, T>::value > 1)>;
template <class... Ts> struct type_keys {
  static constexpr std::array<const void*, sizeof...(Ts)> value{&type_key<Ts>...};
};
/// The types of List that occur more than once, each once (in order of first occurrence), and
/// their keys (type_key).
template <class List> struct repeated_types {
  using types = mp11::mp_copy_if_q<mp11::mp_unique<List>, mp11::mp_bind_front<occurs_twice, List>>;
  static constexpr std::size_t count = mp11::mp_size<types>::value;
  static constexpr const std::array<const void*, count>& keys = mp11::mp_apply<type_keys, types>::value;
};

/// The number of verdicts a criterion's tree holds: one per node, a leaf writing one verdict (a
/// criterion of your own may write more; the builder then grows). With the leaves alone, the
/// verdicts whose reasons are written rather than static text.
template <class C, bool = CompositeNode<C>> struct tree_shape {
  static constexpr std::size_t nodes = 1;
  static constexpr std::size_t leaves = 1;
};
template <class C> struct tree_shape<C, true> {
  template <class... Ps> struct sum {
    static constexpr std::size_t nodes = 1 + (std::size_t{0} + ... + tree_shape<Ps>::nodes);
    static constexpr std::size_t leaves = (std::size_t{0} + ... + tree_shape<Ps>::leaves);
  };
  static constexpr std::size_t nodes = mp11::mp_apply<sum, parts_of<C>>::nodes;
  static constexpr std::size_t leaves = mp11::mp_apply<sum, parts_of<C>>::leaves;
};
/// Room a report reserves for its verdicts and their text, from the shape of the set: every
/// verdict, and for each leaf a reason of up to text_per_leaf characters (the built-ins' reasons
/// are 20 to 80).
template <class... Cs> struct report_size {
  static constexpr std::size_t text_per_leaf = 64;
  static constexpr std::size_t nodes = (std::size_t{0} + ... + tree_shape<Cs>::nodes);
  static constexpr std::size_t text = text_per_leaf * (std::size_t{0} + ... + tree_shape<Cs>::leaves);
};

/// Makes `m` (a repeat_memo, or none) the one `memo` serves for its lifetime (screen() uses one
/// per report).
class repeat_scope {
public:
  repeat_scope(screening_memo& memo, repeat_memo* m) noexcept
      : slot_(memo_access::repeats(memo)), previous_(std::exchange(slot_, m)) {}
  ~repeat_scope() { slot_ = previous_; }
  repeat_scope(const repeat_scope&) = delete;
  repeat_scope& operator=(const repeat_scope&) = delete;

private:
  repeat_memo*& slot_;
  repeat_memo* previous_;
};
} // namespace detail

/// Screens `r` against `set` at `ctx`, evaluating every criterion (nothing is skipped, so the
/// report shows all of them). The criteria share a screening_memo: the context's, or the report's
/// own when the context has none.
template <class Is, class Es, class R>
screening_report screen(const eligibility_criteria<Is, Es>& set, const R& r, const evaluation_context& ctx) {
  static_assert(Record<R>, "screen() needs a record type: specialise trialspec::record_traits<R> with at least "
                           "`static std::string_view id(const R&)`");
  // The report's own memo, unless the caller passed one in the context.
  screening_memo own_memo;
  evaluation_context c = ctx;
  if (!c.memo) c.memo = &own_memo;
  screening_report rep;
  rep.record_id = std::string(record_traits<R>::id(r));
  rep.as_of = ctx.as_of;
  truth overall = truth::met;
  rep.criteria.reserve(Is::size + Es::size);
  // Every criterion's reason tree goes into one builder: one block of nodes and one of text for
  // the whole report.
  using size = detail::mp11::mp_apply<detail::report_size, detail::mp11::mp_append<detail::parts_of<Is>, detail::parts_of<Es>>>;
  verdict_builder b(size::nodes, size::text);
  // A criterion type that occurs twice in the set is judged once: its second tree is a copy.
  using repeats = detail::repeated_types<detail::mp11::mp_append<detail::repeatable_leaves_in<decltype(set.inclusions.parts)>,
                                                                 detail::repeatable_leaves_in<decltype(set.exclusions.parts)>>>;
  std::array<verdict_builder::node_id, repeats::count> written;
  written.fill(detail::repeat_memo::no_node);
  detail::repeat_memo memo{&b,
                           detail::address_of(r),
                           &c,
                           repeats::keys.data(),
                           written.data(),
                           repeats::count,
                           detail::repeat_memo::mask_of(repeats::keys.data(), repeats::count)};
  const detail::repeat_scope scope(*c.memo, repeats::count > 0 ? &memo : nullptr); // no memo when nothing repeats
  for_each_criterion(set, [&](const auto& node, criterion_role role, std::size_t position) {
    using C = std::remove_cvref_t<decltype(node)>;
    criterion_result row;
    row.role = role;
    truth t;
    if constexpr (NamedNode<C>) {
      row.id = C::id;
      row.wording = C::wording;
      t = explain(node.criterion(), r, c, b);
    } else {
      const std::string id = criterion_id(node, role, position);
      row.text = detail::shared_text(trialspec::detail::cat(id, node.describe()));
      row.id = row.text.view().substr(0, id.size());
      row.wording = row.text.view().substr(id.size());
      t = explain(node, r, c, b);
    }
    overall = overall && passes(role, t);
    rep.criteria.push_back(std::move(row));
  });
  std::size_t i = 0;
  b.finish_forest([&](verdict v) { rep.criteria[i++].result = std::move(v); });
  rep.outcome = to_outcome(overall);
  if (rep.outcome == screening_outcome::undetermined) {
    std::size_t lines = 0;
    for (const auto& row : rep.criteria)
      if (row.passed() == truth::unknown)
        detail::for_each_unknown_leaf(row.result, [&](const verdict& leaf) { lines += leaf.undecided_by_wording() ? 0 : 1; });
    rep.deciding_data.reserve(lines);
    for (const auto& row : rep.criteria)
      if (row.passed() == truth::unknown)
        detail::for_each_unknown_leaf(row.result, [&](const verdict& leaf) {
          std::string line;
          line.reserve(row.id.size() + 2 + leaf.reason().size());
          line.append(row.id).append(": ").append(leaf.reason());
          (leaf.undecided_by_wording() ? rep.undecided_by_wording : rep.deciding_data).push_back(std::move(line));
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
///   undecided by the protocol's wording:
///     I4: EDSS 5.0 -> 5.5: worsening +0.5 lies between +0.5 and +1.0, ...
inline std::string render(const screening_report& rep) {
  std::string out = trialspec::detail::cat(rep.record_id, " as of ", to_iso(rep.as_of), ": ", to_string(rep.outcome), "\n");
  for (const auto& row : rep.criteria) {
    out.append(to_string(row.role)).append(" ").append(row.id).append(" [").append(to_string(row.result.value())).append("] ");
    out.append(row.wording).append("\n");
    trialspec::render_into(out, row.result, 1);
  }
  if (!rep.deciding_data.empty()) {
    out += "to decide:\n";
    for (const auto& d : rep.deciding_data) out += trialspec::detail::cat("  ", d, "\n");
  }
  if (!rep.undecided_by_wording.empty()) {
    out += "undecided by the protocol's wording:\n";
    for (const auto& d : rep.undecided_by_wording) out += trialspec::detail::cat("  ", d, "\n");
  }
  return out;
}
inline std::ostream& operator<<(std::ostream& os, const screening_report& rep) { return os << render(rep); }

} // namespace trialspec::eligibility
