// kleene.cpp - writes, for a PostgreSQL check (tests/sql/kleene.sh), a table `person` with every
// combination of three values (TRUE / FALSE / NULL for x1, x2, x3: 27 persons), the per-person
// query of two criteria sets whose leaves read those columns (every combinator; the inclusion /
// exclusion rule alone), and the values the library gives for the same combinations. The script runs
// the query and requires the same CSV: SQL's AND / OR / NOT and the at_least / at_most counts as
// rendered by trialspec/sql/expression.hpp equal the library's all_of / any_of / not_ / at_least /
// at_most, and the status column equals eligibility_criteria's outcome, for every combination.
//
// Usage: trialspec_sql_kleene table|query-combinators|query-rule|expected-combinators|expected-rule
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>

#include <array>
#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace el = trialspec::eligibility;
using trialspec::truth;

/// A record holding three truth values.
struct combo {
  std::string id;
  std::array<truth, 3> x{};
};

} // namespace

template <> struct trialspec::record_traits<combo> {
  static std::string_view id(const combo& c) noexcept { return c.id; }
};

namespace {

/// Leaf K: the record's x[K]; in SQL the column p.x<K+1>.
template <std::size_t K> struct leaf : el::criterion_base {
  std::string describe() const { return "x" + std::to_string(K + 1); }
  template <class R> truth test(const R& r, const el::evaluation_context&) const { return r.x[K]; }
  template <class R> trialspec::verdict evaluate(const R& r, const el::evaluation_context& ctx) const {
    return trialspec::verdict(test(r, ctx), describe());
  }
  std::string sql(const trialspec::sql::writer&) const { return "p.x" + std::to_string(K + 1); }
};
using a = leaf<0>;
using b = leaf<1>;
using c = leaf<2>;

/// Every combinator (the status is mostly ineligible: A needs x1 met and N needs it not met).
using combinators = el::eligibility_criteria<
    el::inclusion<el::named<"A", "all of", el::all_of<a, b, c>>, el::named<"O", "any of", el::any_of<a, b, c>>,
                  el::named<"N", "not", el::not_<a>>, el::named<"L", "at least 2", el::at_least<2, a, b, c>>,
                  el::named<"M", "at most 1", el::at_most<1, a, b, c>>,
                  el::named<"X", "nested", el::any_of<el::all_of<a, b>, el::not_<c>>>, el::named<"I", "inclusion b", b>>,
    el::exclusion<el::named<"E", "exclusion c", c>>>;
/// The inclusion / exclusion rule alone: eligible, ineligible and undetermined all occur.
using rule = el::eligibility_criteria<el::inclusion<el::named<"I1", "x1", a>, el::named<"I2", "x2", b>>, el::exclusion<el::named<"E1", "x3", c>>>;

template <class Set> void query(const el::evaluation_context& ctx) {
  std::cout << trialspec::sql::person_query(Set{}, trialspec::sql::writer(ctx.as_of));
}
template <class Set> void expected(const el::evaluation_context& ctx);

std::vector<combo> combos() {
  std::vector<combo> out;
  const truth values[] = {truth::met, truth::not_met, truth::unknown};
  for (truth x1 : values)
    for (truth x2 : values)
      for (truth x3 : values) {
        std::string id(1, 'k'); // not "k" + std::string: g++ 12 -O3 warns falsely (-Wrestrict) on that
        id += std::to_string(out.size() + 1);
        out.push_back({std::move(id), {x1, x2, x3}});
      }
  return out;
}

std::string sql_value(truth t) { return t == truth::met ? "TRUE" : t == truth::not_met ? "FALSE" : "NULL"; }
std::string token(truth t) { return t == truth::met ? "met" : t == truth::not_met ? "not_met" : "unknown"; }

} // namespace

namespace {
/// The library's values: each top-level criterion's test() and the set's outcome.
template <class Set> void expected(const el::evaluation_context& ctx) {
  std::cout << "person_source_value,status";
  el::for_each_criterion(Set{}, [](const auto& node, el::criterion_role role, std::size_t i) { std::cout << ',' << el::criterion_id(node, role, i); });
  std::cout << '\n';
  for (const combo& k : combos()) {
    std::cout << k.id << ',' << el::to_string(Set{}.test(k, ctx));
    el::for_each_criterion(Set{}, [&](const auto& node, el::criterion_role, std::size_t) { std::cout << ',' << token(node.test(k, ctx)); });
    std::cout << '\n';
  }
}
} // namespace

int main(int argc, char** argv) {
  const std::string what = argc > 1 ? argv[1] : "";
  const el::evaluation_context ctx{trialspec::date(2014, 1, 5)};
  if (what == "table") {
    std::cout << "DROP TABLE IF EXISTS person;\nCREATE TABLE person (person_id integer, person_source_value text, x1 boolean, x2 boolean, "
                 "x3 boolean);\n";
    std::size_t n = 0;
    for (const combo& k : combos())
      std::cout << "INSERT INTO person VALUES (" << ++n << ", '" << k.id << "', " << sql_value(k.x[0]) << ", " << sql_value(k.x[1]) << ", "
                << sql_value(k.x[2]) << ");\n";
  } else if (what == "query-combinators") {
    query<combinators>(ctx);
  } else if (what == "query-rule") {
    query<rule>(ctx);
  } else if (what == "expected-combinators") {
    expected<combinators>(ctx);
  } else if (what == "expected-rule") {
    expected<rule>(ctx);
  } else {
    std::cerr << "usage: trialspec_sql_kleene table|query-combinators|query-rule|expected-combinators|expected-rule\n";
    return 64;
  }
  return 0;
}
