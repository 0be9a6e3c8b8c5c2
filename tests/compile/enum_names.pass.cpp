// The well-formed counterpart of the enum_names_*.fail.cpp tests: every enumerator once, in order.
#include <trialspec/enum_names.hpp>
#include <cstdint>
enum class dose : std::uint8_t { single, double_dose, triple };
inline constexpr auto dose_names = trialspec::name_table<dose::triple>({
    {dose::single, "single"},
    {dose::double_dose, "double"},
    {dose::triple, "triple"},
});
int main() { return static_cast<int>(dose_names.size()) == 3 ? 0 : 1; }
