// trialspec/verdict.hpp - three-valued verdicts (met / not met / unknown) and reasons.
//
// `truth` is the allocation-free value used on hot paths; `verdict` adds a reason a clinician
// can read and the verdicts of the parts it was decided from. Combination follows Kleene's
// strong three-valued logic: unknown && not_met is not_met, unknown || met is met.
//
// A verdict is an immutable tree kept flat: every node of the tree (in pre-order) and every
// reason's text live in one shared block, so a whole reason tree costs a few allocations however
// many nodes it has, and copying a verdict (or taking one of its children) copies no text.
// `verdict_builder` writes such a tree in place; the constructor taking a reason and children is
// the convenient form for small trees.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#if defined(__GLIBCXX__)
#include <ext/atomicity.h>
#endif

namespace trialspec {

// Reason texts are appended piece by piece; "text"sv pieces carry their length.
using namespace std::string_view_literals;

/// A three-valued answer. The order not_met < unknown < met makes Kleene's AND the minimum and
/// OR the maximum. There is deliberately no conversion to bool: unknown is not false.
enum class truth : std::uint8_t { not_met = 0, unknown = 1, met = 2 };

constexpr truth to_truth(bool b) noexcept { return b ? truth::met : truth::not_met; }

constexpr truth operator!(truth t) noexcept {
  return t == truth::met ? truth::not_met : t == truth::not_met ? truth::met : truth::unknown;
}
constexpr truth operator&&(truth a, truth b) noexcept { return a < b ? a : b; }
constexpr truth operator||(truth a, truth b) noexcept { return a < b ? b : a; }

constexpr std::string_view to_string(truth t) noexcept {
  switch (t) {
  case truth::met: return "met";
  case truth::not_met: return "not met";
  case truth::unknown: return "unknown";
  }
  return "invalid";
}
inline std::ostream& operator<<(std::ostream& os, truth t) { return os << to_string(t); }

/// How many children were met, not met and unknown.
struct truth_counts {
  std::size_t met = 0;
  std::size_t not_met = 0;
  std::size_t unknown = 0;

  constexpr void add(truth t) noexcept {
    switch (t) {
    case truth::met: ++met; break;
    case truth::not_met: ++not_met; break;
    case truth::unknown: ++unknown; break;
    }
  }
  constexpr std::size_t total() const noexcept { return met + not_met + unknown; }

  /// Met when at least k are met; not met when even every unknown being met would not reach k.
  constexpr truth at_least(std::size_t k) const noexcept {
    if (met >= k) return truth::met;
    if (met + unknown < k) return truth::not_met;
    return truth::unknown;
  }
  /// Met when at most k can be met (met + unknown <= k); not met when more than k are met.
  constexpr truth at_most(std::size_t k) const noexcept {
    if (met > k) return truth::not_met;
    if (met + unknown <= k) return truth::met;
    return truth::unknown;
  }
};

/// At least k of the values are met (Kleene generalisation; see truth_counts::at_least).
constexpr truth at_least(std::size_t k, std::initializer_list<truth> values) noexcept {
  truth_counts c;
  for (truth t : values) c.add(t);
  return c.at_least(k);
}
/// At most k of the values are met.
constexpr truth at_most(std::size_t k, std::initializer_list<truth> values) noexcept {
  truth_counts c;
  for (truth t : values) c.add(t);
  return c.at_most(k);
}

namespace detail {
/// One node of a flat reason tree. Nodes are in pre-order: a node's first child (if any) follows
/// it, and each subtree ends where `end` says, so the next sibling starts at `end`.
struct verdict_node {
  truth value = truth::unknown;
  std::uint32_t text_begin = 0;
  std::uint32_t text_size = 0;
  std::uint32_t end = 0;
  /// Text with static storage duration (a protocol's wording), used instead of the shared text.
  const char* static_text = nullptr;
};
/// The count of verdicts sharing one tree. With libstdc++ it is libstdc++'s own (atomic once the
/// program has started a thread, plain before, as std::shared_ptr's); elsewhere std::atomic.
class reference_count {
public:
#if defined(__GLIBCXX__)
  void add(int n) const noexcept { __gnu_cxx::__atomic_add_dispatch(&count_, n); }
  /// Drops one; true when it was the last.
  [[nodiscard]] bool release() const noexcept { return __gnu_cxx::__exchange_and_add_dispatch(&count_, -1) == 1; }

private:
  mutable _Atomic_word count_ = 1;
#else
  void add(int n) const noexcept { count_.fetch_add(n, std::memory_order_relaxed); }
  [[nodiscard]] bool release() const noexcept { return count_.fetch_sub(1, std::memory_order_acq_rel) == 1; }

private:
  mutable std::atomic<int> count_{1};
#endif
};
/// All the nodes and reason text of one or more trees, shared by the verdicts that point into it.
struct verdict_storage {
  std::vector<verdict_node> nodes;
  std::string text;
  reference_count references;
};
/// A counted reference to a verdict_storage (an intrusive pointer: no separate control block,
/// and a builder hands out the references of a whole forest with one increment).
class verdict_data {
public:
  verdict_data() noexcept = default;
  verdict_data(const verdict_data& other) noexcept : p_(other.p_) {
    if (p_) p_->references.add(1);
  }
  verdict_data(verdict_data&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
  verdict_data& operator=(verdict_data other) noexcept {
    std::swap(p_, other.p_);
    return *this;
  }
  ~verdict_data() {
    if (p_ && p_->references.release()) delete p_;
  }
  /// Takes over one reference already counted in `p`.
  static verdict_data adopt(const verdict_storage* p) noexcept {
    verdict_data d;
    d.p_ = p;
    return d;
  }
  [[nodiscard]] const verdict_storage* get() const noexcept { return p_; }
  const verdict_storage* operator->() const noexcept { return p_; }
  const verdict_storage& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }

private:
  const verdict_storage* p_ = nullptr;
};
inline std::string_view text_of(const verdict_storage& s, const verdict_node& n) noexcept {
  if (n.static_text) return {n.static_text, n.text_size};
  return std::string_view(s.text).substr(n.text_begin, n.text_size);
}
} // namespace detail

class verdict;
class verdict_children;
class verdict_builder;
namespace detail {
void render_into(std::string& out, const verdict& v, std::size_t depth);
} // namespace detail

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
  friend void detail::render_into(std::string&, const verdict&, std::size_t);
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

/// Writes a reason tree in place, for criteria that explain themselves without building a
/// verdict per node:
///
///     const auto n = b.open();            // a node; its parts follow
///     ... write the parts (b.leaf, b.append, or nested open/close) ...
///     b.reason(n) += "all of";            // the node's reason, written in one go
///     b.close(n, value);
///
/// `leaf(value, text)` is open + reason + close for a node without parts. A builder may hold
/// several trees side by side (a forest); `finish()` returns the single tree,
/// `finish_forest()` each tree in order. Both leave the builder empty.
class verdict_builder {
public:
  using node_id = std::uint32_t;

