trialspec_cli_test(help ARGS help EXPECT_STDERR "^$")
trialspec_cli_test(unknown_command ARGS no-such-command EXPECT_EXIT 64 EXPECT_STDERR "unknown command 'no-such-command'")
trialspec_cli_test(no_command EXPECT_EXIT 64 EXPECT_STDERR "usage: trialspec <command>")
