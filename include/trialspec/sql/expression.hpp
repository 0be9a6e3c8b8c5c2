// trialspec/sql/expression.hpp - a criterion as one SQL boolean expression: TRUE = met,
// FALSE = not met, NULL = unknown.
//
// The customisation point is a member next to the criterion's definition, as boundary_probes()
// is:
//
//   template <class Sql> std::string sql(const Sql& q) const { return q.age(Op, Years); }
//
// (the built-in criteria write it as a template, so that their headers do not include this
// module), or for a criterion of your own, any member callable with the writer:
//
//   std::string sql(const trialspec::sql::writer& q) const {
//     std::string s = "(SELECT ... FROM ";
//     s += q.table("measurement");
//     s += " m WHERE m.person_id = p.person_id ...)";
//     return s;
//   }
//
// It returns an expression over the row `p` of the person table. Combinators (all_of, any_of,
// at_least, at_most, not_) and named<> need no member: SQL's AND, OR and NOT are Kleene's
// three-valued logic on TRUE/FALSE/NULL, exactly the library's && || ! on met/not met/unknown
// (FALSE AND NULL is FALSE, TRUE OR NULL is TRUE, NOT NULL is NULL); at_least<k> and at_most<k>
// count the TRUE and the NULL parts as truth_counts does. A criterion without the member does not
// compile: the static_assert names its type.
#pragma once

#include <trialspec/eligibility/combinators.hpp>
#include <trialspec/eligibility/criterion.hpp>
#include <trialspec/eligibility/named.hpp>
#include <trialspec/eligibility/reading_choice.hpp>
#include <trialspec/enum_names.hpp>
#include <trialspec/error.hpp>
#include <trialspec/sql/writer.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace trialspec::sql {

/// A criterion that states its own SQL for writer `W`.
template <class C, class W>
concept StatesSql = requires(const C& c, const W& w) {
  { c.sql(w) } -> std::convertible_to<std::string>;
};

template <class C> struct expression_of;

/// The leaves of a criteria set, each distinct leaf expression once: the queries (sql/query.hpp)
/// compute them as columns l1, l2, ... of a materialised step, so that a leaf used by several
/// criteria (or counted twice by at_least) is evaluated once per person and the query text stays
/// small. Without a collector, leaves are written in place.
class leaf_columns {
public:
  /// The reference to `sql` as a column of relation `alias` ("l.l3"), added when new.
  std::string add(std::string sql) {
    for (std::size_t i = 0; i < sql_.size(); ++i)
      if (sql_[i] == sql) return trialspec::detail::cat(alias_, ".l", std::to_string(i + 1));
    sql_.push_back(std::move(sql));
    return trialspec::detail::cat(alias_, ".l", std::to_string(sql_.size()));
  }
  [[nodiscard]] const std::vector<std::string>& expressions() const noexcept { return sql_; }

private:
  std::string alias_ = "l";
  std::vector<std::string> sql_;
};

namespace detail {
template <class> inline constexpr bool no_sql = false;
/// "(a) AND (b) AND (c)".
template <class W, class... Cs> std::string joined(const std::tuple<Cs...>& parts, const W& w, leaf_columns* l, const char* op) {
  std::string out;
  std::apply([&](const auto&... c) { ((out += trialspec::detail::cat((out.empty() ? "(" : trialspec::detail::cat(std::string(" "), op, " ")), expression_of<Cs>::render(c, w, l))), ...); }, parts);
  return trialspec::detail::cat(out, ")");
}
/// "(CASE WHEN (x) THEN 1 ELSE 0 END + ...)": how many parts are TRUE (which = "TRUE") or NULL
/// (which = "NULL").
template <class W, class... Cs> std::string counted(const std::tuple<Cs...>& parts, const W& w, leaf_columns* l, const char* which) {
  std::string out;
  std::apply([&](const auto&... c) {
    ((out += trialspec::detail::cat((out.empty() ? "(" : " + "), std::string("(CASE WHEN "), expression_of<Cs>::render(c, w, l), " IS ", which, " THEN 1 ELSE 0 END)")), ...);
  }, parts);
  return trialspec::detail::cat(out, ")");
}
} // namespace detail

