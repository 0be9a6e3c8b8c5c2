# Bad input that used to abort a whole cohort without naming anyone, to be dropped silently, or to
# be written raw. Each stops the run with exit code 2 (bad input), 3 (valid input from which the
# statistic cannot be computed) or 64 (bad command line), names the file and the patient, and
# leaves standard output empty (data/edss_nothing.out is empty).
set(nothing data/edss_nothing.out)

# A document names a patient with the line its object starts on (in these files, patient #N on
# line N + 1). A record the protocol cannot be evaluated for. data/screen_born_after.json:3: patient #2 "A" is
# born 2015-01-01, after the screening date; data/screen_early_infusion.json: patient #2 "B" (S1
# without a birth date) has its infusion on 1400-01-05, so the washout window "3 months before the
# infusion" starts before the calendar (years 1400 to 9999) does.
trialspec_cli_test(screen_born_after_screening ARGS screen data/screen_born_after.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: data/screen_born_after.json:3: patient \"A\" \\(#2\\): cannot be screened as of 2014-01-05: .*2015-01-01")
trialspec_cli_test(screen_infusion_before_calendar ARGS screen data/screen_early_infusion.json --as-of 2014-01-05 --washout infusion
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: data/screen_early_infusion.json:3: patient \"B\" \\(#2\\): cannot be screened as of 2014-01-05: .*1400-01-05")
# Under the registry reading the washout is measured from the screening date, so the same file
# screens: S1 is eligible, and B, without a birth date, is undetermined on the age (I2) alone.
trialspec_cli_test(screen_infusion_unused ARGS screen data/screen_early_infusion.json --as-of 2014-01-05 --format csv
  EXPECT_STDOUT "^id,status,failed,unknown\nS1,eligible,,\nB,undetermined,,I2\n$")
# A screening date whose 18-month windows leave the calendar is the command line's fault: 64,
# before any file is read.
trialspec_cli_test(screen_as_of_before_calendar ARGS screen data/screen_no_such_file.json --as-of 1400-01-01
  EXPECT_EXIT 64 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "--as-of \"1400-01-01\": .*outside years 1400 to 9999")
# 1401-07-01 is the first date whose 18 months fit (they start on 1400-01-01); a record with no
# data (data/screen_no_data.json) is undetermined then as on any date.
trialspec_cli_test(screen_as_of_first_possible ARGS screen data/screen_no_data.json --as-of 1401-07-01 --format csv
  EXPECT_STDOUT "^id,status,failed,unknown\nX,undetermined,,I1;")
trialspec_cli_test(screen_as_of_day_before_first_possible ARGS screen data/screen_no_data.json --as-of 1401-06-30
  EXPECT_EXIT 64 EXPECT_OUTPUT ${nothing} EXPECT_STDERR "--as-of \"1401-06-30\": ")

# Observations dated before the patient's birth (S1 is born 1975-03-10).
trialspec_cli_test(screen_edss_before_birth ARGS screen data/screen_edss_before_birth.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "data/screen_edss_before_birth.json:3: patient \"S2\" \\(#2\\): edss\\[1\\]\\.date \"1970-01-01\": is before the birth date 1975-03-10")
trialspec_cli_test(screen_relapse_before_birth ARGS screen data/screen_relapse_before_birth.json --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "patient \"S1\" \\(#1\\): relapses\\[0\\]\\.onset \"1975-03-09\": is before the birth date 1975-03-10")
# An MRI date known to the month is refused only when the whole month is before the birth:
# February 1975 ends on 1975-02-28, wholly before a birth on 1975-03-10.
trialspec_cli_test(screen_mri_month_before_birth ARGS screen data/screen_mri_before_birth.jsonl --as-of 2014-01-05
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "patient \"M-1975-02\" \\(#1\\): mri\\[0\\]\\.date \"1975-02\": is before the birth date 1975-03-10")

