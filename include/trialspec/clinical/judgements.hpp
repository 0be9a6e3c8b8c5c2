// trialspec/clinical/judgements.hpp - the investigator's recorded answers to questions a protocol
// leaves to judgement ("a stable maintenance dose, as defined by the treating physician"), and
// their record facet.
//
// A registry sentence that data cannot decide becomes a question with a key (for a bundled trial,
// "<NCT id>.<criterion id>", e.g. "NCT01892345.I6"); the record holds the investigator's answer
// under that key, or nothing (unknown). The facet of record_traits<R>:
//   investigator_judgement(const R&, std::string_view key) -> std::optional<bool>
#pragma once

#include <trialspec/clinical/record.hpp>
#include <trialspec/text.hpp>

#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trialspec {

/// The investigator's answers by question key, in key order: the part of std::map<std::string,
/// bool> a record needs (p.answers["NCT01892345.I6"] = true, find, erase, iteration), kept in a
/// sorted vector so that the record does not bring <map> into every translation unit that
/// screens. Keys are compared as text, as std::less<> compares them.
class judgement_answers {
public:
  using value_type = std::pair<std::string, bool>;
  using const_iterator = std::vector<value_type>::const_iterator;
  using iterator = std::vector<value_type>::iterator;

  judgement_answers() = default;
  judgement_answers(std::initializer_list<value_type> answers) {
    for (const auto& [key, answer] : answers) insert_or_assign(key, answer);
  }

  /// The answer under `key`, false (not an answer yet) when there was none: assign to it.
  bool& operator[](std::string_view key) {
    const std::size_t i = lower(key);
    if (i == items_.size() || items_[i].first != key) items_.emplace(items_.begin() + static_cast<std::ptrdiff_t>(i), std::string(key), false);
    return items_[i].second;
  }
  /// Sets the answer under `key`; true when the key is new.
  bool insert_or_assign(std::string_view key, bool answer) {
    const std::size_t i = lower(key);
    const bool added = i == items_.size() || items_[i].first != key;
    if (added) items_.emplace(items_.begin() + static_cast<std::ptrdiff_t>(i), std::string(key), answer);
    else items_[i].second = answer;
    return added;
  }
  /// The entry under `key`, or end().
  [[nodiscard]] const_iterator find(std::string_view key) const {
    const std::size_t i = lower(key);
    return i < items_.size() && items_[i].first == key ? items_.begin() + static_cast<std::ptrdiff_t>(i) : items_.end();
  }
  [[nodiscard]] bool contains(std::string_view key) const { return find(key) != end(); }
  [[nodiscard]] std::size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }
  /// The answer under `key`; std::out_of_range naming the key when there is none.
  [[nodiscard]] bool at(std::string_view key) const {
    const auto it = find(key);
    if (it == end()) throw std::out_of_range(trialspec::detail::cat("judgement_answers: no answer under \"", key, "\""));
    return it->second;
  }
  /// Removes the answer under `key`; the number removed (0 or 1).
  std::size_t erase(std::string_view key) {
    const auto it = find(key);
    if (it == end()) return 0;
    items_.erase(it);
    return 1;
  }
  void clear() noexcept { items_.clear(); }
  [[nodiscard]] bool empty() const noexcept { return items_.empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
  [[nodiscard]] const_iterator begin() const noexcept { return items_.begin(); }
  [[nodiscard]] const_iterator end() const noexcept { return items_.end(); }

  friend bool operator==(const judgement_answers&, const judgement_answers&) = default;

private:
  /// The first position whose key is not less than `key` (binary search).
  [[nodiscard]] std::size_t lower(std::string_view key) const noexcept {
    std::size_t lo = 0, hi = items_.size();
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (std::string_view(items_[mid].first) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  std::vector<value_type> items_;
};

template <class R>
concept RecordWithJudgements = Record<R> && requires(const R& r, std::string_view key) {
  { detail::traits_of<R>::investigator_judgement(r, key) } -> std::same_as<std::optional<bool>>;
};

} // namespace trialspec
