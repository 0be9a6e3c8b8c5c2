// trialspec/verdict/detail/storage.hpp - the shared block behind verdicts: flat nodes, reason
// text and the intrusive reference count.
#pragma once

#include <trialspec/config.hpp>
#include <trialspec/verdict/truth.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace trialspec::detail {

/// One node of a flat reason tree. Nodes are in pre-order: a node's first child (if any) follows
/// it, and each subtree ends where `end` says, so the next sibling starts at `end`.
struct verdict_node {
  truth value = truth::unknown;
  /// An unknown the protocol's wording leaves open (a gap in a threshold table), not missing data
  /// (verdict::undecided_by_wording). Held in the padding after `value`: the node keeps its size.
  bool by_wording = false;
  std::uint32_t text_begin = 0;
  std::uint32_t text_size = 0;
  std::uint32_t end = 0;
  /// Text with static storage duration (a protocol's wording), used instead of the shared text.
  const char* static_text = nullptr;
};
// node_list copies nodes with memcpy.
static_assert(std::is_trivially_copyable_v<verdict_node>, "verdict_node must stay trivially copyable");

/// The nodes of a verdict_storage: a growable array of verdict_node (trivially copyable). What
/// std::vector would be, with the growth out of line, so that adding a node (verdict_builder::open,
/// once per verdict of a report) is a compare and a store inlined where it is written.
class node_list {
public:
  node_list() noexcept = default;
  node_list(const node_list&) = delete;
  node_list& operator=(const node_list&) = delete;
  ~node_list() {
    if (data_ != first_) ::operator delete(data_);
  }
  /// Starts on `capacity` nodes at `room`, memory the list does not own (the block it lives in,
  /// see make_storage); growing past them moves the nodes to memory of its own.
  void start_in(verdict_node* room, std::size_t capacity) noexcept {
    data_ = first_ = room;
    capacity_ = capacity;
  }

  TRIALSPEC_ALWAYS_INLINE void push_back(const verdict_node& x) {
    if (size_ == capacity_) [[unlikely]]
      grow(size_ + 1);
    std::memcpy(static_cast<void*>(data_ + size_), &x, sizeof x);
    ++size_;
  }
  void emplace_back() { push_back(verdict_node{}); }
  /// Room for `n` nodes in all.
  void reserve(std::size_t n) {
    if (n > capacity_) grow(n);
  }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  verdict_node& operator[](std::size_t i) noexcept { return data_[i]; }
  const verdict_node& operator[](std::size_t i) const noexcept { return data_[i]; }
  verdict_node& front() noexcept { return data_[0]; }
  const verdict_node& front() const noexcept { return data_[0]; }

private:
  TRIALSPEC_COLD void grow(std::size_t at_least) {
    std::size_t n = capacity_ < 8 ? 8 : 2 * capacity_;
    if (n < at_least) n = at_least;
    auto* to = static_cast<verdict_node*>(::operator new(n * sizeof(verdict_node)));
    if (size_) std::memcpy(static_cast<void*>(to), data_, size_ * sizeof(verdict_node));
    if (data_ != first_) ::operator delete(data_);
    data_ = to;
    capacity_ = n;
  }
  verdict_node* data_ = nullptr;
  verdict_node* first_ = nullptr; // memory given by start_in(), not owned
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

/// The count of verdicts sharing one tree. While the process has one thread (config.hpp says how
/// that is known) a count changes by plain loads and stores, as std::shared_ptr's does in
/// libstdc++: a verdict is copied for every part of every report, and an atomic read-modify-write
/// costs far more than a plain add. Once a second thread has started, every change is atomic.
class reference_count {
public:
  void add(int n) const noexcept {
    if (process_is_single_threaded())
      count_.store(count_.load() + n);
    else
      count_.fetch_add(n);
  }
  /// Drops one; true when it was the last.
  [[nodiscard]] bool release() const noexcept {
    if (process_is_single_threaded()) {
      const int before = count_.load();
      count_.store(before - 1);
      return before == 1;
    }
    return count_.fetch_sub(1) == 1;
  }

private:
  mutable atomic_count count_{1};
};

/// All the nodes and reason text of one or more trees, shared by the verdicts that point into it.
struct verdict_storage {
  node_list nodes;
  std::string text;
  reference_count references;
};
/// A new verdict_storage with room for `nodes` nodes in the same allocation (a report knows how
/// many verdicts it writes: one allocation for the block and its nodes instead of two). Freed by
/// free_storage().
inline verdict_storage* make_storage(std::size_t nodes) {
  static_assert(sizeof(verdict_storage) % alignof(verdict_node) == 0, "the nodes follow the block, aligned");
  void* m = ::operator new(sizeof(verdict_storage) + nodes * sizeof(verdict_node));
  auto* s = ::new (m) verdict_storage; // no exception: the members' constructors do not throw
  if (nodes) s->nodes.start_in(reinterpret_cast<verdict_node*>(static_cast<char*>(m) + sizeof(verdict_storage)), nodes);
  return s;
}
inline void free_storage(const verdict_storage* s) noexcept {
  if (!s) return;
  s->~verdict_storage();
  ::operator delete(const_cast<verdict_storage*>(s));
}

/// The single owner of a verdict_storage being built, until it is sealed into verdicts (what
/// std::unique_ptr would be, without bringing <memory> into every translation unit that screens).
class storage_owner {
public:
  storage_owner() : p_(make_storage(0)) {}
  /// A block with room for `nodes` nodes.
  explicit storage_owner(std::size_t nodes) : p_(make_storage(nodes)) {}
  storage_owner(const storage_owner&) = delete;
  storage_owner& operator=(const storage_owner&) = delete;
  storage_owner(storage_owner&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
  storage_owner& operator=(storage_owner&& other) noexcept {
    if (this != &other) {
      free_storage(p_);
      p_ = std::exchange(other.p_, nullptr);
    }
    return *this;
  }
  ~storage_owner() { free_storage(p_); }

  /// Allocates a new block if this one was released.
  void renew() {
    if (!p_) [[unlikely]]
      make();
  }
  /// Gives up the block (the caller now owns it); this owner is empty until renew().
  [[nodiscard]] verdict_storage* release() noexcept { return std::exchange(p_, nullptr); }
  verdict_storage* operator->() const noexcept { return p_; }
  verdict_storage& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }

private:
  TRIALSPEC_COLD void make() { p_ = make_storage(0); }
  verdict_storage* p_;
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
    if (p_ && p_->references.release()) free_storage(p_);
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

/// Appends the tree at node `first` of `from` (another block, or `to` itself) to `to`. Text from
/// another block is copied; the block's own text is shared.
inline void append_tree(verdict_storage& to, const verdict_storage& from, std::uint32_t first) {
  const bool own = &from == &to;
  const std::uint32_t last = from.nodes[first].end;
  const auto shift = static_cast<std::uint32_t>(to.nodes.size()) - first;
  for (std::uint32_t i = first; i < last; ++i) {
    verdict_node x = from.nodes[i]; // a copy: push_back may move from.nodes when from is `to`
    if (!own && !x.static_text) {
      const auto begin = static_cast<std::uint32_t>(to.text.size());
      to.text.append(from.text, x.text_begin, x.text_size);
      x.text_begin = begin;
    }
    x.end += shift;
    to.nodes.push_back(x);
  }
}

} // namespace trialspec::detail
