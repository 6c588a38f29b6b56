package org.highland.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highland.experiment.sensitivity.SamplingNotes;
import org.highland.experiment.sensitivity.Sensitivity;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.NamedChart;
import org.highland.report.chart.SensitivityCharts;

/**
 * The report of a sweep folder after {@code sensitivity}: per output, the tornado chart, the
 * ranked indices with their intervals (Morris: with mu, whose sign is the direction a screen of
 * levels asks for) and whether each is evidence, and what the sample cannot support, as
 * {@code sensitivity_notes.csv} says it. A Morris output that does not vary across the design, or a
 * Sobol output without variance across the sample, has only its note (and its empty tornado), no
 * rows of zeros or of "undefined".
 */
final class ReportSensitivity {
    /** Appended to the note of a Morris output that does not vary, whose rows the table leaves out. */
    static final String NOT_LISTED = " Its factors (mu* 0 each) are left out of the table of indices;"
            + " sensitivity.csv keeps their rows.";
    /** Appended to the note of a Sobol output without variance, whose rows the table leaves out. */
    static final String UNDEFINED_NOT_LISTED = " Its factors' indices are undefined and left out of the table of"
            + " indices; sensitivity.csv keeps their rows with empty indices.";

    private ReportSensitivity() {
    }

    static void section(StringBuilder b, ResultsFolder folder) throws IOException {
        b.append("<h2>What the answers hang on</h2>\n<p class=\"note\">Sensitivity indices of each output of"
                + " interest over the factors' ranges (Morris mu*: mean absolute elementary effect over a factor's"
                + " whole range; Sobol ST: share of the output's variance a factor accounts for, interactions"
                + " included), with 95 % bootstrap intervals; for Morris also mu, the mean elementary effect, whose"
                + " sign says which way the factor moves the output. An index whose interval overlaps another's does"
                + " not rank above it, and one marked under evidence (within twice its replication noise, or an"
                + " estimate no true index can take) is no finding.</p>\n");
        for (NamedChart c : ChartPlan.build(folder, List.of(), List.of(), List.of())) {
            b.append(HtmlReport.svg(c));
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> leftOut = new HashMap<>();
        for (Map<String, String> r : folder.sensitivity().rows()) {
            boolean sobol = "sobol".equals(r.get("method"));
            String output = r.get("output");
            // A Morris output that does not vary has mu* 0 for every factor, a Sobol output without
            // variance no index at all: its note says so once, instead of a row of zeros or of
            // "undefined" per factor (sensitivity.csv keeps them).
            if (!sobol && SensitivityCharts.withoutVariation(folder.sensitivityNotes(), output)) {
                leftOut.put(output, NOT_LISTED);
                continue;
            }
            if (sobol && SensitivityCharts.withoutVariance(folder.sensitivityNotes(), output)) {
                leftOut.put(output, UNDEFINED_NOT_LISTED);
                continue;
            }
            String index = sobol ? "st" : "mu_star";
            // Blank without a note saying why (a folder analysed before the notes said it): undefined.
            rows.add(List.of(r.get("output"), r.get("rank"), r.get("factor"), sobol ? "Sobol ST" : "Morris mu*",
                    r.getOrDefault(index, "").isBlank() ? "undefined"
                            : r.get(index) + " [" + r.get(index + "_low") + ", " + r.get(index + "_high") + "]",
                    sobol ? "" : r.getOrDefault("mu", ""), evidence(r, sobol)));
        }
        if (!rows.isEmpty()) {
            b.append(Html.table(List.of("output", "rank", "factor", "index", "value [95 %]", "mu (direction)",
                    "evidence"), rows));
        }
        samplingNotes(b, folder.dir().resolve(Sensitivity.NOTES_FILE), leftOut);
    }

    /**
     * Whether the row's estimate is evidence, by the rules the console and the tornado's grey bars
     * apply: a Morris mu* within twice its replication noise, or a Sobol estimate no true index can
     * take, is not. The console marks such a factor in its ranking; a table without the mark would
     * read every row as a finding.
     */
    private static String evidence(Map<String, String> row, boolean sobol) {
        if (sobol) {
            return SamplingNotes.impossible(CsvRows.number(row, "s1"), CsvRows.number(row, "st"))
                    ? "not evidence: no true index can take it" : "";
        }
        double noise = CsvRows.number(row, "mu_star_noise_se");
        return SamplingNotes.withinNoise(CsvRows.number(row, "mu_star"), noise)
                ? "within noise (se " + row.get("mu_star_noise_se") + ")" : "";
    }

    /**
     * What each output's sample cannot support (impossible Sobol estimates, replication noise, one
     * replication per point), as {@code sensitivity} printed it: a table of indices read without
     * it would look like findings. The note of an output in {@code leftOut} ends with the sentence
     * mapped to it, saying that its rows are left out of the table.
     */
    private static void samplingNotes(StringBuilder b, Path file, Map<String, String> leftOut) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, List<String>> byOutput = new LinkedHashMap<>();
        for (Map<String, String> r : CsvRows.read(file).rows()) {
            byOutput.computeIfAbsent(r.get("output"), k -> new ArrayList<>()).add(r.get("note"));
        }
        byOutput.forEach((output, notes) -> b.append("<p class=\"warning\"><strong>").append(Html.esc(output))
                .append("</strong>: ").append(Html.esc(String.join(" ", notes)))
                .append(Html.esc(leftOut.getOrDefault(output, ""))).append("</p>\n"));
    }
}