# Control characters in ids and names are rejected at reading: printed, they could forge a line
# ("S1: eligible\nFAKE" would print a line "FAKE: ..."). The message shows them escaped.
foreach(format text markdown csv json)
  trialspec_cli_test(screen_control_id_${format} ARGS screen data/screen_control_id.json --as-of 2014-01-05 --format ${format}
    EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
    EXPECT_STDERR "^trialspec: data/screen_control_id.json:3: patient \"S1: eligible\\\\nFAKE\" \\(#2\\): id \"S1: eligible\\\\nFAKE\": contains a control character\n$")
endforeach()
trialspec_cli_test(screen_control_name ARGS screen data/screen_control_name.json --as-of 2014-01-05 --explain
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "patient \"S1\" \\(#1\\): therapies\\[0\\]\\.name \"azathioprine\\\\x1B\\[2K\": contains a control character")
trialspec_cli_test(edss_control_id ARGS edss data/edss_control_id.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^data/edss_control_id.csv:3:1: id \"P02\\\\x1B\\[1A\": contains a control character\n$")

# progression: relapses of an id without visits ("01" where the visits say "1": the relapse
# 60 days before the worsening would make it RAW, and without it the event reads PIRA).
trialspec_cli_test(progression_relapse_unknown_id
  ARGS progression --visits data/progression_id_visits.csv --relapses data/progression_id_relapses.csv
  EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^data/progression_id_relapses.csv:2:1: id \"01\" has no visits in data/progression_id_visits.csv\n$")

# A UTF-8 byte-order mark before the header is accepted, as the JSON reader accepts it.
trialspec_cli_test(edss_byte_order_mark ARGS edss data/edss_bom.csv EXPECT_OUTPUT data/edss_grades.out EXPECT_STDERR "^$")
# A directory is not an empty file.
trialspec_cli_test(edss_directory ARGS edss data EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: data: is a directory")
trialspec_cli_test(screen_directory ARGS screen data --as-of 2014-01-05 EXPECT_EXIT 2 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec: data: is a directory")
trialspec_cli_test(progression_directory ARGS progression --visits data/progression_visits.csv --relapses data
  EXPECT_EXIT 2 EXPECT_STDERR "^trialspec: data: is a directory")

# Valid input from which the statistic cannot be computed: exit 3, naming the files.
# data/rates_followup.csv with no relapse at all: no rate ratio (0 events in both groups), no
# negative binomial fit, no log-rank test.
set(no_events --followup data/rates_followup.csv --relapses data/rates_no_relapses.csv)
trialspec_cli_test(arr_compare_no_events ARGS arr ${no_events} --compare msc,control
  EXPECT_EXIT 3 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec arr: data/rates_followup.csv, data/rates_no_relapses.csv: cannot be computed from these data: events")
trialspec_cli_test(arr_negbin_no_events ARGS arr ${no_events} --compare msc,control --model negbin
  EXPECT_EXIT 3 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec arr: data/rates_followup.csv, data/rates_no_relapses.csv: cannot be computed from these data: events \"0\": no patient has an event")
trialspec_cli_test(km_logrank_no_events ARGS km ${no_events} --logrank msc,control
  EXPECT_EXIT 3 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec km: data/rates_followup.csv, data/rates_no_relapses.csv: cannot be computed from these data: events")
# Six patients, each with exactly one relapse in one year: no overdispersion at all, so the
# negative binomial's theta grows without bound. Every fitting failure gives the same message.
trialspec_cli_test(arr_negbin_no_fit
  ARGS arr --followup data/rates_equal_followup.csv --relapses data/rates_equal_relapses.csv --compare a,b --model negbin
  EXPECT_EXIT 3 EXPECT_OUTPUT ${nothing}
  EXPECT_STDERR "^trialspec arr: data/rates_equal_followup.csv, data/rates_equal_relapses.csv: the negative binomial model cannot be fitted to these data \\(.*\\); --model exact compares the rates without a fitted model\n$")
