// The seed protocol's premedication and infusion pass the same checks the fail cases break.
#include <trialspec/protocols/nct02249676/design.hpp>
int main() {
  trialspec::cell_therapy::check_administration<trialspec::protocols::nct02249676::premedication, trialspec::protocols::nct02249676::infusion>();
}
