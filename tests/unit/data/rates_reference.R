# Reference values for the rates tests (tests/unit/rates_*.cpp) and the expected outputs of the
# `trialspec arr` / `trialspec km` tool tests (examples/cli/tests/data/rates_*.out).
# Computed with R 4.2 (Debian 12 r-base-core), MASS 7.3, survival 3.5. The tests do not need R:
# the numbers printed here are pasted into them. Run from the repository root:
#   Rscript tests/unit/data/rates_reference.R
suppressMessages({ library(MASS); library(survival) })
options(digits = 15)
f10 <- function(x) ifelse(is.na(x), "NA", sprintf("%.10g", x))
show <- function(label, x) cat(label, ":", paste(sprintf("%.15g", x), collapse = ", "), "\n")

cat("== Garwood intervals (poisson.test) ==\n")
for (case in list(c(7, 10.5), c(0, 2.5), c(1, 1), c(30, 45.2))) {
  show(sprintf("y=%g T=%g", case[1], case[2]), poisson.test(case[1], case[2])$conf.int)
}
show("y=7 T=10.5 level 0.90", poisson.test(7, 10.5, conf.level = 0.9)$conf.int)

cat("== exact rate ratios (two-sample poisson.test) ==\n")
for (case in list(c(11, 20.3, 4, 18.1), c(0, 3, 5, 4), c(6, 2, 0, 2.5), c(7, 7, 7, 7), c(2, 10, 9, 11))) {
  t <- poisson.test(case[c(1, 3)], case[c(2, 4)])
  show(sprintf("%g/%g vs %g/%g est, lo, hi, p", case[1], case[2], case[3], case[4]),
       c(t$estimate, t$conf.int, t$p.value))
}

cat("== Wilcoxon signed-rank (no ties, exact) ==\n")
d <- c(-1.2, -0.8, 0.3, -2.1, -1.5, -0.4, -3.0, 0.9)
t <- wilcox.test(d, exact = TRUE)
show("V, p", c(t$statistic, t$p.value))
d2 <- c(0.5, -1.7, -2.9, 1.1, -0.6, -3.3, -4.0, -2.2, -1.4, 0.2, -5.1, -2.6)
t <- wilcox.test(d2, exact = TRUE)
show("12 pairs V, p", c(t$statistic, t$p.value))

cat("== Poisson and NB2 regression ==\n")
set.seed(20141001)
n <- 40
group <- rep(c(0, 1), each = n / 2)
age <- round(runif(n, 20, 60))
py <- round(runif(n, 0.5, 3), 2)
mu <- py * exp(-0.3 + -0.7 * group + 0.015 * (age - 40))
y <- rnbinom(n, mu = mu, size = 1.1)
cat("data (events, person_years, group, age):\n")
cat(paste(sprintf("{%d, %.2f, {%g, %g}}", y, py, group, age), collapse = ",\n"), "\n")
ctl <- glm.control(epsilon = 1e-12, maxit = 100)
pois <- glm(y ~ group + age + offset(log(py)), family = poisson, control = ctl)
nb <- glm.nb(y ~ group + age + offset(log(py)), control = ctl)
nbd <- glm.nb(y ~ group + age + offset(log(py)))   # R's default control, for comparison
for (m in list(pois = pois, nb = nb)) {
  s <- summary(m)$coefficients
  show("coef", s[, 1]); show("se", s[, 2]); show("z", s[, 3]); show("p", s[, 4])
  show("rate ratio", exp(s[, 1]))
  show("ci low", exp(s[, 1] - qnorm(0.975) * s[, 2])); show("ci high", exp(s[, 1] + qnorm(0.975) * s[, 2]))
  show("logLik", logLik(m))
  show("deviance", deviance(m))
}
show("theta, SE", c(nb$theta, nb$SE.theta))
show("default-control nb coef", coef(nbd)); show("default-control theta, SE", c(nbd$theta, nbd$SE.theta))
show("default-control se", summary(nbd)$coefficients[, 2])
# Adjusted ARR per group at the mean age, with a Wald interval on the log scale.
for (g in c(0, 1)) {
  x <- c(1, g, mean(age))
  eta <- sum(x * coef(nb)); se <- sqrt(drop(t(x) %*% vcov(nb) %*% x))
  show(sprintf("nb adjusted ARR group %d (est, lo, hi)", g), exp(eta + c(0, -1, 1) * qnorm(0.975) * se))
}

cat("== Kaplan-Meier and log-rank, hand-sized data with ties ==\n")
tt <- c(2, 3, 3, 3, 5, 6, 6, 8, 9, 12)
ee <- c(1, 1, 1, 0, 0, 1, 0, 1, 0, 0)
for (ct in c("log", "log-log", "plain")) {
  f <- survfit(Surv(tt, ee) ~ 1, conf.type = ct)
  s <- summary(f, censored = TRUE)
  cat(ct, "\n"); print(data.frame(time = s$time, n = s$n.risk, d = s$n.event, c = s$n.censor,
                                  surv = f10(s$surv), se = f10(s$std.err), lo = f10(s$lower), hi = f10(s$upper)))
  show("median, lcl, ucl", quantile(f, 0.5)[c("quantile", "lower", "upper")] |> unlist())
  show("S(7) surv, se, lo, hi", unlist(summary(f, times = 7)[c("surv", "std.err", "lower", "upper")]))
}
t3 <- c(0, 50, 91, 91, 274, 336, 366, 366); e3 <- c(1, 1, 1, 1, 0, 1, 0, 0)
for (ct in c("log", "log-log", "plain"))
  show(paste("flat-half median, lower, upper", ct), unlist(quantile(survfit(Surv(t3, e3) ~ 1, conf.type = ct), 0.5)))
