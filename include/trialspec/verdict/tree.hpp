// trialspec/verdict/tree.hpp - the verdict: a truth with a reason and the verdicts of its parts,
// kept as one shared, immutable, flat tree; printing it; combining verdicts.
//
// Every node of the tree (in pre-order) and every reason's text live in one shared block, so a
// whole reason tree costs a few allocations however many nodes it has, and copying a verdict (or
// taking one of its children) copies no text. The constructor taking a reason and children is the
// convenient form for small trees; verdict_builder (verdict/builder.hpp) writes large ones in place.
#pragma once

#include <trialspec/text.hpp>
#include <trialspec/verdict/detail/storage.hpp>
#include <trialspec/verdict/truth.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec {

class verdict;
class verdict_children;
class verdict_builder;

/// Appends the reason tree of `v` to `out` as indented text, one verdict per line
/// ("[not met] all of"), each line indented by two spaces per level, starting at `depth`
/// levels: what render(v) returns, written into a buffer the caller already has (a report
/// prints each criterion's tree one level below its own line).
inline void render_into(std::string& out, const verdict& v, std::size_t depth = 0);

/// A truth value with a reason that names the values it looked at, e.g.
/// "EDSS 3.0 on 2014-01-05 is not above 3.0", and the verdicts of its parts.
///
/// Verdicts are immutable values; copies share the tree (copying is a reference-count
/// increment). A default-constructed verdict is unknown with an empty reason and no parts.
class verdict {
public:
  verdict() = default;
  /// A verdict with `reason` whose parts are `children` (their trees are copied in).
  verdict(truth value, std::string_view reason, const std::vector<verdict>& children = {});
  /// A verdict with `reason` whose parts are copies of another verdict's parts.
  verdict(truth value, std::string_view reason, const verdict_children& children);

  static verdict met(std::string_view reason) { return {truth::met, reason}; }
  static verdict not_met(std::string_view reason) { return {truth::not_met, reason}; }
  static verdict unknown(std::string_view reason) { return {truth::unknown, reason}; }

  [[nodiscard]] truth value() const noexcept { return data_ ? node().value : truth::unknown; }
  [[nodiscard]] bool is_met() const noexcept { return value() == truth::met; }
  [[nodiscard]] bool is_not_met() const noexcept { return value() == truth::not_met; }
  [[nodiscard]] bool is_unknown() const noexcept { return value() == truth::unknown; }
  /// Whether this unknown is left open by the protocol's wording (a gap in a threshold table), not
  /// by missing data: collecting data cannot decide it (verdict_builder::mark_undecided_by_wording).
  [[nodiscard]] bool undecided_by_wording() const noexcept { return data_ && node().value == truth::unknown && node().by_wording; }
  /// The reason, valid as long as this verdict or any verdict sharing its tree lives.
  [[nodiscard]] std::string_view reason() const noexcept {
    if (!data_) return {};
    return detail::text_of(*data_, node());
  }
  /// The parts, in order: a forward range of verdicts (each shares this tree).
  [[nodiscard]] verdict_children children() const noexcept;
  /// The number of verdicts in this tree, itself included.
  [[nodiscard]] std::size_t tree_size() const noexcept { return data_ ? node().end - index_ : 1; }

private:
  friend class verdict_children;
  friend class verdict_builder;
  friend void render_into(std::string&, const verdict&, std::size_t);
  verdict(detail::verdict_data data, std::uint32_t index) noexcept : data_(std::move(data)), index_(index) {}
  template <class Parts> static verdict with_parts(truth value, std::string_view reason, const Parts& parts);
  [[nodiscard]] const detail::verdict_node& node() const noexcept { return data_->nodes[index_]; }

  detail::verdict_data data_;
  std::uint32_t index_ = 0;
};

/// The parts of a verdict: a forward range yielding verdicts. Keeps the tree alive.
class verdict_children {
public:
  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using iterator_concept = std::forward_iterator_tag;
    using value_type = verdict;
    using reference = verdict;
    using difference_type = std::ptrdiff_t;

    iterator() = default;
    [[nodiscard]] verdict operator*() const { return verdict(*data_, index_); }
    iterator& operator++() noexcept {
      index_ = (*data_)->nodes[index_].end;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.index_ == b.index_; }

