// The first and last body weight thresholds the criterion takes: 1 kg and 500 kg.
#include <trialspec/eligibility/criteria/body_weight.hpp>
namespace el = trialspec::eligibility;
el::body_weight_is<el::comparison::greater_equal, 1> lightest;
el::body_weight_is<el::comparison::less_equal, 500> heaviest;
int main() {}