g2 <- c(1, 1, 2, 4, 4, 5, 7, 7, 10, 11)
e2 <- c(1, 1, 1, 1, 0, 1, 1, 0, 1, 0)
lr <- survdiff(Surv(c(tt, g2), c(ee, e2)) ~ rep(c("a", "b"), each = 10))
show("logrank chisq, p, O, E", c(lr$chisq, pchisq(lr$chisq, 1, lower.tail = FALSE), lr$obs, lr$exp))

cat("== tool data ==\n")
fu <- read.csv("examples/cli/tests/data/rates_followup.csv", stringsAsFactors = FALSE)
rl <- read.csv("examples/cli/tests/data/rates_relapses.csv", stringsAsFactors = FALSE)
fu$start <- as.Date(fu$start); fu$end <- as.Date(fu$end); rl$date <- as.Date(rl$date)
attacks_of <- function(id, gap) {
  d <- sort(rl$date[rl$id == id])
  if (length(d) == 0) return(d[0])
  keep <- c(TRUE, if (gap > 0) diff(as.numeric(d)) >= gap else rep(TRUE, length(d) - 1))
  d[keep]
}
patient_table <- function(gap) {
  do.call(rbind, lapply(seq_len(nrow(fu)), function(i) {
    a <- attacks_of(fu$id[i], gap)
    inside <- a[a >= fu$start[i] & a <= fu$end[i]]
    first <- if (length(inside)) min(inside) else NA
    data.frame(id = fu$id[i], group = fu$group[i], events = length(inside),
               py = as.numeric(fu$end[i] - fu$start[i]) / 365.25,
               time = if (is.na(first)) as.numeric(fu$end[i] - fu$start[i]) else as.numeric(first - fu$start[i]),
               status = as.numeric(!is.na(first)))
  }))
}
out <- function(file, lines) writeLines(lines, file.path("examples/cli/tests/data", file))
arr_lines <- function(pt, level = 0.95) {
  c("group,patients,relapses,person_years,arr,ci_low,ci_high,mean_patient_arr",
    sapply(unique(pt$group), function(g) {
      s <- pt[pt$group == g, ]
      ci <- poisson.test(sum(s$events), sum(s$py), conf.level = level)$conf.int
      paste(g, nrow(s), sum(s$events), f10(sum(s$py)), f10(sum(s$events) / sum(s$py)), f10(ci[1]), f10(ci[2]),
            f10(mean(s$events / s$py)), sep = ",")
    }))
}
pt30 <- patient_table(30)
print(pt30)
out("rates_arr.out", arr_lines(pt30))
out("rates_arr_nomerge.out", arr_lines(patient_table(0)))
out("rates_arr_90.out", arr_lines(pt30, 0.9))
a <- pt30[pt30$group == "msc", ]; b <- pt30[pt30$group == "control", ]
rr <- poisson.test(c(sum(a$events), sum(b$events)), c(sum(a$py), sum(b$py)))
out("rates_arr_compare.out", c("comparison,rate_ratio,ci_low,ci_high,p_value",
    paste("msc/control", f10(rr$estimate), f10(rr$conf.int[1]), f10(rr$conf.int[2]), f10(rr$p.value), sep = ",")))
ab <- rbind(a, b); ab$g <- as.numeric(ab$group == "msc")
m <- glm.nb(events ~ g + offset(log(py)), data = ab, control = ctl)
se <- sqrt(vcov(m)[2, 2])
out("rates_arr_negbin.out", c("comparison,rate_ratio,ci_low,ci_high,theta",
    paste("msc/control", f10(exp(coef(m)[2])), f10(exp(coef(m)[2] - qnorm(0.975) * se)),
          f10(exp(coef(m)[2] + qnorm(0.975) * se)), f10(m$theta), sep = ",")))
km_lines <- function(pt, ct) {
  rows <- "group,time_days,at_risk,events,censored,survival,std_err,ci_low,ci_high"
  for (g in unique(pt$group)) {
    s <- pt[pt$group == g, ]
    f <- survfit(Surv(time, status) ~ 1, data = s, conf.type = ct)
    se <- f$surv * f$std.err
    rows <- c(rows, paste(g, f$time, f$n.risk, f$n.event, f$n.censor, f10(f$surv),
                          f10(ifelse(f$surv > 0, se, NA)), f10(f$lower), f10(f$upper), sep = ","))
  }
  rows
}
out("rates_km.out", km_lines(pt30, "log"))
out("rates_km_loglog.out", km_lines(pt30, "log-log"))
out("rates_km_plain.out", km_lines(pt30, "plain"))
lr <- survdiff(Surv(time, status) ~ group, data = pt30[pt30$group %in% c("msc", "control"), ])
out("rates_km_logrank.out", c("chisq,df,p_value",
    paste(f10(lr$chisq), 1, f10(pchisq(lr$chisq, 1, lower.tail = FALSE)), sep = ",")))

# A single patient without relapses in the window (one report before it, one after it).
days1 <- as.numeric(as.Date("2021-03-01") - as.Date("2020-02-29"))
ci <- poisson.test(0, days1 / 365.25)$conf.int
out("rates_arr_single.out", c("group,patients,relapses,person_years,arr,ci_low,ci_high,mean_patient_arr",
    paste("solo", 1, 0, f10(days1 / 365.25), f10(0), f10(ci[1]), f10(ci[2]), f10(0), sep = ",")))
f <- survfit(Surv(days1, 0) ~ 1)
out("rates_km_single.out", c("group,time_days,at_risk,events,censored,survival,std_err,ci_low,ci_high",
    paste("solo", f$time, f$n.risk, f$n.event, f$n.censor, f10(f$surv), f10(f$surv * f$std.err),
          f10(f$lower), f10(f$upper), sep = ",")))
