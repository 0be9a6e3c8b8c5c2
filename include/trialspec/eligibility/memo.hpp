// trialspec/eligibility/memo.hpp - the memo of one screening: values criteria compute once and
// reuse (a window's dates, an age, a piece of reason text), owned by the screening, not hidden.
//
// screen(), eligibility_criteria::test() and screen_cohort() hand every criterion a memo through
// evaluation_context::memo: the caller's when the context brings one, otherwise one of their own
// (screen_cohort one for the whole cohort). A criterion asks it with remember(): the value is
// computed on the first request for a key and copied out on the next ones. Outside a screening
// (memo == nullptr) the same request computes directly, so a criterion stays a function of the
// record and the context: the memo changes how often work is done, never a verdict.
//
// To screen many records one by one, keep one memo per thread and pass it in the context:
//
//     screening_memo memo;
//     const evaluation_context at{as_of, std::nullopt, &memo};
//     for (const auto& p : patients) outcomes.push_back(criteria.test(p, at));
//
// Windows around the same screening date are then resolved once for all of them, not once per
// record.
#pragma once

#include <trialspec/eligibility/detail/type_name_hash.hpp>

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
/// The parts of a memo the eligibility module itself uses: screen()'s repeat table
/// (criterion.hpp, report.hpp) and the lookup of windows in place (context.hpp).
struct memo_access;
/// A record's address, the key of screen()'s repeat table: std::addressof without <memory> (the
/// builtin it is made of, which g++, clang++ and MSVC provide), as a record type may overload
/// unary &.
template <class T> constexpr const T* address_of(const T& x) noexcept { return __builtin_addressof(x); }
/// One address per (Tag, Key, Value): the identity of a remembered value.
template <class Tag, class Key, class Value> inline constexpr char memo_tag = 0;
template <class Tag, class Key, class Value> struct memo_entry_id {};
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

  // Only the slots' tags are initialised (a memo may be made for every record): a slot's bytes are
  // written before its tag says it is in use.
  screening_memo() noexcept : tags_{} {}
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
    if (const value_type* v = place<Tag>(key, compute)) return *v;
    return value_type(compute()); // every slot taken by other values
  }

  /// The number of values held.
  [[nodiscard]] std::size_t size() const noexcept { return used_; }

private:
  friend struct detail::memo_access;
  /// The value remembered under Tag for `key` (a Value) if it is where it is looked for first,
  /// or nullptr: the fast path of place().
  template <class Tag, class Value, class Key> [[nodiscard]] const Value* find(const Key& key) const noexcept {
    // Open addressing from a slot chosen at compile time: a value asked for again is usually found
    // at the first probe, all this function looks at (place() probes further).
    const void* const tag = &detail::memo_tag<Tag, Key, Value>;
    constexpr std::size_t i = home<Tag, Key, Value>();
    if (tags_[i] != tag) return nullptr;
    const auto* e = std::launder(reinterpret_cast<const entry<Key, Value>*>(slots_[i]));
    return e->key == key ? &e->value : nullptr;
  }

  /// Where remember() keeps the value for `key`: a pointer to it in its slot (valid until the
  /// slot is given another key of the same Tag), or nullptr when every slot is taken.
  template <class Tag, class Key, class Compute> const auto* place(const Key& key, Compute& compute) {
    using value_type = std::remove_cvref_t<std::invoke_result_t<Compute&>>;
    using entry_type = entry<Key, value_type>;
    if (const value_type* v = find<Tag, value_type>(key)) return v;
    const void* const tag = &detail::memo_tag<Tag, Key, value_type>;
    std::size_t i = home<Tag, Key, value_type>();
    for (std::size_t probes = 0; probes < capacity; ++probes, i = (i + 1) % capacity) {
      if (tags_[i] == tag) {
        auto* e = std::launder(reinterpret_cast<entry_type*>(slots_[i]));
        if (!(e->key == key)) store<entry_type>(i, key, compute);
        return &std::launder(reinterpret_cast<entry_type*>(slots_[i]))->value;
      }
      if (!tags_[i]) {
        store<entry_type>(i, key, compute);
        tags_[i] = tag;
        ++used_;
        return &std::launder(reinterpret_cast<entry_type*>(slots_[i]))->value;
      }
    }
    return static_cast<const value_type*>(nullptr);
  }

  template <class Key, class Value> struct entry {
    Key key;
    Value value;
  };
  static constexpr std::size_t slot_alignment = 8;
  /// The slot where a value is looked for first (then the next ones, in turn).
  template <class Tag, class Key, class Value> static constexpr std::size_t home() noexcept {
    return detail::type_name_hash<detail::memo_entry_id<Tag, Key, Value>>() % capacity;
  }
  template <class Entry, class Key, class Compute> void store(std::size_t i, const Key& key, Compute& compute) {
    const decltype(Entry::value) v = compute(); // a throw leaves the slot as it was
    new (slots_[i]) Entry{key, v};
  }

  const void* tags_[capacity];
  alignas(slot_alignment) unsigned char slots_[capacity][slot_size];
  std::size_t used_ = 0;
  detail::repeat_memo* repeats_ = nullptr;
};

namespace detail {
struct memo_access {
  static repeat_memo*& repeats(screening_memo& m) noexcept { return m.repeats_; }
  template <class Tag, class Key, class Compute> static auto place(screening_memo& m, const Key& key, Compute& compute) {
    return m.place<Tag>(key, compute);
  }
};
} // namespace detail

} // namespace trialspec::eligibility
