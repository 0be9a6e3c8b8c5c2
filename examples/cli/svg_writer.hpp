// svg_writer.hpp - the small SVG (XML) writer of `trialspec km --svg` and `trialspec progression
// --svg`: elements and attributes appended to a string, every text escaped, numbers written the
// same way whatever the locale, and the shared look (palette, dashes, marker shapes, fonts).
#pragma once

#include "cli.hpp"

#include <charconv>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace trialspec_cli::svg {

/// `v` with at most `decimals` digits after the point, trailing zeros dropped ("12.5", "3", "-0.25"),
/// always with '.' (std::to_chars ignores the locale); "0" for a value that rounds to zero.
inline std::string num(double v, int decimals = 2) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  if (r.ec != std::errc()) throw std::logic_error("svg::num: value out of range");
  std::string s(buf, r.ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

/// Appends `text` as XML character data or attribute value: & < > " ' as entities; tab, line feed
/// and carriage return as character references (kept in attribute values); every character XML
/// 1.0 does not allow (other C0 controls, U+FFFE, U+FFFF) and every byte of text that is not valid
/// UTF-8 as U+FFFD, so that no input can break the document.
inline void append_escaped(std::string& out, std::string_view text) {
  static constexpr std::string_view replacement = "\xEF\xBF\xBD";
  const bool utf8 = valid_utf8(text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
    case '&': out += "&amp;"; continue;
    case '<': out += "&lt;"; continue;
    case '>': out += "&gt;"; continue;
    case '"': out += "&quot;"; continue;
    case '\'': out += "&apos;"; continue;
    case '\t': out += "&#9;"; continue;
    case '\n': out += "&#10;"; continue;
    case '\r': out += "&#13;"; continue;
    default: break;
    }
    if (u < 0x20 || (u >= 0x80 && !utf8)) {
      out += replacement;
      continue;
    }
    if (u == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' && (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      out += replacement;
      i += 2;
      continue;
    }
    out += c;
  }
}

inline std::string escaped(std::string_view text) {
  std::string s;
  append_escaped(s, text);
  return s;
}

/// One attribute; numbers are formatted by num() (integers as they are).
struct attr {
  std::string_view name;
  std::string value;
  attr(std::string_view n, std::string_view v) : name(n), value(v) {}
  attr(std::string_view n, const char* v) : name(n), value(v) {}
  attr(std::string_view n, const std::string& v) : name(n), value(v) {}
  attr(std::string_view n, double v) : name(n), value(num(v)) {}
  attr(std::string_view n, int v) : name(n), value(std::to_string(v)) {}
  attr(std::string_view n, long v) : name(n), value(std::to_string(v)) {}
  attr(std::string_view n, std::size_t v) : name(n), value(std::to_string(v)) {}
};

/// Elements appended to a string. open() and close() nest (close() names nothing: it closes the
/// innermost open element); leaf() is an empty element, element() one with text content.
class writer {
public:
  writer& open(std::string_view tag, std::initializer_list<attr> attrs = {}) {
    start(tag, attrs);
    out_ += ">\n";
    open_.emplace_back(tag);
    return *this;
  }
  writer& leaf(std::string_view tag, std::initializer_list<attr> attrs) {
    start(tag, attrs);
    out_ += "/>\n";
    return *this;
  }
  writer& element(std::string_view tag, std::initializer_list<attr> attrs, std::string_view text) {
    start(tag, attrs);
    out_ += '>';
    append_escaped(out_, text);
    out_.append("</").append(tag).append(">\n");
    return *this;
  }
  writer& close() {
    if (open_.empty()) throw std::logic_error("svg::writer: close() without open()");
    out_.append("</").append(open_.back()).append(">\n");
    open_.pop_back();
    return *this;
  }
  /// Markup made by another writer (a finished fragment), as it is.
  writer& raw(std::string_view markup) {
    out_ += markup;
    return *this;
  }
  /// The markup; every element must be closed.
  [[nodiscard]] const std::string& str() const {
    if (!open_.empty()) throw std::logic_error("svg::writer: <" + open_.back() + "> is not closed");
    return out_;
  }

private:
  void start(std::string_view tag, std::initializer_list<attr> attrs) {
    out_.append(1, '<').append(tag);
    for (const auto& a : attrs) {
      out_.append(1, ' ').append(a.name).append("=\"");
      append_escaped(out_, a.value);
      out_ += '"';
    }
  }

  std::string out_;
  std::vector<std::string> open_;
};

