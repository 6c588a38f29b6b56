package org.highland.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.compare.OwnOutcomes;
import org.highland.experiment.io.Counts;
import org.highland.report.chart.ChartPlan;
import org.highland.run.Headline;
import org.highland.run.Metric;
import org.highland.run.Metrics;
import org.highland.run.TerminalFigures;

/**
 * The compare report's table of effects: per variant, each headline metric in every province and
 * their total, the base's mean and the paired difference with its 5-95 % range at the milestone
 * years. The charts show some provinces only; without this table a reader of the report would not
 * see what a variant does elsewhere, nor the numbers behind the charts. Its metrics, labels, units,
 * years and rounding are those of compare's terminal table ({@link Headline#COMPARE},
 * {@link TerminalFigures}), so the two show the same figures.
 */
final class ReportEffects {
    private ReportEffects() {
    }

    /**
     * Per variant, the effects on the headline metrics and on those in {@code own} (by variant):
     * the outcomes of its instruments the headline metrics leave out. One legend follows the tables.
     */
    static String tables(CsvRows comparison, List<String> variants, Map<String, List<Metric>> own) {
        Headline headline = Headline.COMPARE;
        Map<String, Map<String, String>> byKey = new HashMap<>();
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (Map<String, String> r : comparison.rows()) {
            int year = Integer.parseInt(r.get("year"));
            byKey.put(key(r.get("variant"), r.get("metric"), r.get("region"), year), r);
            first = Math.min(first, year);
            last = Math.max(last, year);
        }
        List<Integer> years = comparison.rows().isEmpty() ? List.of() : headline.years(first, last);
        List<String> areas = new ArrayList<>(ChartPlan.PROVINCES);
        areas.add("Total");
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"note\">Per variant: the base's mean, and the difference the variant makes (variant minus"
                + " base, replication by replication with common random numbers), mean [p05, p95] over paired"
                + " replications, as highland compare prints them, for the headline metrics and for what the variant's"
                + " own instruments act on beyond them (elderly-care institutions, TCM planting area, listed firms...),"
                + " at the milestone years (").append(Counts.and(headline.milestones()))
                .append(", ends of five-year plans) within the run and at its last year. Flows, such as the outlay, are the year's, not"
                + " cumulative (the legend says which are); a range that spans 0 is a difference chance could"
                + " make.</p>\n");
        Map<String, String> legend = new LinkedHashMap<>();
        for (String v : variants) {
            List<String> header = new ArrayList<>(List.of("metric", "unit", "area"));
            for (int y : years) {
                header.add(y + " base");
                header.add(y + " difference [p05, p95]");
            }
            List<List<String>> rows = new ArrayList<>();
            List<Metric> metrics = new ArrayList<>(headline.metrics());
            own.getOrDefault(v, List.of()).stream().filter(m -> !metrics.contains(m)).forEach(metrics::add);
            for (Metric metric : metrics) {
                String label = headline.metrics().contains(metric) ? headline.label(metric) : OwnOutcomes.label(metric);
                for (String area : areas) {
                    List<String> row = new ArrayList<>();
                    boolean any = false;
                    for (int y : years) {
                        Map<String, String> r = byKey.get(key(v, metric.name(), area, y));
                        if (r == null) {
                            row.add("");
                            row.add("");
                            continue;
                        }
                        any = true;
                        row.add(TerminalFigures.value(metric, CsvRows.number(r, "base_mean")));
                        row.add(TerminalFigures.signedInterval(metric, CsvRows.number(r, "diff_mean"),
                                CsvRows.number(r, "diff_p05"), CsvRows.number(r, "diff_p95")));
                    }
                    if (any) {
                        row.addAll(0, List.of(label, TerminalFigures.unit(metric), area));
                        rows.add(row);
                        legend.put(label, TerminalFigures.meaning(metric));
                    }
                }
            }
            b.append("<h3>").append(Html.esc(v)).append("</h3>\n").append(Html.table(header, rows));
            if (movesLeadingTalentsOnly(byKey, v, last)) {
                b.append("<p class=\"note\">Leading talents: ").append(Html.esc(v)).append(" moves them between the"
                        + " four provinces and leaves their total as it was. In the model they come only by natural"
                        + " growth, talent programmes and migration (docs/ODD.md 7.3), so one province's gain is"
                        + " another's loss.</p>\n");
            }
        }
        if (!legend.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            legend.forEach((label, meaning) -> rows.add(List.of(label, meaning)));
            b.append("<p class=\"note\">Legend:</p>\n").append(Html.table(List.of("label", "stands for"), rows));
        }
        return b.toString();
    }

    /**
     * Whether the variant changes leading talents in some province in the last year but not their
     * total (to rounding): it only moves them, which a reader of the provinces' rows alone would
     * take for talents gained.
     */
    private static boolean movesLeadingTalentsOnly(Map<String, Map<String, String>> byKey, String variant, int year) {
        String metric = Metrics.LEADING_TALENT.name();
        Map<String, String> total = byKey.get(key(variant, metric, "Total", year));
        if (total == null) {
            return false;
        }
        double tolerance = 1e-9 * Math.max(1, Math.abs(CsvRows.number(total, "base_mean")));
        if (Math.abs(CsvRows.number(total, "diff_p05")) > tolerance || Math.abs(CsvRows.number(total, "diff_p95")) > tolerance) {
            return false;
        }
        return ChartPlan.PROVINCES.stream().map(area -> byKey.get(key(variant, metric, area, year)))
                .anyMatch(r -> r != null && Math.abs(CsvRows.number(r, "diff_mean")) > tolerance);
    }

    private static String key(String variant, String metric, String area, int year) {
        return variant + "\u0000" + metric + "\u0000" + area + "\u0000" + year;
    }
}
