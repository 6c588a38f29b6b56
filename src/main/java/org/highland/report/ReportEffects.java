package org.highland.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.compare.HeadlineComparison;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.Labels;
import org.highland.run.Metrics;

/**
 * The compare report's table of effects: per variant, each headline metric in every province and
 * their total, the base's mean and the paired difference with its 5-95 % range at the milestone
 * years. The charts show Zhejiang only; without this table a reader of the report would not see
 * what a variant does elsewhere, nor the numbers behind the charts.
 */
final class ReportEffects {
    private ReportEffects() {
    }

    /**
     * Per variant, the effects on the headline metrics and on those in {@code own} (by variant):
     * the outcomes of its instruments the headline metrics leave out.
     */
    static String tables(CsvRows comparison, List<String> variants, Map<String, List<String>> own) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        List<Integer> years = new ArrayList<>();
        int last = 0;
        for (Map<String, String> r : comparison.rows()) {
            byKey.put(key(r.get("variant"), r.get("metric"), r.get("region"), Integer.parseInt(r.get("year"))), r);
            last = Math.max(last, Integer.parseInt(r.get("year")));
        }
        for (int y : HeadlineComparison.YEARS) {
            if (y < last) {
                years.add(y);
            }
        }
        years.add(last);
        List<String> areas = new ArrayList<>(ChartPlan.PROVINCES);
        areas.add("Total");
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"note\">Per variant: the base's mean, and the difference the variant makes (variant minus"
                + " base, replication by replication with common random numbers), mean [5-95 % over paired"
                + " replications], for the headline metrics and for what the variant's own instruments act on"
                + " beyond them (elderly-care institutions, TCM planting area, listed firms...). Flows (approvals,"
                + " financing, outlay) are the year's, not cumulative; a range that spans 0 is a difference chance"
                + " could make.</p>\n");
        for (String v : variants) {
            List<String> header = new ArrayList<>(List.of("metric", "unit", "area"));
            for (int y : years) {
                header.add(y + " base");
                header.add(y + " difference [5-95 %]");
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> metrics = new ArrayList<>(ChartPlan.HEADLINE);
            metrics.addAll(own.getOrDefault(v, List.of()));
            for (String metric : metrics) {
                for (String area : areas) {
                    List<String> row = new ArrayList<>();
                    boolean any = false;
                    String unit = "";
                    for (int y : years) {
                        Map<String, String> r = byKey.get(key(v, metric, area, y));
                        if (r == null) {
                            row.add("");
                            row.add("");
                            continue;
                        }
                        any = true;
                        unit = r.get("unit");
                        row.add(HtmlReport.num(CsvRows.number(r, "base_mean"), unit));
                        row.add(signed(CsvRows.number(r, "diff_mean"), unit) + " [" + signed(CsvRows.number(r,
                                "diff_p05"), unit) + " – " + signed(CsvRows.number(r, "diff_p95"), unit) + "]");
                    }
                    if (any) {
                        row.addAll(0, List.of(Labels.title(metric), Labels.axis(metric, unit), area));
                        rows.add(row);
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

    /** A difference with its sign: "+2.5", "-0.35", "0". */
    static String signed(double d, String unit) {
        String text = HtmlReport.num(d, unit);
        return text.isEmpty() || text.startsWith("-") || text.matches("0(\\.0*)?") ? text : "+" + text;
    }

    private static String key(String variant, String metric, String area, int year) {
        return variant + "\u0000" + metric + "\u0000" + area + "\u0000" + year;
    }
}
