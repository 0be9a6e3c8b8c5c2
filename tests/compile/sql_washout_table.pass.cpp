// A washout table whose rows all count back from screening has SQL: the rows' SQL joined by OR
// (Kleene's "or" on TRUE / FALSE / NULL, checked on PostgreSQL by sql.kleene), so a set holding one
// renders as a person query.
#include <trialspec/eligibility.hpp>
#include <trialspec/sql/query.hpp>
namespace el = trialspec::eligibility;
using trialspec::therapy_agent;
using rituximab = el::agent_exposure<el::agent_set{therapy_agent::rituximab}, trialspec::within_before(trialspec::months{3})>;
using ivig = el::agent_exposure<el::agent_set{therapy_agent::ivig}, trialspec::within_before(trialspec::weeks{3})>;
using set = el::eligibility_criteria<el::inclusion<>, el::exclusion<el::named<"E1", "Washout", el::washout_table<rituximab, ivig>>>>;
int main() {
  const trialspec::sql::writer w(trialspec::date(2014, 1, 5));
  const trialspec::eligibility::washout_table<rituximab, ivig> table;
  const std::string s = table.sql(w);
  // "(" row 1 " OR " row 2 ")", in the table's order.
  if (s != "(" + rituximab{}.sql(w) + " OR " + ivig{}.sql(w) + ")") return 1;
  return trialspec::sql::person_query(set{}, w).empty() ? 1 : 0;
}
