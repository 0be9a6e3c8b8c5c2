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

# Relapse dates known to the month (README, "Imprecise dates"). rates_relapses_months.csv is
# rates_relapses.csv with four onsets written as their month (P01 2015-09, P05 2016-11, C03
# 2015-12, C04 2016-01): each month lies inside its patient's follow-up, at least 30 days from
# every other report of the patient, after the patient's first attack. So every day of those
# months gives the same attacks, and the outputs are R's for the day-precise file.
set(rates_months --followup data/rates_followup.csv --relapses data/rates_relapses_months.csv)
trialspec_cli_test(arr_month_onsets ARGS arr ${rates_months} EXPECT_OUTPUT data/rates_arr.out)
trialspec_cli_test(arr_month_onsets_no_merging ARGS arr ${rates_months} --merge-days 0 EXPECT_OUTPUT data/rates_arr_nomerge.out)
trialspec_cli_test(arr_month_onsets_negbin ARGS arr ${rates_months} --compare msc,control --model negbin
  EXPECT_OUTPUT data/rates_arr_negbin.out)
trialspec_cli_test(km_month_onsets ARGS km ${rates_months} EXPECT_OUTPUT data/rates_km.out)
trialspec_cli_test(km_month_onsets_logrank ARGS km ${rates_months} --logrank msc,control EXPECT_OUTPUT data/rates_km_logrank.out)
# P03's only relapse written as its month, 2015-06: still one attack in the follow-up (the
# rates are unchanged), but the time to it depends on the day.
set(rates_first_month --followup data/rates_followup.csv --relapses data/rates_relapses_first_month.csv)
trialspec_cli_test(arr_month_first_onset ARGS arr ${rates_first_month} EXPECT_OUTPUT data/rates_arr.out)
trialspec_cli_test(km_month_first_onset ARGS km ${rates_first_month}
  EXPECT_EXIT 2 EXPECT_STDERR "rates_relapses_first_month.csv: id .P03.: relapse onset .2015-06.: may be the first attack in the follow-up from 2015-03-15 to 2016-03-15: the time to it needs the day .YYYY-MM-DD.")
# P01's 2015-03-20 written as 2015-03: it may be less than 30 days from 2015-03-01 (one attack) or not.
trialspec_cli_test(arr_month_in_merging_gap
  ARGS arr --followup data/rates_followup.csv --relapses data/rates_relapses_month_in_gap.csv
  EXPECT_EXIT 2 EXPECT_STDERR "rates_relapses_month_in_gap.csv: id .P01.: relapse onset .2015-03.: may be less than 30 days from the report on 2015-03-01, so whether they are one attack depends on its day")
trialspec_cli_test(arr_month_in_merging_gap_no_merging
  ARGS arr --followup data/rates_followup.csv --relapses data/rates_relapses_month_in_gap.csv --merge-days 0
  EXPECT_OUTPUT data/rates_arr_nomerge.out)
trialspec_cli_test(arr_followup_month
  ARGS arr --followup data/rates_followup_month.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_STDERR "rates_followup_month.csv:5:3: start: start .2015-04.: known to the month only: the follow-up's person-years and times count its days .YYYY-MM-DD.")
trialspec_cli_test(km_followup_month
  ARGS km --followup data/rates_followup_month.csv --relapses data/rates_relapses.csv
  EXPECT_EXIT 2 EXPECT_STDERR "rates_followup_month.csv:5:3: start: start .2015-04.: known to the month only")
