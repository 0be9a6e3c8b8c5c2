// The static_assert tests in tests/static/ are checked at compile time; running this proves they
// were compiled.
int main() { return 0; }
