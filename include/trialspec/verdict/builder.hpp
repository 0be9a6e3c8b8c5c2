// trialspec/verdict/builder.hpp - verdict_builder: writes verdict trees in place, for criteria that
// explain themselves without building a verdict per node.
#pragma once

#include <trialspec/config.hpp>
#include <trialspec/verdict/detail/storage.hpp>
#include <trialspec/verdict/tree.hpp>
#include <trialspec/verdict/truth.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec {

/// Writes a reason tree in place:
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

  verdict_builder() = default;
  /// Reserves room for `nodes` verdicts and `text` characters of reasons.
  verdict_builder(std::size_t nodes, std::size_t text) : data_(nodes) { data_->text.reserve(text); }

  /// Begins a verdict; the verdicts added before the matching close() are its parts.
  TRIALSPEC_ALWAYS_INLINE node_id open() {
    data_.renew(); // after a finish
    const auto id = static_cast<node_id>(data_->nodes.size());
    data_->nodes.push_back({truth::unknown, false, no_text, 0, 0, nullptr});
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
    data_.renew(); // after a finish
    if (!v.data_) {
      leaf(truth::unknown, {});
      return;
    }
    detail::append_tree(*data_, *v.data_, v.index_);
  }
  /// Writes again the verdict at node `first`, with all its parts: one written and closed in
  /// this builder since the last finish. The copy shares the original's text.
  void repeat(node_id first) {
    if (!data_ || first >= data_->nodes.size() || data_->nodes[first].end <= first)
      throw std::logic_error("verdict_builder::repeat: no closed verdict at that node");
    detail::append_tree(*data_, *data_, first);
  }
  /// Marks node `n`, closed unknown, as left open by the protocol's wording rather than by missing
  /// data (a change in a threshold table's gap): verdict::undecided_by_wording(), and a report lists
  /// it apart from the data to collect.
  void mark_undecided_by_wording(node_id n) noexcept {
    if (data_->nodes[n].value == truth::unknown) data_->nodes[n].by_wording = true;
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
  void end_node(detail::verdict_node& x, truth value) {
    x.value = value;
    x.end = static_cast<std::uint32_t>(data_->nodes.size());
    --open_;
  }
  void check_closed() const {
    if (open_ != 0) throw std::logic_error("verdict_builder::finish: a verdict was opened and not closed");
  }
  detail::verdict_data seal() {
    data_.renew();
    return detail::verdict_data::adopt(data_.release()); // the next open() starts a new block
  }
  detail::storage_owner data_;
  std::size_t open_ = 0;
};

} // namespace trialspec
