// Misuse: an investigator's judgement without a question.
// expect-error: an investigator's judgement needs a key and a question
#include <trialspec/eligibility.hpp>
namespace el = trialspec::eligibility;
using namespace trialspec;
el::investigator_judgement<"E5", ""> node;
int main() {}
