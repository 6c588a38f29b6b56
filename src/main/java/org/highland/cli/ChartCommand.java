package org.highland.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.SummaryRow;
import org.highland.report.ChartWriter;
import org.highland.report.FanChart;
import org.highland.report.FileNames;
import org.highland.report.OutputPaths;
import org.highland.report.SummaryTable;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code highland chart}: draws charts from a results folder's summary.csv (no re-run), one file
 * per metric and format, into {@code <results>/charts/}.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draw mean and 5-95 %% band per region from a results folder, as PNG, SVG or PDF.")
public final class ChartCommand implements Callable<Integer> {
    private static final List<String> PROVINCES = List.of("Zhejiang", "Jiangsu", "Shanghai", "Anhui");
    private static final List<String> HEADLINE = List.of("biomedicine_industrial_output", "enterprises",
            "innovative_drug_approvals", "cumulative_clinical_trials", "biomedicine_provincial_talents",
            "biopharma_financing_disclosed", "policy_outlay");

    /** Sides in pixels or points: a 100,000-pixel square would need 40 GB of image memory. */
    private static final int MIN_SIDE = 100;
    private static final int MAX_SIDE = 10000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "A results folder written by `highland run`.")
    Path results;

    @Option(names = "--metric", description = "Metric to draw (repeatable; default: the headline metrics).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--region", description = "Area to draw (repeatable; default: the four provinces).")
    List<String> areas = new ArrayList<>();

    @Option(names = "--format", split = ",", defaultValue = "png",
            description = "png, svg and/or pdf, comma-separated (default: ${DEFAULT-VALUE}).")
    List<ChartWriter.Format> formats;

    @Option(names = "--width", defaultValue = "900", description = "Width in pixels or points.")
    int width;

    @Option(names = "--height", defaultValue = "560", description = "Height in pixels or points.")
    int height;

    @Option(names = "--overwrite", description = "Replace charts that already exist.")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new BadInputException("--width " + width + " --height " + height + ": expected each from " + MIN_SIDE
                    + " to " + MAX_SIDE + ". Fix: e.g. --width 900 --height 560.");
        }
        Path real = OutputPaths.resolve(results, "RESULTS");
        SummaryTable table;
        try {
            table = SummaryTable.read(real.resolve("summary.csv"));
        } catch (IllegalArgumentException e) {
            if (!(e instanceof NumberFormatException)) {
                throw new BadInputException(e.getMessage());
            }
            throw new BadInputException(results.resolve("summary.csv") + ": " + e.getMessage() + " is not a number."
                    + " Fix: rerun `highland run` into a new folder.");
        } catch (RuntimeException | IOException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new BadInputException(results.resolve("summary.csv") + ": not a summary.csv written by `highland run` ("
                    + why + "). Fix: rerun `highland run` into a new folder.");
        }
        for (SummaryRow row : table.rows()) {
            if (!Double.isFinite(row.mean()) || !Double.isFinite(row.p05()) || !Double.isFinite(row.p95())) {
                throw new BadInputException(results.resolve("summary.csv") + ": " + row.metric() + " for " + row.area()
                        + " in " + row.year() + " is not a finite number. Fix: rerun `highland run` into a new folder.");
            }
        }
        List<String> wanted = metrics.isEmpty() ? HEADLINE : metrics;
        for (String m : wanted) {
            if (!table.metrics().contains(m)) {
                throw new BadInputException("--metric " + m + ": not in " + results.resolve("summary.csv")
                        + ". Fix: use one of its metrics, e.g. " + String.join(", ", HEADLINE.subList(0, 3)) + ".");
            }
        }
        Path dir = real.resolve("charts");
        Files.createDirectories(dir);
        List<String> drawn = areas.isEmpty() ? PROVINCES : areas;
        String subtitle = "mean and 5-95 % band across replications - " + results.getFileName();
        int written = 0;
        for (String metric : wanted) {
            JFreeChart chart = FanChart.build(table, metric, drawn, subtitle);
            for (ChartWriter.Format format : formats) {
                Path file = dir.resolve(FileNames.safe(metric, "metric") + "." + format.extension());
                if (Files.exists(file) && !overwrite) {
                    throw new BadInputException(file + " exists. Fix: pass --overwrite to replace it.");
                }
                ChartWriter.write(chart, format, file, width, height);
                written++;
            }
        }
        spec.commandLine().getOut().println(written + " chart(s) written to " + dir);
        return ExitCodes.OK;
    }
}
