# Checks the SVG images of `trialspec km --svg` and `trialspec progression --svg`
# (examples/cli/tests/svg.cmake): run with -DTOOL=<trialspec> -DDIR=<scratch> -DDATA=<tests/data>
# -DCASE=<name>. Each case runs the tool, requires the text output to be what it is without --svg
# (the expected files of the km and progression tests), the image to be well-formed XML (xmllint,
# Debian's libxml2-utils), and the numbers drawn (data- attributes and text of the marks) to be
# the ones worked out by hand in the comments, which are the text output's.
cmake_minimum_required(VERSION 3.20)
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR})

find_program(XMLLINT xmllint)
if(NOT XMLLINT)
  message(FATAL_ERROR "xmllint not found: the SVG checks need Debian's libxml2-utils")
endif()

# run(EXIT code ARGS ...): runs the tool; sets out, err.
function(run)
  cmake_parse_arguments(R "" "EXIT" "ARGS" ${ARGN})
  execute_process(COMMAND ${TOOL} ${R_ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  if(NOT rc STREQUAL R_EXIT)
    message(FATAL_ERROR "trialspec ${R_ARGS}: exit code ${rc}, expected ${R_EXIT}\nstdout:\n${o}\nstderr:\n${e}")
  endif()
  set(out "${o}" PARENT_SCOPE)
  set(err "${e}" PARENT_SCOPE)
endfunction()

function(expect_output_file file)
  file(READ ${file} expected)
  if(NOT out STREQUAL expected)
    message(FATAL_ERROR "the text output differs from ${file} with --svg:\n--- expected\n${expected}\n--- actual\n${out}")
  endif()
endfunction()

# load(file): well-formed XML, read into `svg`.
function(load file)
  execute_process(COMMAND ${XMLLINT} --noout ${file} RESULT_VARIABLE rc ERROR_VARIABLE e)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${file} is not well-formed XML:\n${e}")
  endif()
  file(READ ${file} s)
  set(svg "${s}" PARENT_SCOPE)
endfunction()

# count(needle n): the literal text `needle` occurs exactly n times in the image.
function(count needle n)
  set(rest "${svg}")
  set(found 0)
  string(LENGTH "${needle}" length)
  while(TRUE)
    string(FIND "${rest}" "${needle}" at)
    if(at EQUAL -1)
      break()
    endif()
    math(EXPR found "${found} + 1")
    math(EXPR at "${at} + ${length}")
    string(SUBSTRING "${rest}" ${at} -1 rest)
  endwhile()
  if(NOT found EQUAL n)
    message(FATAL_ERROR "'${needle}' occurs ${found} times in the image, expected ${n}")
  endif()
endfunction()

set(rates_input --followup ${DATA}/rates_followup.csv --relapses ${DATA}/rates_relapses.csv)
set(pv ${DATA}/progression_visits_grouped.csv)
set(pr ${DATA}/progression_relapses.csv)

if(CASE STREQUAL "km")
  run(EXIT 0 ARGS km ${rates_input} --svg ${DIR}/km.svg)
  expect_output_file(${DATA}/rates_km.out)
  load(${DIR}/km.svg)
  # Time to the first attack (merged 30 days) per patient, from rates_followup.csv and
  # rates_relapses.csv: msc: P07 relapse on its first day (0), P01 day 50, two at day 91, P04
  # censored at 274 (2015-04-01 to 2015-12-31), one event at 336, two censored at 366. control:
  # events at 40, 57, 74, 80, 120, 201, one censored at 365, an event at 366.
  count("class=\"km-group\"" 2)
  count("class=\"km-curve\" data-group=\"msc\"" 1)
  count("class=\"km-curve\" data-group=\"control\"" 1)
  # One mark per time with censorings: msc at 274 (1) and 366 (2), control at 365 (1).
  count("class=\"km-censor\"" 3)
  count("class=\"km-censor\" data-group=\"msc\" data-time=\"274\" data-censored=\"1\"" 1)
  count("class=\"km-censor\" data-group=\"msc\" data-time=\"366\" data-censored=\"2\"" 1)
  count("class=\"km-censor\" data-group=\"control\" data-time=\"365\" data-censored=\"1\"" 1)
  # The time axis: the last time is 366, about 6 steps of 1, 2 or 5 times a power of ten: 100,
  # ticks 0 to 400.
  count("class=\"km-x-tick\"" 5)
  # At risk at day t = patients whose time is t or later (the text output's at_risk of the first
  # row at or after t): msc 8, 4 (274, 336, 366, 366), 4, 3 (336, 366, 366), 0; control 8, 4 (120,
  # 201, 365, 366), 3, 2 (365, 366), 0.
  count("class=\"km-at-risk\"" 10)
  foreach(cell "msc;0;8" "msc;100;4" "msc;200;4" "msc;300;3" "msc;400;0"
               "control;0;8" "control;100;4" "control;200;3" "control;300;2" "control;400;0")
    list(GET cell 0 g)
    list(GET cell 1 t)
    list(GET cell 2 n)
    count("class=\"km-at-risk\" data-group=\"${g}\" data-time=\"${t}\" data-at-risk=\"${n}\"" 1)
  endforeach()
  string(REGEX MATCHALL "data-at-risk=\"[0-9]+\"[^>]*>[0-9]+<" cells "${svg}")
  foreach(c IN LISTS cells)
    if(NOT c MATCHES "data-at-risk=\"([0-9]+)\"[^>]*>([0-9]+)<" OR NOT CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2)
      message(FATAL_ERROR "an at-risk cell shows another number than its data-at-risk: ${c}")
    endif()
  endforeach()
  count("class=\"km-logrank\"" 0)
  count("<title id=\"svg-title\">" 1)
  count("role=\"img\"" 1)
elseif(CASE STREQUAL "km_logrank")
  run(EXIT 0 ARGS km ${rates_input} --logrank msc,control --svg ${DIR}/km.svg)
  expect_output_file(${DATA}/rates_km_logrank.out)
  load(${DIR}/km.svg)
  # The p-value of rates_km_logrank.out (survival::survdiff: 0.3729588632), as printed.
  count("class=\"km-logrank\"" 1)
  count("data-p=\"0.3729588632\"" 1)
  count("p = 0.3729588632</text>" 1)
  count("class=\"km-group\" data-group=\"msc\"" 1)
  count("class=\"km-group\" data-group=\"control\"" 1)
  count("class=\"km-group\"" 2)
elseif(CASE STREQUAL "km_hostile")
  # Group names that are markup: <script>&'x (H1 relapse at day 60, H2 censored at 182) and
  # ]]><!-- (H3 censored at 365, 2020 being a leap year).
  run(EXIT 0 ARGS km --followup ${DATA}/svg_hostile_followup.csv --relapses ${DATA}/svg_hostile_relapses.csv --svg ${DIR}/km.svg)
  load(${DIR}/km.svg)
  count("<script" 0)
  count("<!--" 0)
  count("class=\"km-group\" data-group=\"&lt;script&gt;&amp;&apos;x\"" 1)
  count("class=\"km-group\" data-group=\"]]&gt;&lt;!--\"" 1)
  # At day 100 only H2 (182) of the first group is at risk; H3 (365) of the second.
  count("data-group=\"&lt;script&gt;&amp;&apos;x\" data-time=\"100\" data-at-risk=\"1\"" 1)
  count("data-group=\"]]&gt;&lt;!--\" data-time=\"300\" data-at-risk=\"1\"" 1)
  count("data-group=\"]]&gt;&lt;!--\" data-time=\"400\" data-at-risk=\"0\"" 1)
elseif(CASE STREQUAL "progression")
  run(EXIT 0 ARGS progression --visits ${pv} --relapses ${pr} --svg ${DIR}/p.svg)
  expect_output_file(${DATA}/progression_default.out)
  if(NOT err STREQUAL "")
    message(FATAL_ERROR "standard error is not empty with 11 patients:\n${err}")
  endif()
  load(${DIR}/p.svg)
  # Eleven patients (1 to 10, A), all drawn; events per patient as progression.cmake works them
  # out: 3, 6 and 10 none (10's improvement is not sought in first-worsening mode), the others one.
  count("class=\"prog-patient\"" 11)
  foreach(p "1;1" "2;1" "3;0" "4;1" "5;1" "6;0" "7;1" "8;1" "9;1" "10;0" "A;1")
    list(GET p 0 id)
    list(GET p 1 n)
    count("class=\"prog-patient\" data-id=\"${id}\" " 1)
    string(REGEX MATCH "class=\"prog-patient\" data-id=\"${id}\" [^>]*data-events=\"([0-9]+)\"" m "${svg}")
    if(NOT CMAKE_MATCH_1 STREQUAL n)
      message(FATAL_ERROR "patient ${id}: data-events=\"${CMAKE_MATCH_1}\", expected ${n}")
    endif()
  endforeach()
  # Every row of the text output is one event drawn with the same values.
  count("class=\"prog-event\"" 8)
  file(STRINGS ${DATA}/progression_default.out rows)
  list(REMOVE_AT rows 0)
  foreach(row IN LISTS rows)
    string(REPLACE "," ";" f "${row}")
    list(GET f 0 id)
    list(GET f 1 n)
    list(GET f 2 kind)
    list(GET f 3 class)
    list(GET f 4 bd)
    list(GET f 5 be)
    list(GET f 6 d)
    list(GET f 7 e)
    list(GET f 8 cd)
    list(GET f 9 ce)
    count("class=\"prog-event\" data-id=\"${id}\" data-event=\"${n}\" data-kind=\"${kind}\" data-class=\"${class}\" data-baseline-date=\"${bd}\" data-baseline-edss=\"${be}\" data-date=\"${d}\" data-edss=\"${e}\" data-confirm-date=\"${cd}\" data-confirm-edss=\"${ce}\"" 1)
  endforeach()
  # Relapses drawn: one each for patients 2, 5, 8 and 9.
  count("class=\"prog-relapse\"" 4)
  count("class=\"prog-relapse\" data-date=\"2019-12-03\"" 1)
  # The explanation is written for a --patient image only.
  count("class=\"prog-explanation\"" 0)
  # Classes written in words next to the markers (not colour alone): PIRA for 1, 4, 7, 8, A.
  count(">1 PIRA</text>" 5)
  count(">1 RAW</text>" 2)
  count(">1 undefined</text>" 1)
elseif(CASE STREQUAL "progression_patient")
  run(EXIT 0 ARGS progression --visits ${pv} --relapses ${pr} --baseline roving --events all --svg ${DIR}/p.svg --patient 10)
  expect_output_file(${DATA}/progression_roving_all.out)
  load(${DIR}/p.svg)
  # Patient 10 (4.0, 3.0, 3.0, 4.0, 4.0 a quarter apart): an improvement from 4.0 confirmed at
  # 2020-06-29, where the roving baseline moves (3.0), then a worsening to 4.0 confirmed at
  # 2020-12-26 with no relapse: PIRA. Two baselines, one per event.
  count("class=\"prog-patient\"" 1)
  count("class=\"prog-patient\" data-id=\"10\" data-visits=\"5\" data-relapses=\"0\" data-events=\"2\"" 1)
  count("class=\"prog-visit\"" 5)
  count("class=\"prog-event\" data-id=\"10\" data-event=\"1\" data-kind=\"improvement\" data-class=\"\" data-baseline-date=\"2020-01-01\" data-baseline-edss=\"4.0\"" 1)
  count("class=\"prog-event\" data-id=\"10\" data-event=\"2\" data-kind=\"worsening\" data-class=\"PIRA\" data-baseline-date=\"2020-06-29\" data-baseline-edss=\"3.0\"" 1)
  count("class=\"prog-baseline\"" 2)
  count("class=\"prog-confirmation\" data-date=\"2020-06-29\"" 1)
  count("class=\"prog-confirmation\" data-date=\"2020-12-26\"" 1)
  count("class=\"prog-explanation\"" 1)
elseif(CASE STREQUAL "progression_rebaseline")
  # Patient 8: relapse onset 2019-12-03, 29 days before the first visit (2020-01-01), which
  # cannot be the baseline (30 days required): the baseline is the 2020-03-31 visit (3.0), and
  # 3.0 -> 4.0 on 2020-06-29, confirmed 2020-09-27, no relapse around them: PIRA. The library's
  # explanation of the search is written under the chart.
  run(EXIT 0 ARGS progression --visits ${pv} --relapses ${pr} --svg ${DIR}/p.svg --patient 8)
  expect_output_file(${DATA}/progression_default.out)
  load(${DIR}/p.svg)
  count("class=\"prog-baseline\" data-date=\"2020-03-31\" data-edss=\"3.0\"" 1)
  count("class=\"prog-baseline\"" 1)
  count("class=\"prog-relapse\" data-date=\"2019-12-03\"" 1)
  count("class=\"prog-explanation\"" 1)
  count("29 days after the relapse onset on 2019-12-03" 1)
  count("data-class=\"PIRA\"" 1)
elseif(CASE STREQUAL "progression_same_date")
  # Patient A has two records on 2020-03-31 (2.0, then 3.0): the later one is drawn, three visits.
  run(EXIT 0 ARGS progression --visits ${pv} --svg ${DIR}/p.svg --patient A)
  load(${DIR}/p.svg)
  count("data-visits=\"3\"" 1)
  count("class=\"prog-visit\"" 3)
  count("class=\"prog-visit\" data-date=\"2020-03-31\" data-edss=\"3.0\"" 1)
  count("class=\"prog-visit\" data-date=\"2020-03-31\" data-edss=\"2.0\"" 0)
elseif(CASE STREQUAL "progression_hostile")
  set(id "<svg onload=alert(1)>&'x")
  run(EXIT 0 ARGS progression --visits ${DATA}/svg_hostile_visits.csv --svg ${DIR}/p.svg --patient "${id}")
  load(${DIR}/p.svg)
  count("<svg" 1)
  # The id on the patient's cell and on its one event.
  count("data-id=\"&lt;svg onload=alert(1)&gt;&amp;&apos;x\"" 2)
  count(">Patient &lt;svg onload=alert(1)&gt;&amp;&apos;x</text>" 1)
  # 2.0 -> 3.0 at day 90, still 3.0 at day 180, no relapse: PIRA (as patient 1).
  count("data-class=\"PIRA\"" 1)
elseif(CASE STREQUAL "progression_patient_not_found")
  run(EXIT 2 ARGS progression --visits ${pv} --relapses ${pr} --svg ${DIR}/p.svg --patient Z9)
  if(NOT err MATCHES "--patient \"Z9\": no visit has this id" OR NOT out STREQUAL "")
    message(FATAL_ERROR "expected an error naming Z9 and no output:\nstdout:\n${out}\nstderr:\n${err}")
  endif()
  if(EXISTS ${DIR}/p.svg)
    message(FATAL_ERROR "an image was written although the patient was not found")
  endif()
elseif(CASE STREQUAL "progression_grid_bound")
  # 30 synthetic patients (ids 1 to 30, grouped in order): the first 12 are drawn, and a note says so.
  execute_process(COMMAND ${TOOL} synth --kind progression --patients 30 --seed 5 --output ${DIR}/v.csv --relapses ${DIR}/r.csv
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "synth failed")
  endif()
  run(EXIT 0 ARGS progression --visits ${DIR}/v.csv --relapses ${DIR}/r.csv --svg ${DIR}/p.svg)
  if(NOT err STREQUAL "trialspec progression: the SVG draws the first 12 of 30 patients in id order (--patient ID draws any one)\n")
    message(FATAL_ERROR "standard error:\n${err}")
  endif()
  load(${DIR}/p.svg)
  count("class=\"prog-patient\"" 12)
  count("class=\"prog-patient\" data-id=\"12\" " 1)
  count("class=\"prog-patient\" data-id=\"13\" " 0)
  count("data-patients=\"30\" data-drawn=\"12\"" 1)
  # Each patient's rows are drawn: patient 30 is not drawn but may be asked for.
  run(EXIT 0 ARGS progression --visits ${DIR}/v.csv --relapses ${DIR}/r.csv --svg ${DIR}/p30.svg --patient 30)
  load(${DIR}/p30.svg)
  count("class=\"prog-patient\" data-id=\"30\" " 1)
elseif(CASE STREQUAL "progression_fallback")
  # progression_visits.csv is not grouped in id order: the tool reads the files again as a whole;
  # the image is drawn again too (eleven cells, none twice).
  run(EXIT 0 ARGS progression --visits ${DATA}/progression_visits.csv --relapses ${pr} --svg ${DIR}/p.svg)
  expect_output_file(${DATA}/progression_default.out)
  load(${DIR}/p.svg)
  count("class=\"prog-patient\"" 11)
  count("class=\"prog-patient\" data-id=\"2\" " 1)
else()
  message(FATAL_ERROR "unknown CASE '${CASE}'")
endif()
message(STATUS "svg check ${CASE}: ok")
