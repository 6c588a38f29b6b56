package org.highland.report.chart;

import java.util.Locale;
import java.util.Optional;
import org.highland.run.Metric;
import org.highland.run.Metrics;

/**
 * Plain words for the snake_case keys of the result files: metric titles, axis units (a yearly flow
 * says "per year") and area names (a park or city with its kind, not the raw key).
 */
public final class Labels {
    /** Prefix of the per-instrument outlay metrics ({@code policy_outlay.<instrument>}). */
    public static final String OUTLAY_PREFIX = Metrics.POLICY_OUTLAY.name() + ".";

    private Labels() {
    }

    /** Prefix of the per-instrument shortfall metrics ({@code policy_shortfall.<instrument>}). */
    public static final String SHORTFALL_PREFIX = Metrics.POLICY_SHORTFALL.name() + ".";

    /** The catalog entry of a metric, if the catalog knows it (per-instrument outlays and shortfalls are made up). */
    public static Optional<Metric> metric(String name) {
        Metric perPolicy = Metrics.perPolicy(name);
        if (perPolicy != null) {
            return Optional.of(perPolicy);
        }
        return Metrics.REGION.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** Whether the metric is a year's total (a flow), so it is drawn as steps, not as a line between years. */
    public static boolean isFlow(String metric) {
        return metric(metric).map(Metric::flow).orElse(false);
    }

    /**
     * "innovative_drug_approvals" reads "Innovative drug approvals", "class3_device_approvals"
     * "Class III device approvals" (the regulator's name for the class).
     */
    public static String title(String metric) {
        if (metric.startsWith(OUTLAY_PREFIX)) {
            return "Outlay of " + instrument(metric.substring(OUTLAY_PREFIX.length()));
        }
        if (metric.startsWith(SHORTFALL_PREFIX)) {
            return "Shortfall of " + instrument(metric.substring(SHORTFALL_PREFIX.length()));
        }
        String words = metric.replace('_', ' ').replace("class3 ", "class III ");
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The catalog's one-line description, or empty. */
    public static String description(String metric) {
        return metric(metric).map(Metric::description).orElse("");
    }

    /** Axis label: the unit in words, "per year" for a flow; a count flow reads "number per year". */
    public static String axis(String metric, String unit) {
        String words = unit == null || unit.isBlank() ? "value" : unit.replace('_', ' ');
        if (isFlow(metric)) {
            return ("count".equals(unit) ? "number" : words) + " per year";
        }
        return "count".equals(unit) ? "number" : words;
    }

    /** Unit in words, for tables. */
    public static String unit(String unit) {
        return unit == null ? "" : unit.replace('_', ' ');
    }

    /** "Zhejiang/park:Hangzhou High-tech Zone" reads "Hangzhou High-tech Zone (park, Zhejiang)". */
    public static String area(String area) {
        int slash = area.indexOf('/');
        int colon = area.indexOf(':', slash + 1);
        if (slash < 0 || colon < 0) {
            return area;
        }
        String region = area.substring(0, slash);
        String kind = area.substring(slash + 1, colon);
        return area.substring(colon + 1) + " (" + kind + ", " + region + ")";
    }

    /**
     * "rdSuperDeduction2015" reads "R&D super deduction 2015", "shanghaiTrialSupport" "Shanghai
     * trial support": words split at case and digit changes, the first capitalised (a region's name
     * leads most instrument names, and a legend entry starts a phrase).
     */
    public static String instrument(String name) {
        String spaced = name.replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .replaceAll("(?<=[A-Za-z])(?=[0-9])", " ")
                .replaceAll("(?<=[0-9])(?=[A-Za-z])", " ");
        return capitalised(rd(spaced.toLowerCase(Locale.ROOT)));
    }

    /** An instrument type: "rd-super-deduction" reads "R&D super deduction", "approval-reward" "approval reward". */
    public static String instrumentType(String type) {
        return rd(type.replace('-', ' '));
    }

    private static String rd(String words) {
        return words.replaceAll("\\brd\\b", "R&D");
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
