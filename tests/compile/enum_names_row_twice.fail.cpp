// Misuse: an enumerator listed twice (and so another left out) does not compile.
// expect-error: name_table_rows_must_list_every_enumerator_once_in_order
#include <trialspec/enum_names.hpp>
#include <cstdint>
enum class dose : std::uint8_t { single, double_dose, triple };
inline constexpr auto dose_names = trialspec::name_table<dose::triple>({
    {dose::single, "single"},
    {dose::double_dose, "double"},
    {dose::double_dose, "triple"},
});
int main() { return static_cast<int>(dose_names.size()); }
