package org.highland.run;

import java.util.ArrayList;
import java.util.List;

/**
 * What a headline table shows, defined once for the terminal, for report.html and for the charts:
 * the metrics, their short column labels (spelled out by {@link TerminalFigures#legend}) and the
 * milestone years. {@code run}'s terminal table, the headline table of a run's report and the
 * default charts of a run folder read {@link #RUN}; {@code compare}'s terminal table, its
 * cost-effectiveness horizons, the compare report's table of effects and the default charts of a
 * compare folder (in {@code chart} and in the report) read {@link #COMPARE}. Neither list of years
 * nor of metrics is written anywhere else, so the terminal, the report's tables and its charts
 * cannot show different years or metrics.
 *
 * @param metrics    the metrics, in the table's order
 * @param labels     the short label of each metric, in the same order
 * @param milestones the years shown when the run reaches them
 */
public record Headline(List<Metric> metrics, List<String> labels, List<Integer> milestones) {
    /**
     * A run's headline: 2020, the end of the 13th five-year plan and the year most published
     * figures are for, then the ends of the 14th, 15th and 16th plans (2035 is also the year of
     * the long-range goals).
     */
    public static final Headline RUN = new Headline(
            List.of(Metrics.BIOMEDICINE_OUTPUT, Metrics.ENTERPRISES, Metrics.INNOVATIVE_APPROVALS, Metrics.CUM_TRIALS,
                    Metrics.LEADING_TALENT, Metrics.FINANCING, Metrics.POLICY_OUTLAY),
            List.of("output B", "firms", "innov appr", "cum trials", "leading tal", "financing B", "outlay M"),
            List.of(2020, 2025, 2030, 2035));

    /**
     * A comparison's headline: the ends of the plans ahead (14th, 15th and 16th), which the
     * compared policies are made for; approvals to date rather than the year's, as the cost
     * effectiveness counts them.
     */
    public static final Headline COMPARE = new Headline(
            List.of(Metrics.BIOMEDICINE_OUTPUT, Metrics.ENTERPRISES, Metrics.CUM_INNOVATIVE_APPROVALS,
                    Metrics.CUM_TRIALS, Metrics.LEADING_TALENT, Metrics.POLICY_OUTLAY),
            List.of("output B", "firms", "cum innov appr", "cum trials", "leading tal", "outlay M"),
            List.of(2025, 2030, 2035));

    public Headline {
        metrics = List.copyOf(metrics);
        labels = List.copyOf(labels);
        milestones = List.copyOf(milestones);
        if (metrics.size() != labels.size()) {
            throw new IllegalArgumentException(metrics.size() + " metrics but " + labels.size() + " labels");
        }
    }

    /**
     * The years to show for a run from {@code firstYear} to {@code lastYear}: the milestones
     * within it, then the last year when it is not one of them (a run to 2022 shows 2020 and
     * 2022, one to 2018 shows 2018 alone).
     */
    public List<Integer> years(int firstYear, int lastYear) {
        List<Integer> years = new ArrayList<>();
        for (int year : milestones) {
            if (year >= firstYear && year <= lastYear) {
                years.add(year);
            }
        }
        if (years.isEmpty() || years.get(years.size() - 1) != lastYear) {
            years.add(lastYear);
        }
        return years;
    }

    /** The metrics' names, as summary.csv and comparison.csv record them, in the table's order. */
    public List<String> names() {
        return metrics.stream().map(Metric::name).toList();
    }

    /** The short label of {@code metric}, or null when the table does not show it. */
    public String label(Metric metric) {
        int i = metrics.indexOf(metric);
        return i < 0 ? null : labels.get(i);
    }
}