  private:
    friend class verdict_children;
    iterator(const detail::verdict_data* data, std::uint32_t index) noexcept : data_(data), index_(index) {}
    const detail::verdict_data* data_ = nullptr;
    std::uint32_t index_ = 0;
  };

  [[nodiscard]] iterator begin() const noexcept { return {&data_, first_}; }
  [[nodiscard]] iterator end() const noexcept { return {&data_, end_}; }
  [[nodiscard]] bool empty() const noexcept { return first_ == end_; }
  /// Counts the parts (walks them).
  [[nodiscard]] std::size_t size() const noexcept {
    std::size_t n = 0;
    for (auto i = first_; i != end_; i = data_->nodes[i].end) ++n;
    return n;
  }
  /// The i-th part (walks to it); throws std::out_of_range past the end.
  [[nodiscard]] verdict operator[](std::size_t i) const {
    for (auto j = first_; j != end_; j = data_->nodes[j].end)
      if (i-- == 0) return verdict(data_, j);
    throw std::out_of_range("verdict has fewer parts than the index asked for");
  }
  [[nodiscard]] verdict front() const { return (*this)[0]; }

private:
  friend class verdict;
  verdict_children() = default;
  verdict_children(detail::verdict_data data, std::uint32_t first, std::uint32_t end) noexcept
      : data_(std::move(data)), first_(first), end_(end) {}
  detail::verdict_data data_;
  std::uint32_t first_ = 0;
  std::uint32_t end_ = 0;
};

inline verdict_children verdict::children() const noexcept {
  if (!data_) return {};
  return {data_, index_ + 1, node().end};
}

template <class Parts> verdict verdict::with_parts(truth value, std::string_view reason, const Parts& parts) {
  // Sized first, so the block is allocated once.
  std::size_t nodes = 1, text = reason.size();
  for (const verdict& c : parts) {
    nodes += c.tree_size();
    if (c.data_)
      for (std::uint32_t i = c.index_; i < c.node().end; ++i)
        if (!c.data_->nodes[i].static_text) text += c.data_->nodes[i].text_size;
  }
  detail::storage_owner s(nodes);
  s->text.reserve(text);
  s->nodes.emplace_back(); // the root; its parts follow it
  for (const verdict& c : parts) {
    if (c.data_) {
      detail::append_tree(*s, *c.data_, c.index_);
    } else { // an unknown leaf with an empty reason, as the default verdict reads
      const auto at = static_cast<std::uint32_t>(s->nodes.size());
      s->nodes.push_back({truth::unknown, false, static_cast<std::uint32_t>(s->text.size()), 0, at + 1, nullptr});
    }
  }
  auto& root = s->nodes.front();
  root.value = value;
  root.text_begin = static_cast<std::uint32_t>(s->text.size());
  root.text_size = static_cast<std::uint32_t>(reason.size());
  root.end = static_cast<std::uint32_t>(s->nodes.size());
  s->text.append(reason);
  return verdict(detail::verdict_data::adopt(s.release()), 0);
}
inline verdict::verdict(truth value, std::string_view reason, const verdict_children& children)
    : verdict(with_parts(value, reason, children)) {}
inline verdict::verdict(truth value, std::string_view reason, const std::vector<verdict>& children)
    : verdict(with_parts(value, reason, children)) {}

inline void render_into(std::string& out, const verdict& v, std::size_t depth) {
  if (!v.data_) {
    out.append(depth * 2, ' ');
    out += "[unknown] \n";
    return;
  }
  const auto& d = *v.data_;
  // Depth of each node from the stack of the subtree ends still open.
  std::vector<std::uint32_t> ends;
  for (std::uint32_t i = v.index_; i < d.nodes[v.index_].end; ++i) {
    while (!ends.empty() && ends.back() <= i) ends.pop_back();
    const auto& x = d.nodes[i];
    out.append((depth + ends.size()) * 2, ' ');
    out += '[';
    out += to_string(x.value);
    out += "] ";
    out.append(detail::text_of(d, x));
    out += '\n';
    ends.push_back(x.end);
  }
}

/// The reason tree as indented text, one verdict per line: "[not met] all of: ...".
inline std::string render(const verdict& v) {
  std::string out;
  render_into(out, v, 0);
  return out;
}
inline std::ostream& operator<<(std::ostream& os, const verdict& v) { return os << render(v); }

/// Kleene AND of two verdicts; the result keeps both as children.
inline verdict operator&&(const verdict& a, const verdict& b) { return {a.value() && b.value(), "all of", {a, b}}; }
/// Kleene OR of two verdicts; the result keeps both as children.
inline verdict operator||(const verdict& a, const verdict& b) { return {a.value() || b.value(), "any of", {a, b}}; }
/// Negation keeps the negated verdict as its child.
inline verdict operator!(const verdict& a) { return {!a.value(), "not", {a}}; }

/// At least k of the verdicts are met.
inline verdict at_least(std::size_t k, const std::vector<verdict>& parts) {
  truth_counts c;
  for (const auto& p : parts) c.add(p.value());
  return {c.at_least(k), trialspec::detail::cat("at least ", std::to_string(k), " of ", std::to_string(parts.size())), parts};
}

} // namespace trialspec
