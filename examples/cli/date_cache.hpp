// date_cache: dates read from text, remembered by their digits YYYYMMDD (the tool's readers).
#pragma once

#include <trialspec/calendar.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace trialspec_cli {

/// Dates read from text, remembering those accepted by their digits YYYYMMDD: a large file
/// repeats a few thousand dates, and a date read once need not be validated and converted again.
/// Only text of the shape DDDD-DD-DD is looked up; everything else, and every date not seen
/// before, goes to the parse function, whose result is kept and whose exceptions pass unchanged.
/// One per reader: a cache of a pure function.
class date_cache {
public:
  /// trialspec::parse_date(s, field), remembered.
  trialspec::date operator()(std::string_view s, std::string_view field) {
    return get(s, [&] { return trialspec::parse_date(s, field); });
  }
  /// parse() for `s`, remembered: parse must return the date written `s` or throw.
  template <class Parse> trialspec::date get(std::string_view s, Parse&& parse) {
    std::uint32_t digits = 0;
    bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-';
    for (std::size_t i = 0; shape && i < 10; ++i) {
      if (i == 4 || i == 7) continue;
      const unsigned d = static_cast<unsigned char>(s[i]) - static_cast<unsigned>('0');
      shape = d <= 9;
      digits = digits * 10 + d;
    }
    // 0 marks an empty slot (there is no year 0000), so "0000-00-00" is never looked up: it would
    // be taken for the empty slot's date.
    if (!shape || digits == 0) return parse();
    auto& slot = slots_[((digits * 2654435761u) >> 19) % size];
    if (slot.digits == digits) return slot.value;
    const trialspec::date d = parse();
    slot.digits = digits;
    slot.value = d;
    return d;
  }

private:
  struct slot {
    std::uint32_t digits = 0;
    trialspec::date value{};
  };
  static constexpr std::size_t size = 8192;
  std::vector<slot> slots_ = std::vector<slot>(size);
};

} // namespace trialspec_cli
