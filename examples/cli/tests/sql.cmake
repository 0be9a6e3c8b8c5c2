# trialspec sql and omop-export: bad input, and (label `postgres`) the SQL run in a real
# PostgreSQL 15: a private cluster started by the fixture sql.postgres_start in the build tree and
# stopped and removed by sql.postgres_stop (FIXTURES_CLEANUP: it runs also when a test failed).
trialspec_cli_test(sql_no_protocol ARGS sql --as-of 2014-01-05 EXPECT_EXIT 64 EXPECT_STDERR "--protocol NAME is required")
trialspec_cli_test(sql_no_as_of ARGS sql --protocol sql-core EXPECT_EXIT 64 EXPECT_STDERR "--as-of YYYY-MM-DD is required")
trialspec_cli_test(sql_bad_as_of ARGS sql --protocol sql-core --as-of 2014-02-30 EXPECT_EXIT 64 EXPECT_STDERR "--as-of.*2014-02-30")
trialspec_cli_test(sql_unknown_protocol ARGS sql --protocol nope --as-of 2014-01-05 EXPECT_EXIT 64
  EXPECT_STDERR "--protocol nope: expected one of")
trialspec_cli_test(sql_oratorio_columns ARGS sql --protocol oratorio --as-of 2014-01-05
  EXPECT_STDOUT "AS \"I1\".*AS \"I5\".*AS \"C5\".*AS \"E1\".*AS \"E8\"")
trialspec_cli_test(sql_sakurastar_columns ARGS sql --protocol sakurastar --as-of 2014-01-05
  EXPECT_STDOUT "AS \"I1\".*AS \"I2\".*AS \"I3\".*AS \"I4\"")
trialspec_cli_test(sql_nct02249676_columns ARGS sql --protocol nct02249676 --as-of 2014-01-05
  EXPECT_STDOUT "AS \"I1\".*AS \"I5\".*AS \"E1\".*AS \"E7\"")
trialspec_cli_test(sql_champion_columns ARGS sql --protocol champion-nmosd --as-of 2014-01-05
  EXPECT_STDOUT "AS \"Age\".*AS \"I6\".*AS \"E1\".*AS \"E5\"")
trialspec_cli_test(sql_opera_columns ARGS sql --protocol opera --as-of 2014-01-05
  EXPECT_STDOUT "AS \"Age\".*AS \"I1\".*AS \"I4\".*AS \"E1\".*AS \"E6\"")
trialspec_cli_test(sql_asclepios_columns ARGS sql --protocol asclepios --as-of 2014-01-05
  EXPECT_STDOUT "AS \"I1\".*AS \"I5\".*AS \"E1\".*AS \"E5\"")
trialspec_cli_test(sql_prevent_columns ARGS sql --protocol prevent --as-of 2014-01-05
  EXPECT_STDOUT "AS \"I1\".*AS \"I7\".*AS \"E1\".*AS \"E2\".*AS \"E3\"")
trialspec_cli_test(sql_reading_bp_both ARGS sql --protocol nct02249676 --as-of 2014-01-05 --bp both
  EXPECT_STDOUT "m.value_as_number >= 200 AND .*>= 110.*AS \"E7\"")
trialspec_cli_test(sql_reading_without_sql ARGS sql --protocol nct02249676 --as-of 2014-01-05 --diagnosis diagnostic-criteria EXPECT_EXIT 64
  EXPECT_STDERR "diagnosis diagnostic-criteria.*this reading has no SQL")
trialspec_cli_test(sql_reading_other_protocol ARGS sql --protocol opera --as-of 2014-01-05 --bp both EXPECT_EXIT 64
  EXPECT_STDERR "reading options are NCT02249676's, not opera's: --bp both")
trialspec_cli_test(sql_schema_without_value ARGS sql --protocol sql-core --as-of 2014-01-05 --schema EXPECT_EXIT 64
  EXPECT_STDERR "--schema: missing value")
trialspec_cli_test(sql_query_columns ARGS sql --protocol sql-core --as-of 2014-01-05 --schema omop
  EXPECT_STDOUT "FROM \"omop\".\"person\" p.*AS \"I1\".*AS \"E9\"")
trialspec_cli_test(omop_export_arguments ARGS omop-export only-one EXPECT_EXIT 64 EXPECT_STDERR "expected COHORT and DIR, got 1 arguments")
trialspec_cli_test(omop_export_missing_cohort ARGS omop-export no-such-file.jsonl ${CMAKE_CURRENT_BINARY_DIR}/omop-bad-out EXPECT_EXIT 2
  EXPECT_STDERR "cohort file.*no-such-file.jsonl.*cannot be opened")
trialspec_cli_test(omop_export_bad_birth ARGS omop-export data/omop_bad_birth.jsonl ${CMAKE_CURRENT_BINARY_DIR}/omop-bad-out EXPECT_EXIT 2
  EXPECT_STDERR "data/omop_bad_birth.jsonl:2: patient .A2. .#2.: birth_date .1990-13-01.: month must be 01 to 12")