  verdict_builder() : data_(std::make_unique<detail::verdict_storage>()) {}
  /// Reserves room for `nodes` verdicts and `text` characters of reasons.
  verdict_builder(std::size_t nodes, std::size_t text) : verdict_builder() {
    data_->nodes.reserve(nodes);
    data_->text.reserve(text);
  }

  /// Begins a verdict; the verdicts added before the matching close() are its parts.
  node_id open() {
    if (!data_) data_ = std::make_unique<detail::verdict_storage>(); // after a finish
    const auto id = static_cast<node_id>(data_->nodes.size());
    data_->nodes.push_back({truth::unknown, no_text, 0, 0, nullptr});
    ++open_;
    return id;
  }
  /// The buffer to append node `n`'s reason to. Everything appended from this call until
  /// close(n) is the reason, so write it in one go and add no parts in between.
  std::string& reason(node_id n) {
    data_->nodes[n].text_begin = static_cast<std::uint32_t>(data_->text.size());
    return data_->text;
  }
  /// Ends node `n` with its value and, instead of a written reason, `static_reason`: text that
  /// outlives every verdict (a string literal, a protocol's compile-time wording). It is not copied.
  void close(node_id n, truth value, std::string_view static_reason) {
    auto& x = data_->nodes[n];
    x.static_text = static_reason.data();
    x.text_begin = 0;
    x.text_size = static_cast<std::uint32_t>(static_reason.size());
    end_node(x, value);
  }
  /// Ends node `n` with its value.
  void close(node_id n, truth value) {
    auto& x = data_->nodes[n];
    if (x.text_begin == no_text) x.text_begin = static_cast<std::uint32_t>(data_->text.size());
    x.text_size = static_cast<std::uint32_t>(data_->text.size()) - x.text_begin;
    end_node(x, value);
  }
  /// A verdict without parts.
  void leaf(truth value, std::string_view text) {
    const auto n = open();
    reason(n).append(text);
    close(n, value);
  }
  /// Copies a finished verdict's whole tree in, as one verdict.
  void append(const verdict& v) {
    if (!data_) data_ = std::make_unique<detail::verdict_storage>(); // after a finish
    if (!v.data_) {
      leaf(truth::unknown, {});
      return;
    }
    copy_tree(*v.data_, v.index_);
  }
  /// Writes again the verdict at node `first`, with all its parts: one written and closed in
  /// this builder since the last finish. The copy shares the original's text.
  void repeat(node_id first) {
    if (!data_ || first >= data_->nodes.size() || data_->nodes[first].end <= first)
      throw std::logic_error("verdict_builder::repeat: no closed verdict at that node");
    copy_tree(*data_, first);
  }
  /// The value node `n` was closed with.
  [[nodiscard]] truth value_of(node_id n) const noexcept { return data_->nodes[n].value; }
  /// The number of verdicts written so far (the id the next open() returns).
  [[nodiscard]] node_id size() const noexcept { return data_ ? static_cast<node_id>(data_->nodes.size()) : 0; }
  /// The number of characters of reasons written so far.
  [[nodiscard]] std::size_t text_size() const noexcept { return data_ ? data_->text.size() : 0; }

