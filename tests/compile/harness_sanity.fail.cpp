// Sanity: the harness must see a compile error, and check its message.
// expect-error: harness sanity: this must not compile
template <class T> constexpr bool always_false = false;
static_assert(always_false<int>, "harness sanity: this must not compile");
int main() {}
