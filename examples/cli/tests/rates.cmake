# `trialspec arr` and `trialspec km`. Expected outputs were computed in R (poisson.test, MASS::glm.nb,
# survival::survfit / survdiff) by tests/unit/data/rates_reference.R from the same CSV files.
set(rates_input --followup data/rates_followup.csv --relapses data/rates_relapses.csv)

trialspec_cli_test(arr ARGS arr ${rates_input} EXPECT_OUTPUT data/rates_arr.out)
trialspec_cli_test(arr_no_merging ARGS arr ${rates_input} --merge-days 0 EXPECT_OUTPUT data/rates_arr_nomerge.out)
trialspec_cli_test(arr_level_90 ARGS arr ${rates_input} --level 0.9 EXPECT_OUTPUT data/rates_arr_90.out)
trialspec_cli_test(arr_compare ARGS arr ${rates_input} --compare msc,control EXPECT_OUTPUT data/rates_arr_compare.out)
trialspec_cli_test(arr_negbin ARGS arr ${rates_input} --compare msc,control --model negbin
  EXPECT_OUTPUT data/rates_arr_negbin.out)
trialspec_cli_test(arr_single_patient_no_relapses
  ARGS arr --followup data/rates_single_followup.csv --relapses data/rates_single_relapses.csv
  EXPECT_OUTPUT data/rates_arr_single.out)
trialspec_cli_test(arr_compare_same_group
  ARGS arr --followup data/rates_single_followup.csv --relapses data/rates_single_relapses.csv
       --compare solo,solo
  EXPECT_EXIT 64 EXPECT_STDERR "two different groups")
trialspec_cli_test(arr_missing_followup ARGS arr --relapses data/rates_relapses.csv
  EXPECT_EXIT 64 EXPECT_STDERR "missing --followup")
trialspec_cli_test(arr_negbin_needs_compare ARGS arr ${rates_input} --model negbin
  EXPECT_EXIT 64 EXPECT_STDERR "--model negbin needs --compare")
trialspec_cli_test(arr_unknown_group ARGS arr ${rates_input} --compare msc,placebo
  EXPECT_EXIT 64 EXPECT_STDERR "no patient is in group 'placebo'")
trialspec_cli_test(arr_bad_merge_days ARGS arr ${rates_input} --merge-days -3
  EXPECT_EXIT 64 EXPECT_STDERR "--merge-days must be 0 to 3650")
trialspec_cli_test(arr_empty_window
  ARGS arr --followup data/rates_bad_followup.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_STDERR "rates_bad_followup.csv:3:4: end.*must be after the start 2015-02-03")
trialspec_cli_test(arr_option_twice
  ARGS arr ${rates_input} --relapses data/rates_unknown_relapses.csv
  EXPECT_EXIT 64 EXPECT_STDERR "--relapses given twice")
trialspec_cli_test(arr_unknown_patient
  ARGS arr --followup data/rates_followup.csv --relapses data/rates_unknown_relapses.csv
  EXPECT_EXIT 2 EXPECT_STDERR "rates_unknown_relapses.csv:3:1: id .X99. is not in")

trialspec_cli_test(km ARGS km ${rates_input} EXPECT_OUTPUT data/rates_km.out)
trialspec_cli_test(km_log_log ARGS km ${rates_input} --conf-type log-log EXPECT_OUTPUT data/rates_km_loglog.out)
trialspec_cli_test(km_plain ARGS km ${rates_input} --conf-type plain EXPECT_OUTPUT data/rates_km_plain.out)
trialspec_cli_test(km_logrank ARGS km ${rates_input} --logrank msc,control EXPECT_OUTPUT data/rates_km_logrank.out)
trialspec_cli_test(km_single_patient
  ARGS km --followup data/rates_single_followup.csv --relapses data/rates_single_relapses.csv
  EXPECT_OUTPUT data/rates_km_single.out)
trialspec_cli_test(km_bad_conf_type ARGS km ${rates_input} --conf-type loglog
  EXPECT_EXIT 64 EXPECT_STDERR "expected log, log-log or plain")
trialspec_cli_test(km_unknown_patient
  ARGS km --followup data/rates_followup.csv --relapses data/rates_unknown_relapses.csv
  EXPECT_EXIT 2 EXPECT_STDERR "rates_unknown_relapses.csv:3:1: id .X99. is not in")
