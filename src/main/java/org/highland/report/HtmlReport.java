package org.highland.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.sensitivity.Sensitivity;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.report.chart.ChartExport;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.Footnote;
import org.highland.report.chart.Labels;
import org.highland.report.chart.NamedChart;
import org.highland.report.chart.PolicyCharts;
import org.highland.report.chart.ValidationCharts;
import org.highland.report.chart.CompareCharts;
import org.highland.run.TerminalFigures;

/**
 * {@code report.html}: one self-contained page a planner can hand on. Charts are inline SVG,
 * styles inline, no script, no link or image that leaves the file, so it opens offline in any
 * browser and prints on A4. Built from the result files alone.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    /** Compare reports draw the per-metric charts for this province (the others are in the tables). */
    static final String COMPARE_AREA = "Zhejiang";
    /** The unit of counts in the result files. */
    private static final String COUNT = "count";

    private HtmlReport() {
    }

    /** Writes {@code <results>/report.html} through a temporary file; refuses an existing one unless told. */
    public static Path write(Path results, boolean overwrite) throws IOException {
        Path file = results.resolve(FILE);
        if (Files.exists(file) && !overwrite) {
            throw new FileAlreadyExistsException(file.toString(), null, "exists. Fix: pass --overwrite to replace it");
        }
        String html = render(ResultsFolder.read(results));
        // A named sibling, not createTempFile: that would leave the report readable by its owner only.
        Path tmp = results.resolve("." + FILE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    public static String render(ResultsFolder folder) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Footnote footnote = folder.footnote();
        List<Target> targets = Targets.load();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Highland: ").append(Html.esc(footnote.scenario())).append("</title>\n")
                .append("<style>\n").append(Html.STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>Highland results: ").append(Html.esc(footnote.scenario())).append("</h1>\n");
        b.append("<p class=\"lead\">").append(Html.esc(footnote.text())).append("</p>\n");
        if (footnote.indicative()) {
            b.append("<p class=\"warning\"><strong>Indicative only.</strong> These figures come from ")
                    .append(footnote.replications()).append(" replications at scale ")
                    .append(Double.isFinite(footnote.scale()) ? Numbers.format(footnote.scale()) : "unknown").append(" (").append(footnote.shortfall())
                    .append("): a reduced scale adds noise and small-number effects, and few replications leave"
                            + " wide intervals. Do not quote them; re-run with <code>--scale 1 --replications ")
                    .append(TerminalFigures.MIN_REPLICATIONS).append("</code> or more for figures to report.</p>\n");
        }
        if (folder.isSensitivity()) {
            sensitivity(b, folder, footnote);
        } else if (folder.isCompare()) {
            brief(b, folder, footnote);
            compare(b, folder, footnote);
        } else {
            brief(b, folder, footnote);
            run(b, folder, footnote, targets);
        }
        b.append("<h2>Manifest</h2>\n<p class=\"note\">What produced these results: command, seed, version, times.</p>\n");
        JsonNode manifest = folder.manifest();
        b.append("<pre>").append(Html.esc(manifest == null ? "(no manifest.json)"
                : new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest)))
                .append("</pre>\n</body>\n</html>\n");
        return b.toString();
    }

    /** A sweep folder after `sensitivity`: per output, the tornado chart and the ranked indices. */
    private static void sensitivity(StringBuilder b, ResultsFolder folder, Footnote footnote) throws IOException {
        b.append("<h2>What the answers hang on</h2>\n<p class=\"note\">Sensitivity indices of each output of"
                + " interest over the factors' ranges (Morris mu*: mean absolute elementary effect over a factor's"
                + " whole range; Sobol ST: share of the output's variance a factor accounts for, interactions"
                + " included), with 95 % bootstrap intervals. An index whose interval overlaps another's does not"
                + " rank above it.</p>\n");
        for (NamedChart c : ChartPlan.build(folder, List.of(), List.of(), List.of())) {
            b.append(svg(c));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : folder.sensitivity().rows()) {
            boolean sobol = "sobol".equals(r.get("method"));
            String index = sobol ? "st" : "mu_star";
            // Blank: a Sobol output without variance, whose notes below say so.
            rows.add(List.of(r.get("output"), r.get("rank"), r.get("factor"), sobol ? "Sobol ST" : "Morris mu*",
                    r.getOrDefault(index, "").isBlank() ? "undefined"
                            : r.get(index) + " [" + r.get(index + "_low") + ", " + r.get(index + "_high") + "]"));
        }
        b.append(Html.table(List.of("output", "rank", "factor", "index", "value [95 %]"), rows));
        samplingNotes(b, folder.dir().resolve(Sensitivity.NOTES_FILE));
    }

    /**
     * What each output's sample cannot support (impossible Sobol estimates, replication noise, one
     * replication per point), as {@code sensitivity} printed it: a table of indices read without
     * it would look like findings.
     */
    private static void samplingNotes(StringBuilder b, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, List<String>> byOutput = new LinkedHashMap<>();
        for (Map<String, String> r : CsvRows.read(file).rows()) {
            byOutput.computeIfAbsent(r.get("output"), k -> new ArrayList<>()).add(r.get("note"));
        }
        byOutput.forEach((output, notes) -> b.append("<p class=\"warning\"><strong>").append(Html.esc(output))
                .append("</strong>: ").append(Html.esc(String.join(" ", notes))).append("</p>\n"));
    }

    private static void brief(StringBuilder b, ResultsFolder folder, Footnote footnote) throws IOException {
        b.append("<h2>The scenario in brief</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (Path yaml : resolvedFiles(folder)) {
            String name = ReportPolicies.field(yaml, "name");
            rows.add(List.of(name, ReportPolicies.field(yaml, "description")));
        }
        b.append(Html.table(List.of("scenario", "description"), rows));
        JsonNode m = folder.manifest();
        if (m != null) {
            b.append(Html.table(List.of("replications", "scale", "seed", "Highland", "started"), List.of(List.of(
                    m.path("replications").asText(), m.path("scale").asText(), m.path("seed").asText(),
                    footnote.version(), started(m.path("startTime").asText())))));
        }
        b.append("<p class=\"note\">Bands and intervals are the 5-95 % range over replications; at a reduced scale"
                + " counts are scaled back up and small counts are noisy. Published figures run to 2021; later"
                + " years are projections under the scenario's assumptions.</p>\n");
    }

    /** "2026-11-28T12:37:01.918171236Z" reads "2026-11-28 12:37:01 UTC"; anything else is shown as written. */
    static String started(String instant) {
        try {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC)
                    .format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static List<Path> resolvedFiles(ResultsFolder folder) throws IOException {
        if (!folder.isCompare()) {
            return List.of(folder.dir().resolve("scenario.resolved.yaml"));
        }
        List<Path> files = new ArrayList<>();
        if (folder.base() != null) {
            files.add(folder.dir().resolve("scenarios/" + folder.base() + ".resolved.yaml"));
        }
        for (String v : folder.variants()) {
            files.add(folder.dir().resolve("scenarios/" + ResultsFolder.safe(v) + ".resolved.yaml"));
        }
        return files.stream().filter(Files::isRegularFile).toList();
    }

    private static void run(StringBuilder b, ResultsFolder folder, Footnote footnote, List<Target> targets)
            throws IOException {
        SummaryTable table = folder.summary();
        b.append("<h2>Headline results</h2>\n");
        headline(b, table);
        List<NamedChart> charts = ChartPlan.build(folder, List.of(), List.of(), targets);
        for (NamedChart c : charts) {
            if ("time series".equals(c.kind())) {
                b.append(svg(c));
            }
        }
        b.append("<h2>Policies: what each does and what it costs</h2>\n");
        b.append(ReportPolicies.table(ReportPolicies.policies(folder.dir().resolve("scenario.resolved.yaml")), table, null));
        charts.stream().filter(c -> "policy outlay".equals(c.kind())).forEach(c -> b.append(svg(c)));
        CsvRows validation = folder.validation();
        if (validation != null) {
            b.append("<h2>Validation: simulated against published figures</h2>\n");
            validationSummary(b, validation);
            charts.stream().filter(c -> c.kind().startsWith("validation")).forEach(c -> b.append(svg(c)));
        }
    }

    /** Each headline metric per province at the last data year and the last year: mean [5-95 %]. */
    private static void headline(StringBuilder b, SummaryTable table) {
        int last = table.rows().stream().mapToInt(SummaryRow::year).max().orElse(0);
        List<Integer> years = new ArrayList<>(List.of(2021, last).stream().distinct().filter(y -> y <= last).toList());
        List<String> header = new ArrayList<>(List.of("metric", "unit", "area"));
        years.forEach(y -> header.add(y + ": mean [5-95 %]"));
        List<List<String>> rows = new ArrayList<>();
        for (String metric : ChartPlan.HEADLINE) {
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
                            .map(r -> String.format(Locale.ROOT, "%s [%s – %s]", num(r.mean(), unit),
                                    num(r.p05(), unit), num(r.p95(), unit)))
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
                outside.add(List.of(r.get("target_id"), r.get("region"), r.get("year"), r.get("target"),
                        num(CsvRows.number(r, "sim_mean"), unit), num(CsvRows.number(r, "sim_p05"), unit) + " – "
                        + num(CsvRows.number(r, "sim_p95"), unit), Labels.unit(unit), r.get("basis")));
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
            b.append(Html.table(List.of("target", "area", "year", "published", "simulated mean", "5-95 %", "unit",
                    "basis"), outside));
        }
    }

    private static void compare(StringBuilder b, ResultsFolder folder, Footnote footnote) throws IOException {
        b.append("<h2>Policies of the variants: what each adds and what it costs</h2>\n");
        Path baseYaml = folder.base() == null ? null : folder.dir().resolve("scenarios/" + folder.base() + ".resolved.yaml");
        Set<String> basePolicies = new HashSet<>();
        if (baseYaml != null) {
            ReportPolicies.policies(baseYaml).fieldNames().forEachRemaining(basePolicies::add);
        }
        for (String v : folder.variants()) {
            Path yaml = folder.dir().resolve("scenarios/" + ResultsFolder.safe(v) + ".resolved.yaml");
            JsonNode policies = ReportPolicies.policies(yaml);
            Set<String> changed = new HashSet<>();
            Iterator<String> names = policies.fieldNames();
            JsonNode base = baseYaml == null ? null : ReportPolicies.policies(baseYaml);
            while (names.hasNext()) {
                String n = names.next();
                if (base == null || !policies.path(n).equals(base.path(n))) {
                    changed.add(n);
                }
            }
            b.append("<h3>").append(Html.esc(v)).append("</h3>\n<p>").append(Html.esc(ReportPolicies.field(yaml, "description")))
                    .append("</p>\n");
            b.append(ReportPolicies.table(policies, folder.scenarioSummary(v), changed));
        }
        CsvRows costs = folder.costs();
        if (costs != null) {
            b.append("<h2>Cost-effectiveness</h2>\n");
            costTable(b, costs);
            if (!PolicyCharts.spending(costs).isEmpty()) {
                b.append(svg(PolicyCharts.costEffectiveness(costs, footnote)));
            }
        }
        b.append("<h2>Effects on the headline metrics</h2>\n");
        b.append(ReportEffects.tables(folder.comparison(), folder.variants()));
        b.append("<h2>Effects on the headline metrics, ").append(COMPARE_AREA).append(", over the years</h2>\n")
                .append("<p class=\"note\">Charts for the other provinces: <code>highland chart RESULTS</code>.</p>\n");
        SummaryTable base = folder.base() == null ? null : folder.scenarioSummary(folder.base());
        List<String> known = folder.comparison().rows().stream().map(r -> r.get("metric")).distinct().toList();
        for (String metric : ChartPlan.HEADLINE) {
            if (!known.contains(metric)) {
                continue;
            }
            if (base != null && !base.series(metric, COMPARE_AREA).isEmpty()) {
                Map<String, SummaryTable> variants = new LinkedHashMap<>();
                folder.variants().stream().filter(v -> folder.scenarioSummary(v) != null)
                        .forEach(v -> variants.put(v, folder.scenarioSummary(v)));
                b.append(svg(CompareCharts.variants(folder.base(), base, variants, metric, COMPARE_AREA, footnote)));
            }
            b.append(svg(CompareCharts.difference(folder.comparison(), folder.variants(), metric, COMPARE_AREA, footnote)));
        }
    }

    private static void costTable(StringBuilder b, CsvRows costs) {
        int year = PolicyCharts.horizon(costs);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : costs.rows()) {
            if (Integer.parseInt(r.get("year")) == year) {
                rows.add(List.of(r.get("variant"), r.get("region"),
                        interval(r, "extra_cumulative_outlay_million_yuan", "million_yuan"),
                        interval(r, "extra_cumulative_output_billion_yuan", "billion_yuan"),
                        interval(r, "extra_cumulative_innovative_drug_approvals", COUNT),
                        interval(r, "extra_enterprises", COUNT),
                        interval(r, "innovative_drug_approvals_per_100m_yuan", "ratio")));
            }
        }
        b.append("<p>Differences from the base, mean [5-95 % over paired replications]: outlay, output and"
                + " approvals summed over the years to ").append(year).append(", enterprises at the end of ")
                .append(year).append(". Approvals per 100 M yuan is blank in a province where the variant changes"
                + " no instrument (its outlay there moved by spill-over) and where the extra outlay is noise (under"
                + " 0.1 % of the base's, or its 5-95 % range spans zero); where a variant spends less, it is what"
                + " each 100 M yuan saved lost.</p>\n");
        b.append(Html.table(List.of("variant", "region", "extra outlay, M yuan", "extra output, bn yuan",
                "extra innovative approvals", "extra enterprises", "approvals per 100 M yuan"), rows));
    }

    private static String interval(Map<String, String> r, String column, String unit) {
        double mean = CsvRows.number(r, column);
        if (Double.isNaN(mean)) {
            return "";
        }
        double lo = CsvRows.number(r, column + "_p05");
        double hi = CsvRows.number(r, column + "_p95");
        return Double.isNaN(lo) ? num(mean, unit) : num(mean, unit) + " [" + num(lo, unit) + " – " + num(hi, unit) + "]";
    }

    private static String svg(NamedChart c) {
        int w = c.width();
        int h = c.height();
        String svg = ChartExport.svg(c.chart(), w, h);
        svg = svg.replaceFirst("^<\\?xml[^>]*>\\s*", "").replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
                + Html.esc(c.title()) + "\" viewBox=\"0 0 " + w + " " + h + "\" ");
        return Html.figure(svg, c.title());
    }

    /**
     * A number for the report's tables: three significant digits or whole numbers from 1,000 on.
     * A count (a mean over replications, so it may be fractional) shows whole from 100 on and one
     * decimal below, not "913.9 talents" or "2.50 approvals". Zero is "0", never "0.00" or "-0.00";
     * a value too small for three decimals is "0.000" (rounded to zero), not "2.21e-12".
     */
    static String num(double d, String unit) {
        if (Double.isNaN(d)) {
            return "";
        }
        double a = Math.abs(d);
        String pattern;
        if (COUNT.equals(unit)) {
            pattern = a >= 100 ? "%,.0f" : "%.1f";
        } else {
            pattern = a >= 1000 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 0.1 ? "%.2f" : a >= 0.0005 ? "%.3g" : "%.3f";
        }
        if (d == 0) {
            return "0";
        }
        String text = String.format(Locale.ROOT, pattern, d);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
