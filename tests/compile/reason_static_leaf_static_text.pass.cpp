// The twin of reason_static_leaf_temporary.fail: literals, string views of static text and
// fixed_phrase's kept strings (named std::string lvalues) are what static_leaf is for.
#include <trialspec/eligibility/reason.hpp>

#include <string>
#include <string_view>

namespace el = trialspec::eligibility;

int main() {
  using namespace std::string_view_literals;
  trialspec::verdict_builder b;
  el::static_leaf(b, trialspec::truth::met, "a literal");
  el::static_leaf(b, trialspec::truth::met, true ? "one literal"sv : "another"sv);
  el::static_leaf(b, trialspec::truth::met, el::fixed_phrase([] { return std::string("kept ") + "text"; }));
  return 0;
}
