// Fuzz target: the tool's cohort document splitter (examples/cli/document_objects.hpp), which
// finds each patient object of {"patients": [...]} without parsing it.
// Input: the first byte chooses the buffer (1 to 256 bytes, so objects cross block edges and the
// buffer grows) and whether objects are released one by one or only when the buffer is full; the
// rest is the document.
// Checks: the splitter never crashes, reads past its buffer or throws; each object it hands out is
// the exact text that starts at the next `{` after the previous object, on the line it names; and
// when it says the document is complete and every object is valid JSON, a JSON parser reads the
// whole document as {"patients": [those objects]} - the splitter never accepts a frame that is
// not one, and never cuts an object anywhere but at its end. (A frame it does not read, `other`, is
// always allowed: the tool then reads the document with the library's reader.)
#include "fuzz_common.hpp"

#include "document_objects.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace trialspec_fuzz;
  if (size == 0) return 0;
  const std::size_t buffer = 1 + (data[0] & 0x7f) * 2;
  const bool release_each = (data[0] & 0x80) != 0;
  const std::string text(text_of(data + 1, size - 1));

  std::istringstream in(text);
  trialspec_cli::document_objects objects(in, buffer);
  using status = trialspec_cli::document_objects::status;
  std::vector<std::string> found;
  std::size_t from = text.find('['); // objects come after the frame's bracket
  status last = status::other;
  try {
    for (;;) {
      std::string_view object;
      std::size_t line = 0;
      last = objects.next(object, line);
      if (last == status::full) {
        objects.release();
        continue;
      }
      if (last != status::object) break;
      const std::size_t at = from == std::string::npos ? from : text.find('{', from);
      if (at == std::string::npos || text.compare(at, object.size(), object) != 0)
        fail("an object is not the text at the next '{'", std::string(object).substr(0, 200));
      const auto newlines = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
      if (line != newlines + 1) fail("an object's line is wrong", std::string(object).substr(0, 200));
      from = at + object.size();
      found.emplace_back(object);
      if (release_each) objects.release();
    }
  } catch (const trialspec_cli::document_objects::read_error&) {
    fail("read_error on a string stream", text.substr(0, 200));
  }
  if (last != status::end) return 0;

  nlohmann::json array = nlohmann::json::array();
  for (const std::string& o : found) {
    nlohmann::json parsed = nlohmann::json::parse(o, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) return 0; // the tool reads such a document with the library's reader
    array.push_back(std::move(parsed));
  }
  const nlohmann::json whole = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (whole.is_discarded()) fail("the splitter completes a document that is not JSON", text.substr(0, 200));
  if (!whole.is_object() || whole.size() != 1 || !whole.contains("patients"))
    fail("the splitter completes a document that is not {\"patients\": [...]}", text.substr(0, 200));
  if (whole["patients"] != array) fail("the objects split out differ from the document's array", text.substr(0, 200));
  return 0;
}
