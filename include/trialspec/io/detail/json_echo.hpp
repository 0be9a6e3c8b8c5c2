// trialspec/io/detail/json_echo.hpp - a JSON value as quoted in an error message: bounded in length and in recursion.
#pragma once

#include <trialspec/io/cohort_format_error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace trialspec::io::detail {

// Enough bytes for max_echoed_chars characters of UTF-8 (at most 4 bytes each) and one more, so
// that echo_text() knows whether to add "...".
inline constexpr std::size_t echo_bytes = 4 * max_echoed_chars + 4;

/// The leading bytes of `s`, at least enough for echo_text() to quote it (and know whether to add
/// "..."), cut on a character boundary.
inline std::string_view bounded_prefix(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && n < echo_bytes) {
    const std::size_t k = utf8_sequence(s, n);
    n += k == 0 ? 1 : k;
  }
  return s.substr(0, n);
}

/// Compact JSON text of `v`, stopping soon after `echo_bytes` bytes. Each level of recursion
/// writes a byte before it descends, so however deep `v` nests, the recursion stops within
/// echo_bytes levels (dump() would recurse through all of them and overflow the stack).
template <class Json> void render_bounded(const Json& v, std::string& out) {
  if (out.size() > echo_bytes) return;
  const auto quoted = [&](std::string_view s) {
    // Cut long strings before escaping them.
    out += Json(std::string(bounded_prefix(s))).dump(-1, ' ', false, Json::error_handler_t::replace);
  };
  if (v.is_object()) {
    out += '{';
    bool first = true;
    for (auto it = v.begin(); it != v.end() && out.size() <= echo_bytes; ++it) {
      if (!first) out += ',';
      first = false;
      quoted(it.key());
      out += ':';
      render_bounded(*it, out);
    }
    out += '}';
  } else if (v.is_array()) {
    out += '[';
    bool first = true;
    for (auto it = v.begin(); it != v.end() && out.size() <= echo_bytes; ++it) {
      if (!first) out += ',';
      first = false;
      render_bounded(*it, out);
    }
    out += ']';
  } else if (v.is_string()) {
    quoted(v.template get_ref<const typename Json::string_t&>());
  } else if (v.is_binary()) {
    out += "(binary)";
  } else {
    out += v.dump();
  }
}

/// `v` as the text an error message quotes (cohort_format_error cuts and escapes it): a string as
/// its text, anything else as compact JSON; never much longer than echo_bytes.
template <class Json> std::string bounded_text(const Json& v) {
  if (v.is_string()) return std::string(bounded_prefix(v.template get_ref<const typename Json::string_t&>()));
  std::string out;
  render_bounded(v, out);
  return out;
}

} // namespace trialspec::io::detail
