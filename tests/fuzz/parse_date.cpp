// Fuzz target: trialspec::parse_date. It returns a date or throws invalid_input naming the field
// and the text; a date it returns is written back (to_iso) to the very same text, since the only
// form it reads is YYYY-MM-DD.
#include "fuzz_common.hpp"

#include <trialspec/calendar.hpp>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  const std::string text(text_of(data, size));
  try {
    const trialspec::date d = trialspec::parse_date(text, "fuzz date");
    expect_equal("to_iso(parse_date(text)) differs from text", trialspec::to_iso(d), text);
  } catch (const trialspec::invalid_input& e) {
    if (e.field() != "fuzz date" || e.value() != text) fail("the error does not name the field and the value", e.what());
  } catch (const std::exception& e) {
    fail("unexpected exception (not invalid_input)", e.what());
  }
  return 0;
}
