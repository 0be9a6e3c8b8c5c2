// Misuse: two enumerators with the same token could not be told apart when reading a file.
// expect-error: name_table_words_and_tokens_must_be_unique_and_not_empty
#include <trialspec/enum_names.hpp>
#include <cstdint>
enum class status : std::uint8_t { not_tested, negative };
inline constexpr auto status_names = trialspec::name_table<status::negative>({
    {status::not_tested, "not tested", "negative"},
    {status::negative, "negative"},
});
int main() { return static_cast<int>(status_names.size()); }
