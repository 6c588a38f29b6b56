package org.highland.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How figures look in the terminal tables of {@code run} and {@code compare}, and in the headline
 * tables of report.html, which print the same figures: counts as whole numbers from 100 up and with
 * one decimal below (a mean over replications of a small count, such as 2.8 innovative approvals,
 * is not rounded to 3), money with one decimal, never "-0", a legend that spells out each short
 * column label, and a warning when the figures come from a reduced scale or few replications.
 */
public final class TerminalFigures {
    /** Below this many replications a 90 % interval is itself uncertain. */
    public static final int MIN_REPLICATIONS = 10;

    private TerminalFigures() {
    }

    /** Counts from this size up print whole; below it with one decimal, as the HTML report does. */
    private static final double WHOLE_COUNT_FROM = 100;

    /** A value in its metric's unit: counts whole from 100 up, others with one decimal; -0 prints as 0. */
    public static String value(Metric metric, double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        boolean whole = "count".equals(metric.unit()) && Math.abs(value) >= WHOLE_COUNT_FROM;
        String text = String.format(Locale.ROOT, whole ? "%.0f" : "%.1f", value);
        return text.matches("-0(\\.0)?") ? text.substring(1) : text;
    }

    /** As {@link #value} with a sign always shown (+0 for no change). */
    public static String signed(Metric metric, double value) {
        String text = value(metric, value);
        return text.startsWith("-") || text.equals("-") ? text : "+" + text;
    }

    /** A mean with its 90 % range: "1181.3 [1150.2, 1200.6]". */
    public static String interval(Metric metric, double mean, double p05, double p95) {
        return value(metric, mean) + " [" + value(metric, p05) + ", " + value(metric, p95) + "]";
    }

    /** A difference with its 90 % range, every figure signed: "+0.5 [+0.1, +0.9]". */
    public static String signedInterval(Metric metric, double mean, double p05, double p95) {
        return signed(metric, mean) + " [" + signed(metric, p05) + ", " + signed(metric, p95) + "]";
    }

    /** One legend line per label: what it is, its unit, and whether it is a year's flow or a year-end level. */
    public static List<String> legend(List<String> labels, List<Metric> metrics) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            lines.add(String.format(Locale.ROOT, "  %-14s = %s", labels.get(i), meaning(metrics.get(i))));
        }
        return lines;
    }

    /**
     * What a legend line says a label stands for: the metric's name, what it is, its unit, and
     * whether it is a year's flow or a year-end level. report.html's legends say the same.
     */
    public static String meaning(Metric metric) {
        return String.format(Locale.ROOT, "%s: %s (%s, %s)", metric.name(), metric.description(), unit(metric),
                metric.flow() ? "the year's total" : "as recorded at year end");
    }

    /** The metric's unit in words, as the legend gives it: "billion yuan", "count". */
    public static String unit(Metric metric) {
        return metric.unit().replace('_', ' ');
    }

    /**
     * Replications and scale, and a warning when either makes the figures indicative only; for one
     * replication the warning says that it has no spread, so that the empty sd and confidence
     * intervals of the files, and ranges [p05, p95] that are the one value, are not read as certainty.
     */
    public static String basis(int replications, double scale) {
        String line = String.format(Locale.ROOT, "%d replication%s at scale %s (outputs reported at full scale)",
                replications, replications == 1 ? "" : "s", stripped(scale));
        if (scale < 1 || replications < MIN_REPLICATIONS) {
            line += "\nwarning: indicative only: " + (scale < 1 ? "a reduced scale (" + stripped(scale) + ") adds noise"
                    + " and small-number effects" : "") + (scale < 1 && replications < MIN_REPLICATIONS ? "; " : "")
                    + (replications < MIN_REPLICATIONS ? fewReplications(replications) : "")
                    + ". Run with --scale 1 and --replications " + MIN_REPLICATIONS + " or more for figures to report.";
        }
        return line;
    }

    /** Why fewer than {@link #MIN_REPLICATIONS} replications are not enough. */
    private static String fewReplications(int replications) {
        if (replications == 1) {
            return "one replication has no spread: spreads and intervals need at least 2 replications (sd, diff_sd"
                    + " and the confidence interval of the mean are left empty, and each [p05, p95] is the one value)";
        }
        return "fewer than " + MIN_REPLICATIONS + " replications leave wide intervals";
    }

    private static String stripped(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
