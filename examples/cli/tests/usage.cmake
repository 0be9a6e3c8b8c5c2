# Command lines across every subcommand: --help and -h, repeated options, meaningless
# combinations. Usage errors exit with 64 and write nothing to standard output.

# `trialspec <subcommand> --help` (or -h, anywhere on the line) prints that subcommand's usage and
# the exit codes on standard output and exits 0, even with other arguments present.
foreach(command screen criteria edss progression arr km)
  trialspec_cli_test(${command}_help ARGS ${command} --help
    EXPECT_STDOUT "^usage: trialspec ${command} .*exit codes: 0 success; 2 bad input.* 3 .* 64 bad command line; 1 unexpected error"
    EXPECT_STDERR "^$")
  trialspec_cli_test(${command}_help_short ARGS ${command} -h EXPECT_STDOUT "^usage: trialspec ${command} " EXPECT_STDERR "^$")
endforeach()
trialspec_cli_test(progression_help_after_options ARGS progression --visits data/progression_visits.csv --help
  EXPECT_STDOUT "^usage: trialspec progression --visits V.csv")
trialspec_cli_test(help_lists_exit_codes ARGS --help EXPECT_STDOUT "exit codes: 0 success")

# A repeated option is an error, not "the last one wins" (bad.csv would never be read).
trialspec_cli_test(progression_visits_twice
  ARGS progression --visits data/progression_bad_edss.csv --visits data/progression_visits.csv
  EXPECT_EXIT 64 EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "--visits given twice")
trialspec_cli_test(progression_flag_twice
  ARGS progression --visits data/progression_visits.csv --no-intermediate-check --no-intermediate-check
  EXPECT_EXIT 64 EXPECT_STDERR "--no-intermediate-check given twice")
trialspec_cli_test(progression_positional ARGS progression data/progression_visits.csv
  EXPECT_EXIT 64 EXPECT_STDERR "unexpected argument 'data/progression_visits.csv'")
trialspec_cli_test(progression_both_stdin ARGS progression --visits - --relapses -
  EXPECT_EXIT 64 EXPECT_STDERR "cannot both read standard input")
trialspec_cli_test(screen_as_of_twice ARGS screen data/screen_small.json --as-of 2014-01-05 --as-of 2015-01-05
  EXPECT_EXIT 64 EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "--as-of given twice")
trialspec_cli_test(screen_format_twice ARGS screen data/screen_small.json --as-of 2014-01-05 --format csv --format json
  EXPECT_EXIT 64 EXPECT_STDERR "--format given twice")
trialspec_cli_test(screen_explain_twice ARGS screen data/screen_small.json --as-of 2014-01-05 --explain --explain
  EXPECT_EXIT 64 EXPECT_STDERR "--explain given twice")
# The registry value stated, then an alternative: still the same option twice.
trialspec_cli_test(screen_reading_twice ARGS screen data/screen_small.json --as-of 2014-01-05 --age over-18-to-80 --age 18-to-80
  EXPECT_EXIT 64 EXPECT_STDERR "--age given twice")
trialspec_cli_test(criteria_format_twice ARGS criteria --format json --format markdown
  EXPECT_EXIT 64 EXPECT_STDERR "--format given twice")
trialspec_cli_test(edss_option_twice ARGS edss --grade-4-with-2s 4.0 --grade-4-with-2s 4.5 data/edss_grades.csv
  EXPECT_EXIT 64 EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "--grade-4-with-2s given twice")
trialspec_cli_test(km_option_twice
  ARGS km --followup data/rates_followup.csv --relapses data/rates_relapses.csv --level 0.9 --level 0.95
  EXPECT_EXIT 64 EXPECT_STDERR "--level given twice")

# Combinations that mean nothing.
trialspec_cli_test(screen_explain_csv ARGS screen data/screen_small.json --as-of 2014-01-05 --explain --format csv
  EXPECT_EXIT 64 EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "--explain writes reasons in the text format only")
trialspec_cli_test(screen_explain_json ARGS screen data/screen_small.json --as-of 2014-01-05 --format json --explain
  EXPECT_EXIT 64 EXPECT_STDERR "--explain writes reasons in the text format only")
trialspec_cli_test(screen_explain_text_stated ARGS screen data/screen_small.json --as-of 2014-01-05 --format text --explain
  EXPECT_STDOUT "S1: eligible\n    S1 as of 2014-01-05: eligible\n")
trialspec_cli_test(km_logrank_level
  ARGS km --followup data/rates_followup.csv --relapses data/rates_relapses.csv --logrank msc,control --level 0.9
  EXPECT_EXIT 64 EXPECT_STDERR "--level sets the Kaplan-Meier intervals; the log-rank test")
trialspec_cli_test(km_logrank_conf_type
  ARGS km --followup data/rates_followup.csv --relapses data/rates_relapses.csv --logrank msc,control --conf-type plain
  EXPECT_EXIT 64 EXPECT_STDERR "--conf-type sets the Kaplan-Meier intervals")
trialspec_cli_test(arr_model_without_compare ARGS arr --followup data/rates_followup.csv --relapses data/rates_relapses.csv --model exact
  EXPECT_EXIT 64 EXPECT_STDERR "--model exact needs --compare A,B")

# Numbers are parsed strictly: std::stod would take these.
foreach(case "hex|0x0.8" "leading_space| 0.5" "plus|+0.5" "exponent|5e-1" "nan|nan")
  string(FIND "${case}" "|" bar)
  string(SUBSTRING "${case}" 0 ${bar} tag)
  math(EXPR bar "${bar} + 1")
  string(SUBSTRING "${case}" ${bar} -1 level)
  trialspec_cli_test(arr_level_strict_${tag}
    ARGS arr --followup data/rates_followup.csv --relapses data/rates_relapses.csv --level "${level}"
    EXPECT_EXIT 64 EXPECT_STDERR "--level \"[^\"]+\": expected a decimal number")
endforeach()
trialspec_cli_test(arr_level_leading_dot ARGS arr --followup data/rates_followup.csv --relapses data/rates_relapses.csv --level .9
  EXPECT_OUTPUT data/rates_arr_90.out)
trialspec_cli_test(progression_tolerance_strict ARGS progression --visits data/progression_visits.csv --confirm-tolerance 0x7,5
  EXPECT_EXIT 64 EXPECT_STDERR "--confirm-tolerance 0x7: expected a decimal number of days")
