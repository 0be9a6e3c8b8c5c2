// Fuzz target: trialspec::edss::parse. It returns a score or throws invalid_input naming "EDSS"
// and the text; a score it returns is on the scale's steps (0, 1.0 to 10.0 by 0.5) and its text
// reads back to the same score.
#include "fuzz_common.hpp"

#include <trialspec/edss.hpp>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  const std::string text(text_of(data, size));
  try {
    const trialspec::edss e = trialspec::edss::parse(text);
    const int h = e.half_steps();
    if (h < 0 || h > 20 || h == 1) fail("edss::parse returned a score off the scale", text);
    if (trialspec::edss::parse(e.text()).half_steps() != h) fail("edss::parse(text()) differs", text);
  } catch (const trialspec::invalid_input& e) {
    if (e.field() != "EDSS" || e.value() != text) fail("the error does not name the field and the value", e.what());
  } catch (const std::exception& e) {
    fail("unexpected exception (not invalid_input)", e.what());
  }
  return 0;
}
