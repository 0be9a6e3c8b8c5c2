// trialspec/eligibility/detail/shared_text.hpp - an immutable string shared by its copies.
#pragma once

#include <trialspec/config.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace trialspec::eligibility::detail {

/// An immutable string shared by its copies: views into it stay valid while any copy lives. What
/// std::shared_ptr<const std::string> would give, without bringing <memory> into every
/// translation unit that screens (it holds the text of an unnamed criterion in a report row).
class shared_text {
  struct block {
    std::string text;
    trialspec::detail::atomic_count count{1};
  };

public:
  shared_text() noexcept = default;
  explicit shared_text(std::string text) : p_(new block{std::move(text)}) {}
  shared_text(const shared_text& other) noexcept : p_(other.p_) {
    if (p_) p_->count.fetch_add(1);
  }
  shared_text(shared_text&& other) noexcept : p_(std::exchange(other.p_, nullptr)) {}
  shared_text& operator=(shared_text other) noexcept {
    std::swap(p_, other.p_);
    return *this;
  }
  ~shared_text() {
    if (p_ && p_->count.fetch_sub(1) == 1) delete p_;
  }

  [[nodiscard]] std::string_view view() const noexcept { return p_ ? std::string_view(p_->text) : std::string_view(); }
  explicit operator bool() const noexcept { return p_ != nullptr; }

private:
  block* p_ = nullptr;
};

} // namespace trialspec::eligibility::detail
