// Misuse: a token is written only where it differs from the words, so that a table shows at a
// glance which spellings differ.
// expect-error: name_table_token_given_where_it_equals_the_words
#include <trialspec/enum_names.hpp>
#include <cstdint>
enum class status : std::uint8_t { negative, positive };
inline constexpr auto status_names = trialspec::name_table<status::positive>({
    {status::negative, "negative", "negative"},
    {status::positive, "positive"},
});
int main() { return static_cast<int>(status_names.size()); }