/// The XML declaration and the opening <svg> of a standalone image of `width` x `height` with
/// its text alternative (role="img", aria-labelledby pointing at <title> and <desc>), a white
/// background (readable when printed) and the shared style. The caller closes the <svg>.
inline void begin_document(writer& w, double width, double height, std::string_view title, std::string_view desc) {
  w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  w.open("svg", {{"xmlns", "http://www.w3.org/2000/svg"},
                 {"width", width},
                 {"height", height},
                 {"viewBox", "0 0 " + num(width) + ' ' + num(height)},
                 {"role", "img"},
                 {"aria-labelledby", "svg-title svg-desc"},
                 {"font-family", "DejaVu Sans, Liberation Sans, Arial, sans-serif"},
                 {"font-size", 12}});
  w.element("title", {{"id", "svg-title"}}, title);
  w.element("desc", {{"id", "svg-desc"}}, desc);
  w.leaf("rect", {{"class", "background"}, {"x", 0}, {"y", 0}, {"width", width}, {"height", height}, {"fill", "#ffffff"}});
}

/// The Okabe-Ito palette (distinguishable with every common colour-vision deficiency), in an
/// order that keeps the light yellow out (it disappears on white paper); black last.
inline constexpr std::string_view palette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                               "#E69F00", "#56B4E9", "#000000"};
/// Line dash patterns, the second cue besides colour (series i: dashes[i % size]).
inline constexpr std::string_view dashes[] = {"none", "8 4", "2 3", "10 3 2 3", "4 4", "12 2 2 2 2 2"};

inline std::string_view colour(std::size_t i) { return palette[i % std::size(palette)]; }
inline std::string_view dash(std::size_t i) { return dashes[i % std::size(dashes)]; }

/// Marker shapes (the third cue), centred on (x, y) with half-size r, as a path's "d".
enum class shape { plus, cross, triangle_up, triangle_down, square, diamond, circle };
inline constexpr shape series_shapes[] = {shape::plus, shape::cross, shape::triangle_up, shape::square,
                                          shape::diamond, shape::triangle_down, shape::circle};
inline shape series_shape(std::size_t i) { return series_shapes[i % std::size(series_shapes)]; }
/// Whether the shape is drawn by its outline only (plus, cross: strokes).
inline bool stroked_only(shape s) { return s == shape::plus || s == shape::cross; }

/// A path's "d", appended command by command ("M10,20H30V40Z"); absolute coordinates except h, v.
class path {
public:
  path& M(double x, double y) { return point('M', x, y); }
  path& L(double x, double y) { return point('L', x, y); }
  path& H(double x) { return one('H', x); }
  path& V(double y) { return one('V', y); }
  path& h(double dx) { return one('h', dx); }
  path& v(double dy) { return one('v', dy); }
  /// Arc of radius r to (x, y), the large one, clockwise.
  path& A(double r, double x, double y) {
    one('A', r);
    d_.append(1, ',').append(num(r)).append(" 0 1 0 ");
    return coordinates(x, y);
  }
  path& Z() {
    d_ += 'Z';
    return *this;
  }
  /// Continues with the commands of `other`.
  path& append(const path& other) {
    d_ += other.d_;
    return *this;
  }
  [[nodiscard]] const std::string& str() const { return d_; }
  operator std::string() const { return d_; } // NOLINT: a path is used where an attribute value is

private:
  path& point(char c, double x, double y) {
    d_ += c;
    return coordinates(x, y);
  }
  path& coordinates(double x, double y) {
    d_.append(num(x)).append(1, ',').append(num(y));
    return *this;
  }
  path& one(char c, double v) {
    d_ += c;
    d_ += num(v);
    return *this;
  }
  std::string d_;
};

inline std::string marker_path(shape s, double x, double y, double r) {
  path d;
  switch (s) {
  case shape::plus: d.M(x - r, y).H(x + r).M(x, y - r).V(y + r); break;
  case shape::cross: d.M(x - r, y - r).L(x + r, y + r).M(x - r, y + r).L(x + r, y - r); break;
  case shape::triangle_up: d.M(x, y - r).L(x + r, y + r).L(x - r, y + r).Z(); break;
  case shape::triangle_down: d.M(x, y + r).L(x + r, y - r).L(x - r, y - r).Z(); break;
  case shape::square: d.M(x - r, y - r).H(x + r).V(y + r).H(x - r).Z(); break;
  case shape::diamond: d.M(x, y - r).L(x + r, y).L(x, y + r).L(x - r, y).Z(); break;
  case shape::circle: d.M(x - r, y).A(r, x + r, y).A(r, x - r, y).Z(); break;
  }
  return d;
}

/// Axis ticks from 0 to at least `max` (> 0): steps of 1, 2 or 5 times a power of ten, about
/// `target` of them. Returns the step.
inline double nice_step(double max, int target = 6) {
  double magnitude = 1;
  while (magnitude * 10 <= max / target) magnitude *= 10;
  while (magnitude > max / target && magnitude > 1e-9) magnitude /= 10;
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * magnitude >= max / target) return m * magnitude;
  return 10 * magnitude;
}

} // namespace trialspec_cli::svg