  /// The one tree written. Throws std::logic_error when a node is still open or the builder holds
  /// no tree or several.
  [[nodiscard]] verdict finish() {
    check_closed();
    if (!data_ || data_->nodes.empty() || data_->nodes[0].end != data_->nodes.size())
      throw std::logic_error("verdict_builder::finish: the builder holds no tree or more than one");
    return verdict(seal(), 0);
  }
  /// Each tree written, in order.
  [[nodiscard]] std::vector<verdict> finish_forest() {
    std::vector<verdict> out;
    finish_forest([&](verdict v) { out.push_back(std::move(v)); });
    return out;
  }
  /// Calls each(verdict) for each tree written, in order.
  template <class F> void finish_forest(F&& each) {
    check_closed();
    const detail::verdict_data d = seal();
    const auto& nodes = d->nodes;
    int trees = 0;
    for (std::uint32_t i = 0; i < nodes.size(); i = nodes[i].end) ++trees;
    d->references.add(trees); // one reference per tree, counted at once
    std::uint32_t i = 0;
    try {
      for (; i < nodes.size(); i = nodes[i].end, --trees) each(verdict(detail::verdict_data::adopt(d.get()), i));
    } catch (...) {
      if (i < nodes.size()) --trees; // the tree being handed out was adopted by its verdict
      d->references.add(-trees);     // the trees not handed out
      throw;
    }
  }

private:
  static constexpr std::uint32_t no_text = std::numeric_limits<std::uint32_t>::max();
  /// Appends the tree at node `first` of `src` (another block, or this builder's own). Text from
  /// another block is copied; this block's own text is shared.
  void copy_tree(const detail::verdict_storage& src, std::uint32_t first) {
    const bool own = &src == data_.get();
    const std::uint32_t last = src.nodes[first].end;
    const auto shift = static_cast<std::uint32_t>(data_->nodes.size()) - first;
    for (std::uint32_t i = first; i < last; ++i) {
      detail::verdict_node x = src.nodes[i]; // a copy: push_back may move src.nodes when src is this block
      if (!own && !x.static_text) {
        const auto begin = static_cast<std::uint32_t>(data_->text.size());
        data_->text.append(src.text, x.text_begin, x.text_size);
        x.text_begin = begin;
      }
      x.end += shift;
      data_->nodes.push_back(x);
    }
  }
  void end_node(detail::verdict_node& x, truth value) {
    x.value = value;
    x.end = static_cast<std::uint32_t>(data_->nodes.size());
    --open_;
  }
  void check_closed() const {
    if (open_ != 0) throw std::logic_error("verdict_builder::finish: a verdict was opened and not closed");
  }
  detail::verdict_data seal() {
    if (!data_) data_ = std::make_unique<detail::verdict_storage>();
    return detail::verdict_data::adopt(data_.release()); // the next open() starts a new block
  }
  std::unique_ptr<detail::verdict_storage> data_;
  std::size_t open_ = 0;
};

template <class Parts> verdict verdict::with_parts(truth value, std::string_view reason, const Parts& parts) {
  // Sized first, so the block is allocated once.
  std::size_t nodes = 1, text = reason.size();
  for (const verdict& c : parts)
    if (c.data_) {
      nodes += c.tree_size();
      for (std::uint32_t i = c.index_; i < c.node().end; ++i)
        if (!c.data_->nodes[i].static_text) text += c.data_->nodes[i].text_size;
    }
  verdict_builder b(nodes, text);
  const auto n = b.open();
  for (const verdict& c : parts) b.append(c);
  b.reason(n).append(reason);
  b.close(n, value);
  return b.finish();
}
inline verdict::verdict(truth value, std::string_view reason, const verdict_children& children)
    : verdict(with_parts(value, reason, children)) {}
inline verdict::verdict(truth value, std::string_view reason, const std::vector<verdict>& children)
    : verdict(with_parts(value, reason, children)) {}

namespace detail {
/// Appends the tree as indented lines, starting at `depth`.
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
} // namespace detail

/// The reason tree as indented text, one verdict per line: "[not met] all of: ...".
inline std::string render(const verdict& v) {
  std::string out;
  detail::render_into(out, v, 0);
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
  return {c.at_least(k), "at least " + std::to_string(k) + " of " + std::to_string(parts.size()), parts};
}

} // namespace trialspec
