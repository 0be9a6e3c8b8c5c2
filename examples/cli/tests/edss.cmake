# trialspec edss: expected outputs were worked out by hand from the step rules
# (include/trialspec/clinical/functional_systems.hpp). data/edss_grades.csv, default options:
#   P01 all 0 -> 0.0; P02 pyramidal 1 + cerebral 1 (not counted) -> 1.0; P03 two FS at 1 -> 1.5;
#   P04 visual 3 (converted 2) -> 2.0; P05 two at 2 -> 2.5; P06 three at 2 -> 3.0;
#   P07 one at 3 + one at 2 -> 3.5; P08 bowel/bladder 5 (converted 4) -> 4.0;
#   P09 pyramidal 4 + sensory 2 -> 4.5; P10 two at 4, ambulation 1 -> 5.0;
#   P11-P20 ambulation 4, 6, 9, 10 ... 16 -> 5.5, 6.0, 6.5, 7.0 ... 10.0;
#   P21 ambulation 1, all FS 0 -> 2.0; P22 ambulation 2 -> 4.5;
#   P23 pyramidal not recorded -> empty; P24 only ambulation 12 recorded -> 8.0 (it decides alone).
# With every non-default option: P02 -> 1.5 (cerebral 1 counted), P09 -> 4.0, P10 -> 4.5.
trialspec_cli_test(edss_file ARGS edss data/edss_grades.csv EXPECT_OUTPUT data/edss_grades.out EXPECT_STDERR "^$")
trialspec_cli_test(edss_stdin ARGS edss STDIN data/edss_grades.csv EXPECT_OUTPUT data/edss_grades.out)
trialspec_cli_test(edss_stdin_dash ARGS edss - STDIN data/edss_grades.csv EXPECT_OUTPUT data/edss_grades.out)
trialspec_cli_test(edss_default_options_explicit
  ARGS edss --cerebral-grade-1 ignored --grade-4-with-2s 4.5 --grade-4s-walking 5.0 data/edss_grades.csv
  EXPECT_OUTPUT data/edss_grades.out)
trialspec_cli_test(edss_options
  ARGS edss --cerebral-grade-1 counted --grade-4-with-2s 4.0 --grade-4s-walking 4.5 data/edss_grades.csv
  EXPECT_OUTPUT data/edss_grades_options.out)

# Bad rows: exit 2, the file, line, column and value named, nothing written to standard output.
trialspec_cli_test(edss_bad_grade ARGS edss data/edss_bad_grade.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "data/edss_bad_grade.csv:3:3: cerebellar: cerebellar .6.: the cerebellar grade must be 0 to 5")
trialspec_cli_test(edss_bad_text ARGS edss data/edss_bad_text.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "data/edss_bad_text.csv:4:7: visual: visual .abc.: expected a whole number")
trialspec_cli_test(edss_bad_negative ARGS edss data/edss_bad_negative.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "data/edss_bad_negative.csv:2:9: ambulation: ambulation .-1.: expected a grade")
trialspec_cli_test(edss_bad_ambulation ARGS edss data/edss_bad_ambulation.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "data/edss_bad_ambulation.csv:2:9: ambulation: ambulation .17.: the ambulation score must be 0 to 16")
trialspec_cli_test(edss_bad_decimal ARGS edss data/edss_bad_decimal.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out
  EXPECT_STDERR "data/edss_bad_decimal.csv:2:9: ambulation: ambulation .4\\.5.: expected a whole number")
trialspec_cli_test(edss_bad_stdin ARGS edss STDIN data/edss_bad_grade.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "<stdin>:3:3: cerebellar")
trialspec_cli_test(edss_bad_header ARGS edss data/edss_bad_header.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "edss_bad_header.csv:1:1: expected the header")
trialspec_cli_test(edss_bad_fields ARGS edss data/edss_bad_fields.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "edss_bad_fields.csv:2:1: expected 9 fields, found 8")
trialspec_cli_test(edss_bad_id ARGS edss data/edss_bad_id.csv EXPECT_EXIT 2
  EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "edss_bad_id.csv:2:1: id: empty")
trialspec_cli_test(edss_missing_file ARGS edss data/edss_no_such_file.csv EXPECT_EXIT 2
  EXPECT_STDERR "edss_no_such_file.csv: cannot open file")

# Bad command lines: exit 64.
trialspec_cli_test(edss_unknown_option ARGS edss --no-such-option data/edss_grades.csv EXPECT_EXIT 64
  EXPECT_OUTPUT data/edss_nothing.out EXPECT_STDERR "unknown option --no-such-option")
trialspec_cli_test(edss_bad_option_value ARGS edss --grade-4-with-2s 5.0 data/edss_grades.csv EXPECT_EXIT 64
  EXPECT_STDERR "--grade-4-with-2s 5.0: unknown value")
trialspec_cli_test(edss_missing_option_value ARGS edss --cerebral-grade-1 EXPECT_EXIT 64
  EXPECT_STDERR "--cerebral-grade-1: missing value")
trialspec_cli_test(edss_two_files ARGS edss data/edss_grades.csv data/edss_grades.csv EXPECT_EXIT 64
  EXPECT_STDERR "more than one input file")
