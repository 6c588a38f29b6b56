package org.highland.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.compare.OwnOutcomes;
import org.highland.experiment.validation.Target;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.Labels;
import org.highland.report.chart.NamedChart;
import org.highland.report.chart.ValidationCharts;
import org.highland.run.Metric;

/**
 * The report of a {@code run} or {@code validate} folder: the headline metrics per province with
 * their charts, what each policy does and costs and, after {@code validate}, how the simulated
 * figures compare with the published ones.
 */
final class ReportRun {
    private ReportRun() {
    }

    static void section(StringBuilder b, ResultsFolder folder, List<Target> targets) throws IOException {
        SummaryTable table = folder.summary();
        b.append("<h2>Headline results</h2>\n");
        headline(b, table, ownOutcomes(folder));
        List<NamedChart> charts = ChartPlan.build(folder, List.of(), List.of(), targets);
        for (NamedChart c : charts) {
            if ("time series".equals(c.kind())) {
                b.append(HtmlReport.svg(c));
            }
        }
        b.append("<h2>Policies: what each does and what it costs</h2>\n");
        b.append(ReportPolicies.table(ReportPolicies.policies(folder.dir().resolve("scenario.resolved.yaml")), table, null));
        charts.stream().filter(c -> "policy outlay".equals(c.kind())).forEach(c -> b.append(HtmlReport.svg(c)));
        CsvRows validation = folder.validation();
        if (validation != null) {
            b.append("<h2>Validation: simulated against published figures</h2>\n");
            validationSummary(b, validation);
            charts.stream().filter(c -> c.kind().startsWith("validation")).forEach(c -> b.append(HtmlReport.svg(c)));
        }
    }

    /**
     * The metrics the scenario's own instruments act on beyond the headline ones (an elderly-care
     * subsidy's institutions and beds), which the headline table would otherwise leave out; none
     * when the folder's resolved scenario cannot be read as this version reads scenarios.
     */
    private static List<String> ownOutcomes(ResultsFolder folder) {
        return ResultsFolder.resolvedScenario(folder.dir().resolve("scenario.resolved.yaml"))
                .map(s -> OwnOutcomes.of(s).stream().map(Metric::name).toList()).orElse(List.of());
    }

    /**
     * Each headline metric, then each of {@code own}, per province at the last data year and the
     * last year: mean [5-95 %].
     */
    private static void headline(StringBuilder b, SummaryTable table, List<String> own) {
        int last = table.rows().stream().mapToInt(SummaryRow::year).max().orElse(0);
        List<Integer> years = new ArrayList<>(List.of(2021, last).stream().distinct().filter(y -> y <= last).toList());
        List<String> header = new ArrayList<>(List.of("metric", "unit", "area"));
        years.forEach(y -> header.add(y + ": mean [5-95 %]"));
        List<List<String>> rows = new ArrayList<>();
        List<String> metrics = new ArrayList<>(ChartPlan.HEADLINE);
        own.stream().filter(m -> !metrics.contains(m)).forEach(metrics::add);
        for (String metric : metrics) {
            for (String area : ChartPlan.PROVINCES) {
                List<SummaryRow> series = table.series(metric, area);
                if (series.isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(Labels.title(metric),
                        Labels.axis(metric, series.get(0).unit()), area));
                String unit = series.get(0).unit();
                for (int y : years) {
                    row.add(series.stream().filter(r -> r.year() == y).findFirst()
                            .map(r -> String.format(Locale.ROOT, "%s [%s – %s]", HtmlReport.num(r.mean(), unit),
                                    HtmlReport.num(r.p05(), unit), HtmlReport.num(r.p95(), unit)))
                            .orElse(""));
                }
                rows.add(row);
            }
        }
        b.append(Html.table(header, rows));
    }

    private static void validationSummary(StringBuilder b, CsvRows validation) {
        Map<String, int[]> byBasis = new LinkedHashMap<>();
        List<List<String>> outside = new ArrayList<>();
        int notSimulated = 0;
        for (Map<String, String> r : validation.rows()) {
            if (ValidationCharts.notSimulated(r)) {
                notSimulated++;
                continue;
            }
            int[] counts = byBasis.computeIfAbsent(r.get("basis"), k -> new int[2]);
            counts[1]++;
            if ("true".equals(r.get("within"))) {
                counts[0]++;
            } else {
                String unit = r.get("unit");
                outside.add(List.of(r.get("target_id"), r.get("region"), r.get("year"), published(r), tolerance(r),
                        HtmlReport.num(CsvRows.number(r, "sim_mean"), unit),
                        HtmlReport.num(CsvRows.number(r, "sim_p05"), unit) + " – "
                                + HtmlReport.num(CsvRows.number(r, "sim_p95"), unit),
                        Labels.unit(unit), r.get("basis").replace('_', ' ')));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byBasis.forEach((basis, c) -> rows.add(List.of(basis.replace('_', ' '), c[0] + " of " + c[1])));
        b.append("<p>Targets whose simulated mean is within the figure's tolerance, by basis (identity: set"
                + " from the figure; calibrated: fitted to it; earlier fit: seen by an earlier fit whose values the"
                + " scenario keeps, so no test either; out of sample: not used in any fit, the real test):</p>\n");
        b.append(Html.table(List.of("basis", "within tolerance"), rows));
        if (notSimulated > 0) {
            b.append("<p>").append(notSimulated).append(" target(s) dated after the run's last year were not"
                    + " simulated: neither hits nor misses, so not counted above.</p>\n");
        }
        if (!outside.isEmpty()) {
            b.append("<h3>Targets outside their tolerance</h3>\n");
            b.append(Html.table(List.of("target", "area", "year", "published", "tolerance", "simulated mean",
                    "5-95 %", "unit", "basis"), outside));
        }
    }

    /**
     * The figure with its relation: "at least 15" is met by any value above 13.5 at 10 %, so a bare
     * 15 beside a simulated 13 would not say that only the shortfall counts.
     */
    static String published(Map<String, String> r) {
        String relation = r.get("relation");
        String prefix = "ge".equals(relation) ? "at least " : "le".equals(relation) ? "at most " : "";
        return prefix + r.get("target");
    }

    /** "±10 %" around an exact figure; "−10 %" below an at-least and "+10 %" above an at-most figure. */
    static String tolerance(Map<String, String> r) {
        String relation = r.get("relation");
        String side = "ge".equals(relation) ? "\u2212" : "le".equals(relation) ? "+" : "\u00b1";
        return side + Numbers.format(Math.round(1000 * CsvRows.number(r, "tolerance")) / 10.0) + " %";
    }
}
