package org.highland.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highland.experiment.io.Counts;
import org.highland.experiment.io.Numbers;
import org.highland.experiment.validation.Basis;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.report.chart.ChartExport;
import org.highland.report.chart.Footnote;
import org.highland.report.chart.NamedChart;
import org.highland.run.TerminalFigures;

/**
 * {@code report.html}: one self-contained page a planner can hand on. Charts are inline SVG,
 * styles inline, no script, no link or image that leaves the file, so it opens offline in any
 * browser and prints on A4. Built from the result files alone. This class writes the page around
 * the sections (title, warning, the scenario in brief, manifest); the sections of a run, a compare
 * and a sensitivity folder are {@link ReportRun}, {@link ReportComparison} and
 * {@link ReportSensitivity}.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    /** The unit of counts in the result files. */
    static final String COUNT = "count";

    private HtmlReport() {
    }

    /** Writes {@code <results>/report.html} through a temporary file; refuses an existing one unless told. */
    public static Path write(Path results, boolean overwrite) throws IOException {
        Path file = results.resolve(FILE);
        if (Files.exists(file) && !overwrite) {
            throw exists(file);
        }
        String html = render(ResultsFolder.read(results));
        try {
            return AtomicFiles.writeString(file, overwrite ? AtomicFiles.Existing.REPLACE
                    : AtomicFiles.Existing.REFUSE, html);
        } catch (FileAlreadyExistsException e) {
            throw exists(file); // written meanwhile by another report of this folder
        }
    }

    private static FileAlreadyExistsException exists(Path file) {
        return new FileAlreadyExistsException(file.toString(), null, "exists. Fix: pass --overwrite to replace it");
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
        // A sweep folder's report shows tornadoes only: no band to explain.
        b.append("<p class=\"lead\">").append(Html.esc((folder.isSensitivity() || folder.isScreening()
                ? footnote.withoutBands() : footnote)
                .text())).append("</p>\n");
        if (footnote.indicative()) {
            b.append("<p class=\"warning\"><strong>Indicative only.</strong> These figures come from ")
                    .append(Counts.of(footnote.replications(), "replication")).append(" at scale ")
                    .append(Double.isFinite(footnote.scale()) ? Numbers.format(footnote.scale()) : "unknown").append(" (").append(footnote.shortfall())
                    .append("): a reduced scale adds noise and small-number effects, and few replications leave"
                            + " wide intervals. Do not quote them; re-run with <code>--scale 1 --replications ")
                    .append(TerminalFigures.MIN_REPLICATIONS).append("</code> or more for figures to report.</p>\n");
        }
        if (folder.isSensitivity()) {
            ReportSensitivity.section(b, folder);
        } else if (folder.isScreening()) {
            ReportScreening.section(b, folder);
        } else if (folder.isCompare()) {
            brief(b, folder, footnote, targets);
            ReportComparison.section(b, folder, footnote);
        } else {
            brief(b, folder, footnote, targets);
            ReportRun.section(b, folder, targets);
        }
        b.append("<h2>Manifest</h2>\n<p class=\"note\">What produced these results: command, seed, version, times.</p>\n");
        JsonNode manifest = folder.manifest();
        b.append("<pre>").append(Html.esc(manifest == null ? "(no manifest.json)"
                : new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest)))
                .append("</pre>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void brief(StringBuilder b, ResultsFolder folder, Footnote footnote, List<Target> targets)
            throws IOException {
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
                + " counts are scaled back up and small counts are noisy. ").append(projection(targets))
                .append("</p>\n");
    }

    /**
     * Which figures fit the model, which only check it, and which years are projected, counted from
     * the targets' bases: the fit's last year holds both kinds, so "calibrated to 2021" alone would
     * read as if every figure to 2021 were fitted and none of them a check.
     */
    static String projection(List<Target> targets) {
        int fitted = Target.LAST_CALIBRATION_YEAR;
        List<Target> modelled = Targets.modelled(targets);
        List<Target> calibrated = modelled.stream().filter(t -> t.basis() == Basis.CALIBRATED).toList();
        List<Target> checks = modelled.stream().filter(t -> t.basis() == Basis.OUT_OF_SAMPLE).toList();
        int lastFitted = calibrated.stream().mapToInt(t -> t.figure().year()).max().orElse(fitted);
        long fittedInLastYear = calibrated.stream().filter(t -> t.figure().year() == lastFitted).count();
        StringBuilder b = new StringBuilder("The model is calibrated on ").append(Counts.of(calibrated.size(),
                "published figure")).append(" dated to ").append(lastFitted).append(" (").append(fittedInLastYear)
                .append(" of ").append(lastFitted).append(")");
        if (!checks.isEmpty()) {
            long upToFit = checks.stream().filter(t -> t.figure().year() <= lastFitted).count();
            int lastCheck = checks.stream().mapToInt(t -> t.figure().year()).max().orElse(lastFitted);
            b.append("; ").append(Counts.of(checks.size(), "other figure")).append(checks.size() == 1 ? " only checks"
                    : " only check").append(" it (out of sample)");
            if (upToFit > 0 && upToFit < checks.size()) {
                b.append(", ").append(upToFit).append(" dated to ").append(lastFitted).append(" and ")
                        .append(checks.size() - upToFit).append(" published for ").append(lastFitted + 1)
                        .append(lastCheck > lastFitted + 1 ? "–" + lastCheck : "");
            }
        }
        return b.append(". Every year after ").append(fitted).append(" is a projection under the scenario's assumptions.")
                .toString();
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

    /** A chart as inline SVG in a figure with its title as caption, scaled by its view box. */
    static String svg(NamedChart c) {
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