trialspec_cli_test(omop_export_duplicate_id ARGS omop-export data/omop_duplicate_id.jsonl ${CMAKE_CURRENT_BINARY_DIR}/omop-bad-out EXPECT_EXIT 2
  EXPECT_STDERR "data/omop_duplicate_id.jsonl:2: patient .A1. .#2.: id .A1.: another patient has the same id")

set(TRIALSPEC_POSTGRES_TESTS AUTO CACHE STRING
  "The tests on a private PostgreSQL 15 server (label postgres): AUTO adds them when Debian's server is installed, ON requires it, OFF leaves them out")
set_property(CACHE TRIALSPEC_POSTGRES_TESTS PROPERTY STRINGS AUTO ON OFF)
find_program(TRIALSPEC_PG_INITDB initdb PATHS /usr/lib/postgresql/15/bin NO_DEFAULT_PATH)
find_program(TRIALSPEC_PSQL psql)
if(TRIALSPEC_POSTGRES_TESTS STREQUAL "ON" AND NOT (TRIALSPEC_PG_INITDB AND TRIALSPEC_PSQL))
  message(FATAL_ERROR "TRIALSPEC_POSTGRES_TESTS is ON but PostgreSQL 15 (/usr/lib/postgresql/15/bin/initdb) or psql "
                      "is not installed (Debian package postgresql; bash cmake/dev.sh test installs it)")
endif()
if(TRIALSPEC_POSTGRES_TESTS STREQUAL "OFF")
  # left out on request
elseif(TRIALSPEC_PG_INITDB AND TRIALSPEC_PSQL)
  get_filename_component(pg_bindir ${TRIALSPEC_PG_INITDB} DIRECTORY)
  set(pg_dir ${CMAKE_CURRENT_BINARY_DIR}/pg)
  add_test(NAME sql.postgres_start COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/pg_start.sh ${pg_dir} ${pg_bindir})
  add_test(NAME sql.postgres_stop COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/pg_stop.sh ${pg_dir} ${pg_bindir})
  set_tests_properties(sql.postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS postgres)
  set_tests_properties(sql.postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS postgres)
  add_test(NAME sql.hand_cases COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_cases.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand ${pg_dir}/env)
  add_test(NAME sql.hand_relapses COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_relapses.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_relapses ${pg_dir}/env)
  add_test(NAME sql.hand_background COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_background.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_background ${pg_dir}/env)
  add_test(NAME sql.hand_reproductive COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_reproductive.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_reproductive ${pg_dir}/env)
  add_test(NAME sql.hand_rescue COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_rescue.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_rescue ${pg_dir}/env)
  add_test(NAME sql.hand_seed COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_seed.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_seed ${pg_dir}/env)
  add_test(NAME sql.hand_champion COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_champion.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_champion ${pg_dir}/env)
  add_test(NAME sql.hand_ms COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_ms.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_ms ${pg_dir}/env)
  add_test(NAME sql.hand_readings COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/hand_readings.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_hand_readings ${pg_dir}/env)
  # NCT02249676 under two non-default reading sets, on fewer persons than sql.differential.
  add_test(NAME sql.differential_readings COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/differential_readings.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_differential_readings ${pg_dir}/env 3000)
  add_test(NAME sql.differential COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/differential.sh $<TARGET_FILE:trialspec_cli>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_differential ${pg_dir}/env 10000)
  # SQL's three-valued AND / OR / NOT and the counting combinators against the library's.
  add_executable(trialspec_sql_kleene ${PROJECT_SOURCE_DIR}/tests/sql/kleene.cpp)
  target_link_libraries(trialspec_sql_kleene PRIVATE trialspec::trialspec)
  trialspec_strict_warnings(trialspec_sql_kleene)
  add_test(NAME sql.kleene COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/kleene.sh $<TARGET_FILE:trialspec_sql_kleene>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_kleene ${pg_dir}/env)
  # therapy_duration with windows that have a first day (one course, since the first start) against the library's test().
  add_executable(trialspec_sql_therapy_windows ${PROJECT_SOURCE_DIR}/tests/sql/therapy_windows.cpp)
  target_link_libraries(trialspec_sql_therapy_windows PRIVATE trialspec::trialspec)
  trialspec_strict_warnings(trialspec_sql_therapy_windows)
  add_test(NAME sql.therapy_windows COMMAND bash ${PROJECT_SOURCE_DIR}/tests/sql/therapy_windows.sh $<TARGET_FILE:trialspec_sql_therapy_windows>
    ${CMAKE_CURRENT_BINARY_DIR}/sql_therapy_windows ${pg_dir}/env)
  set_tests_properties(sql.hand_cases sql.hand_relapses sql.hand_background sql.hand_reproductive sql.hand_rescue sql.hand_seed sql.hand_champion sql.hand_ms sql.hand_readings sql.differential sql.differential_readings sql.kleene sql.therapy_windows PROPERTIES FIXTURES_REQUIRED postgres LABELS postgres)
  set_tests_properties(sql.differential PROPERTIES COST 500) # the longest of its step: started first
  set_tests_properties(sql.differential_readings PROPERTIES COST 100)
else()
  message(STATUS "PostgreSQL 15 (initdb in /usr/lib/postgresql/15/bin) or psql not found: the tests labelled postgres are not defined")
endif()
