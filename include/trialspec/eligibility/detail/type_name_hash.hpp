// trialspec/eligibility/detail/type_name_hash.hpp - a hash of a type's name known at compile
// time, for choosing where a screening_memo looks first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace trialspec::eligibility::detail {

/// FNV-1a of the compiler's signature of this function for T (which names T). Only a hint: with
/// a compiler that gives no signature every type hashes alike, and a memo then finds its values
/// by probing, no less correctly. (Compiler detection belongs in the library's config header once
/// there is one.)
template <class T> constexpr std::size_t type_name_hash() noexcept {
#if defined(__GNUC__) || defined(__clang__)
  constexpr std::string_view name = __PRETTY_FUNCTION__;
#elif defined(_MSC_VER)
  constexpr std::string_view name = __FUNCSIG__;
#else
  constexpr std::string_view name = {};
#endif
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<std::size_t>(h ^ (h >> 32));
}

} // namespace trialspec::eligibility::detail
