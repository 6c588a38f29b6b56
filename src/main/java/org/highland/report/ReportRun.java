package org.highland.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.compare.OwnOutcomes;
import org.highland.experiment.io.Counts;
import org.highland.experiment.io.Numbers;
import org.highland.experiment.validation.Target;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.Labels;
import org.highland.report.chart.NamedChart;
import org.highland.report.chart.ValidationCharts;
import org.highland.run.Headline;
import org.highland.run.Metric;
import org.highland.run.TerminalFigures;

/**
 * The report of a {@code run} or {@code validate} folder: the headline metrics per province with
 * their charts, what each policy does and costs and, after {@code validate}, how the simulated
 * figures compare with the published ones.
 */
final class ReportRun {
    /** How the headline table's years header reads the last calibrated year. */
    private static final String CALIBRATED_YEAR = "last calibrated year";

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
        JsonNode policies = ReportPolicies.policies(folder.dir().resolve("scenario.resolved.yaml"));
        b.append(ReportPolicies.table(policies, table, null));
        if (!policies.isEmpty()) {
            b.append(ReportPolicies.PAID_NOTE);
        }
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
    private static List<Metric> ownOutcomes(ResultsFolder folder) {
        return ResultsFolder.resolvedScenario(folder.dir().resolve("scenario.resolved.yaml"))
                .map(OwnOutcomes::of).orElse(List.of());
    }

    /**
     * The headline table: the figures {@code highland run} prints for the same run, at its years,
     * with its labels, units and rounding ({@link Headline#RUN}, {@link TerminalFigures}), per
     * metric and province rather than per province and year; then a row per province for each of
     * {@code own}, labelled as compare labels them; then the legend. Beside the terminal's years it
     * shows {@link Target#LAST_CALIBRATION_YEAR} when the run reaches it, labelled as such.
     */
    private static void headline(StringBuilder b, SummaryTable table, List<Metric> own) {
        Headline headline = Headline.RUN;
        int first = table.rows().stream().mapToInt(SummaryRow::year).min().orElse(0);
        int last = table.rows().stream().mapToInt(SummaryRow::year).max().orElse(0);
        List<Integer> years = new ArrayList<>(headline.years(first, last));
        int calibrated = Target.LAST_CALIBRATION_YEAR;
        boolean showsCalibrated = calibrated >= first && calibrated <= last;
        if (showsCalibrated && !years.contains(calibrated)) {
            years.add(calibrated);
            Collections.sort(years);
        }
        b.append("<p class=\"note\">").append(Html.esc(yearsNote(headline, first, last, showsCalibrated)))
                .append("</p>\n");
        List<String> header = new ArrayList<>(List.of("metric", "unit", "area"));
        years.forEach(y -> header.add(y == calibrated ? y + " (" + CALIBRATED_YEAR + ")" : Integer.toString(y)));
        List<Metric> metrics = new ArrayList<>(headline.metrics());
        own.stream().filter(m -> !metrics.contains(m)).forEach(metrics::add);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> legend = new ArrayList<>();
        for (Metric metric : metrics) {
            String label = headline.metrics().contains(metric) ? headline.label(metric) : OwnOutcomes.label(metric);
            boolean shown = false;
            for (String area : ChartPlan.PROVINCES) {
                List<SummaryRow> series = table.series(metric.name(), area);
                if (series.isEmpty()) {
                    continue;
                }
                shown = true;
                List<String> row = new ArrayList<>(List.of(label, TerminalFigures.unit(metric), area));
                for (int y : years) {
                    row.add(series.stream().filter(r -> r.year() == y).findFirst()
                            .map(r -> TerminalFigures.interval(metric, r.mean(), r.p05(), r.p95())).orElse("-"));
                }
                rows.add(row);
            }
            if (shown) {
                legend.add(List.of(label, TerminalFigures.meaning(metric)));
            }
        }
        b.append(Html.table(header, rows));
        b.append("<p class=\"note\">Legend:</p>\n").append(Html.table(List.of("label", "stands for"), legend));
    }

    /**
     * What the cells are and which years the table shows: the milestones within the run and its
     * last year, as the terminal; the milestones outside the run, which it cannot show; and the last
     * calibrated year when the table shows it.
     */
    private static String yearsNote(Headline headline, int first, int last, boolean showsCalibrated) {
        List<Integer> outside = headline.milestones().stream().filter(y -> y < first || y > last).toList();
        StringBuilder note = new StringBuilder("Mean [p05, p95] over the replications, as highland run prints them,"
                + " at the milestone years (").append(Counts.and(headline.milestones()))
                .append(", ends of five-year plans) within the run and at its last year.");
        if (!outside.isEmpty()) {
            note.append(" The run covers ").append(first).append("\u2013").append(last).append(": ")
                    .append(Counts.and(outside)).append(outside.size() == 1 ? " is" : " are").append(" outside it.");
        }
        if (showsCalibrated) {
            note.append(" ").append(Target.LAST_CALIBRATION_YEAR).append(" is the last year whose published figures"
                    + " the model is calibrated on; the years after it are projections.");
        }
        return note.toString();
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