/// The SQL of criterion C: its member, or the combinator's rule. A criterion with neither stops
/// the compilation here, naming C.
template <class C> struct expression_of {
  template <class W> static std::string render(const C& c, const W& w, leaf_columns* l = nullptr) {
    if constexpr (StatesSql<C, W>) {
      std::string sql(c.sql(w));
      return l ? l->add(std::move(sql)) : sql;
    } else {
      static_assert(detail::no_sql<C>, "this criterion has no SQL: give it a member `std::string sql(const trialspec::sql::writer&) const` "
                                       "(trialspec/sql/expression.hpp) returning a boolean over the person row p; the criterion is C in "
                                       "trialspec::sql::expression_of<C>");
      return {};
    }
  }
};

template <eligibility::fixed_string Id, eligibility::fixed_string Wording, class C>
struct expression_of<eligibility::named<Id, Wording, C>> {
  template <class W> static std::string render(const eligibility::named<Id, Wording, C>& c, const W& w, leaf_columns* l = nullptr) {
    return expression_of<C>::render(c.criterion(), w, l);
  }
};
template <class... Cs> struct expression_of<eligibility::all_of<Cs...>> {
  template <class W> static std::string render(const eligibility::all_of<Cs...>& c, const W& w, leaf_columns* l = nullptr) {
    return detail::joined(c.parts, w, l, "AND");
  }
};
template <class... Cs> struct expression_of<eligibility::any_of<Cs...>> {
  template <class W> static std::string render(const eligibility::any_of<Cs...>& c, const W& w, leaf_columns* l = nullptr) {
    return detail::joined(c.parts, w, l, "OR");
  }
};
template <class C> struct expression_of<eligibility::not_<C>> {
  template <class W> static std::string render(const eligibility::not_<C>& c, const W& w, leaf_columns* l = nullptr) {
    return trialspec::detail::cat("(NOT ", expression_of<C>::render(std::get<0>(c.parts), w, l), ")");
  }
};
/// at_least<k>: met when k parts are met, not met when even every unknown part met would not reach k.
template <std::size_t K, class... Cs> struct expression_of<eligibility::at_least<K, Cs...>> {
  template <class W> static std::string render(const eligibility::at_least<K, Cs...>& c, const W& w, leaf_columns* l = nullptr) {
    const std::string met = detail::counted(c.parts, w, l, "TRUE"), unknown = detail::counted(c.parts, w, l, "NULL"), k = std::to_string(K);
    return trialspec::detail::cat("(CASE WHEN ", met, " >= ", k, " THEN TRUE WHEN ", met, " + ", unknown, " < ", k, " THEN FALSE ELSE NULL END)");
  }
};
/// at_most<k>: not met when more than k parts are met, met when at most k can be.
template <std::size_t K, class... Cs> struct expression_of<eligibility::at_most<K, Cs...>> {
  template <class W> static std::string render(const eligibility::at_most<K, Cs...>& c, const W& w, leaf_columns* l = nullptr) {
    const std::string met = detail::counted(c.parts, w, l, "TRUE"), unknown = detail::counted(c.parts, w, l, "NULL"), k = std::to_string(K);
    return trialspec::detail::cat("(CASE WHEN ", met, " > ", k, " THEN FALSE WHEN ", met, " + ", unknown, " <= ", k, " THEN TRUE ELSE NULL END)");
  }
};

/// Whether expression_of<C> renders C for writer W without stopping the compilation: C states
/// its SQL, or is a combinator or named<> whose parts all render, or a reading_choice (which
/// renders its chosen encoding, and refuses at run time one that does not render).
template <class C, class W> struct renders : std::bool_constant<StatesSql<C, W>> {};
template <eligibility::fixed_string Id, eligibility::fixed_string Wording, class C, class W>
struct renders<eligibility::named<Id, Wording, C>, W> : renders<C, W> {};
template <class... Cs, class W> struct renders<eligibility::all_of<Cs...>, W> : std::bool_constant<(renders<Cs, W>::value && ...)> {};
template <class... Cs, class W> struct renders<eligibility::any_of<Cs...>, W> : std::bool_constant<(renders<Cs, W>::value && ...)> {};
template <class C, class W> struct renders<eligibility::not_<C>, W> : renders<C, W> {};
template <std::size_t K, class... Cs, class W>
struct renders<eligibility::at_least<K, Cs...>, W> : std::bool_constant<(renders<Cs, W>::value && ...)> {};
template <std::size_t K, class... Cs, class W>
struct renders<eligibility::at_most<K, Cs...>, W> : std::bool_constant<(renders<Cs, W>::value && ...)> {};
template <class D, class... As, class W> struct renders<eligibility::reading_choice<D, As...>, W> : std::true_type {};

