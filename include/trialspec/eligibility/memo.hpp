// trialspec/eligibility/memo.hpp - the memo of one screening: values criteria compute once and
// reuse (a window's dates, an age, a piece of reason text), owned by the screening, not hidden.
//
// screen(), eligibility_criteria::test() and screen_cohort() each own a screening_memo and hand
// it to every criterion through evaluation_context::memo. A criterion asks it with remember():
// the value is computed on the first request for a key and copied out on the next ones. Outside
// a screening (memo == nullptr) the same request computes directly, so a criterion stays a
// function of the record and the context: the memo changes how often work is done, never a
// verdict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <utility>

namespace trialspec::eligibility {

class screening_memo;

namespace detail {
struct repeat_memo;
/// What screen() keeps in a memo besides remembered values (criterion.hpp, report.hpp).
struct memo_access;
/// One address per (Tag, Key, Value): the identity of a remembered value.
template <class Tag, class Key, class Value> inline constexpr char memo_tag = 0;
} // namespace detail

/// Text of at most N characters kept in place: trivially copyable, so a screening_memo can hold
/// it (a rendered window or age for reasons). Appending past N throws std::length_error.
template <std::size_t N> class inline_text {
public:
  constexpr inline_text() noexcept = default;
  inline_text& append(const char* s, std::size_t n) {
    if (n > N - size_) throw std::length_error("inline_text: more than its capacity");
    std::memcpy(text_ + size_, s, n);
    size_ += static_cast<size_type>(n);
    return *this;
  }
  inline_text& append(std::string_view s) { return append(s.data(), s.size()); }
  inline_text& operator+=(std::string_view s) { return append(s); }
  inline_text& operator+=(char c) { return append(&c, 1); }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {text_, size_}; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  constexpr operator std::string_view() const noexcept { return view(); }

private:
  using size_type = std::conditional_t<(N < 256), std::uint8_t, std::size_t>;
  char text_[N];
  size_type size_ = 0;
};

/// Values computed once per screening. Not thread-safe: one memo serves one screening on one
/// thread at a time (a caller may keep one per thread and pass it in evaluation_context::memo
/// for many records; every value is keyed by what it depends on, so records never mix).
class screening_memo {
public:
  /// Values a memo can hold at once, and the bytes each key and value may take together.
  static constexpr std::size_t capacity = 16;
  static constexpr std::size_t slot_size = 64;

  // Nothing is initialised but the count of slots in use: a memo is made for every record.
  screening_memo() noexcept {} // NOLINT: slots are written before they are read
  screening_memo(const screening_memo&) = delete;
  screening_memo& operator=(const screening_memo&) = delete;

  /// The value `compute()` gives for `key`, remembered under Tag: asked again with the same Tag
  /// and an equal key, the memo returns a copy without calling `compute`. One value per Tag (and
  /// Key and value type): a different key replaces it. The key must determine the value (include
  /// every date, threshold or record datum it depends on). Key and value are trivially copyable
  /// and take at most slot_size bytes together. When all slots are taken, or compute() throws,
  /// nothing is remembered.
  template <class Tag, class Key, class Compute> auto remember(const Key& key, Compute&& compute) {
    using value_type = std::remove_cvref_t<std::invoke_result_t<Compute&>>;
    using entry_type = entry<Key, value_type>;
    static_assert(std::is_trivially_copyable_v<Key> && std::is_trivially_copyable_v<value_type>,
                  "screening_memo remembers trivially copyable keys and values");
    static_assert(sizeof(entry_type) <= slot_size && alignof(entry_type) <= slot_alignment,
                  "screening_memo remembers keys and values of at most slot_size (64) bytes together, aligned "
                  "to at most 8 bytes");
    const void* const tag = &detail::memo_tag<Tag, Key, value_type>;
    for (std::size_t i = 0; i < used_; ++i) {
      if (slots_[i].tag != tag) continue;
      auto* e = std::launder(reinterpret_cast<entry_type*>(slots_[i].bytes));
      if (!(e->key == key)) {
        const value_type v = compute();
        e = new (slots_[i].bytes) entry_type{key, v};
      }
      return e->value;
    }
    const value_type v = compute();
    if (used_ < capacity) {
      new (slots_[used_].bytes) entry_type{key, v};
      slots_[used_].tag = tag;
      ++used_;
    }
    return v;
  }

  /// The number of values held.
  [[nodiscard]] std::size_t size() const noexcept { return used_; }

private:
  friend struct detail::memo_access;
  template <class Key, class Value> struct entry {
    Key key;
    Value value;
  };
  static constexpr std::size_t slot_alignment = 8;
  struct slot {
    const void* tag;
    alignas(slot_alignment) unsigned char bytes[slot_size];
  };
  slot slots_[capacity];
  std::size_t used_ = 0;
  detail::repeat_memo* repeats_ = nullptr;
};

namespace detail {
struct memo_access {
  static repeat_memo*& repeats(screening_memo& m) noexcept { return m.repeats_; }
};
} // namespace detail

} // namespace trialspec::eligibility