namespace detail {
/// "blood_pressure both" or "encoding 2": the chosen alternative of a reading_choice of D, for
/// a message.
template <class D> std::string chosen_reading(std::size_t index) {
  std::string out;
  if constexpr (requires { D::name; }) out.append(D::name);
  else out.append("reading");
  if constexpr (requires { D::alternatives; }) {
    using V = std::remove_cvref_t<decltype(D::alternatives[index])>;
    if constexpr (NamedEnum<V>) return out.append(" ").append(token_of(D::alternatives[index]));
    else if constexpr (std::is_integral_v<V>) return out.append(" ").append(std::to_string(D::alternatives[index]));
  }
  return out.append(" encoding ").append(std::to_string(index));
}
template <class C> inline constexpr bool is_combinator = false;
template <class... Cs> inline constexpr bool is_combinator<eligibility::all_of<Cs...>> = true;
template <class... Cs> inline constexpr bool is_combinator<eligibility::any_of<Cs...>> = true;
template <class C> inline constexpr bool is_combinator<eligibility::not_<C>> = true;
template <std::size_t K, class... Cs> inline constexpr bool is_combinator<eligibility::at_least<K, Cs...>> = true;
template <std::size_t K, class... Cs> inline constexpr bool is_combinator<eligibility::at_most<K, Cs...>> = true;
/// The description of the first criterion in `c` that does not render (through named<> and the
/// combinators), for a message; empty when all render.
template <class W, class C> std::string without_sql(const C& c) {
  if constexpr (renders<C, W>::value) {
    return {};
  } else if constexpr (requires { c.criterion(); }) {
    return without_sql<W>(c.criterion());
  } else if constexpr (is_combinator<C>) {
    std::string found;
    std::apply([&](const auto&... p) { ((found.empty() ? static_cast<void>(found = without_sql<W>(p)) : void()), ...); }, c.parts);
    return found;
  } else {
    return std::string(c.describe());
  }
}
} // namespace detail

/// A reading chosen at run time (eligibility/reading_choice.hpp): the chosen encoding's SQL. An
/// encoding that has none (a criterion without a `sql` member, one at the infusion) compiles
/// here, as the other readings must, and is refused when chosen: invalid_input naming the
/// decision, the reading and the criterion.
template <class D, class... As> struct expression_of<eligibility::reading_choice<D, As...>> {
  template <class W> static std::string render(const eligibility::reading_choice<D, As...>& c, const W& w, leaf_columns* l = nullptr) {
    const std::string chosen = detail::chosen_reading<D>(c.selected());
    return c.with_selected([&]<class A>(const A& a) -> std::string {
      if constexpr (renders<A, W>::value) {
        try {
          return expression_of<A>::render(a, w, l);
        } catch (const invalid_input& e) { // a reading chosen inside this one: name both, the outer first
          if (e.field() != "reading") throw;
          std::string both = chosen;
          both.append(", ").append(e.value());
          throw invalid_input("reading", both, e.rule());
        }
      } else {
        std::string rule = "this reading has no SQL: its encoding holds \"";
        rule.append(detail::without_sql<W>(a)).append("\", which the SQL cannot express (README, \"Running on an OMOP database\")");
        throw invalid_input("reading", chosen, rule);
      }
    });
  }
};

/// The SQL boolean of criterion `c` for writer `w`, self-contained (leaves written in place), or
/// with its leaves collected in `l` (referred to as l.l1, l.l2, ...).
template <class C, class W> std::string expression(const C& c, const W& w, leaf_columns* l = nullptr) {
  return expression_of<C>::render(c, w, l);
}

} // namespace trialspec::sql
