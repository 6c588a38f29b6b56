package org.highland.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.validation.Targets;
import org.highland.report.AtomicFiles;
import org.highland.report.ResultsFolder;
import org.highland.report.chart.ChartExport;
import org.highland.report.chart.ChartFiles;
import org.highland.report.chart.ChartPlan;
import org.highland.report.chart.NamedChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code highland chart}: draws charts from a results folder alone (no re-run) into
 * {@code <results>/charts/}, all of a call or none.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw charts from a results folder of run, validate, compare or screen (or a sweep folder after"
                + " sensitivity), as PNG, SVG or PDF, into RESULTS/charts/.",
            "Run folder: each metric over the years per area with its 5-95 %% band and the published figures;"
                    + " by default also policy outlay by instrument and, after validate and with no --region, the"
                    + " validation charts.",
            "Compare folder: each variant against the base and the paired difference per metric and area (by"
                    + " default the metrics of compare's table: innovative approvals to date, not the year's), and"
                    + " with no --metric or --region, cost-effectiveness.",
            "Sweep folder after sensitivity: a tornado chart per output (Morris mu* or Sobol ST with 95 %% intervals);"
                    + " --metric then names outputs as in sensitivity.csv, and --region keeps the outputs of those areas.",
            "Screen folder: a tornado chart per output of screening.csv (one at a time: the effect at either end of each"
                    + " factor's range; Morris: mu* with its interval); --metric and --region select as for a sweep folder."})
public final class ChartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "A results folder written by run, validate, compare or screen, or a sweep folder after sensitivity.")
    Path results;

    @Option(names = "--metric", description = "Metric to draw (repeatable; default: the metrics of the table run or compare prints,"
            + " in its order).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--region", description = "Area to draw: a province, city or park key as in summary.csv"
            + " (repeatable; default: the four provinces; for a sweep or screen folder, the areas of the outputs to draw, default all).")
    List<String> areas = new ArrayList<>();

    @Option(names = "--format", split = ",", defaultValue = "png",
            description = "png, svg and/or pdf, comma-separated (default: ${DEFAULT-VALUE}).")
    List<ChartExport.Format> formats;

    @Option(names = "--width", defaultValue = "900", description = "Width of a standard chart in CSS pixels (1/96 inch; default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "560", description = "Height of a standard chart (default ${DEFAULT-VALUE}); panels and long lists grow from it.")
    int height;

    @Option(names = "--dpi", defaultValue = "96", description = "PNG resolution; the PNG has width x dpi / 96 pixels (default ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--overwrite", description = "Replace charts that already exist.")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        // A 100,000-pixel square would need 40 GB of image memory.
        if (width < 200 || height < 150 || width > 10000 || height > 10000 || dpi < 36 || dpi > 1200) {
            throw new BadInputException("--width " + width + " --height " + height + " --dpi " + dpi
                    + ": too small or too large. Fix: width 200-10000, height 150-10000, dpi 36-1200.");
        }
        List<Path> written = draw(results, metrics, areas, formats, new ChartExport.Size(width, height, dpi), overwrite);
        spec.commandLine().getOut().println(written.size() + " chart(s) written to " + results.resolve("charts"));
        return ExitCodes.OK;
    }

    /** Draws and writes the charts of one request, all or none; bad requests become {@link BadInputException}. */
    static List<Path> draw(Path results, List<String> metrics, List<String> areas, List<ChartExport.Format> formats,
                           ChartExport.Size size, boolean overwrite) throws IOException {
        System.setProperty("java.awt.headless", "true");
        try {
            ResultsFolder folder = ResultsFolder.read(results);
            List<NamedChart> charts = ChartPlan.build(folder, metrics, areas, Targets.load());
            return ChartFiles.writeAll(results.resolve("charts"), charts, formats, size, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(e.getFile() + " " + e.getReason() + ". Nothing was written.");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage() + " Nothing was written.");
        }
    }

    /**
     * Draws the charts of one request from {@code folder} into {@code set}, to be written with the
     * rest of the set (an analysis's charts with the tables they are drawn from); bad requests become
     * {@link BadInputException}.
     */
    static List<Path> stage(AtomicFiles set, ResultsFolder folder, List<String> metrics, List<String> areas,
                            List<ChartExport.Format> formats, ChartExport.Size size) throws IOException {
        System.setProperty("java.awt.headless", "true");
        try {
            List<NamedChart> charts = ChartPlan.build(folder, metrics, areas, Targets.load());
            return ChartFiles.stage(set, folder.dir().resolve("charts"), charts, formats, size);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage() + " Nothing was written.");
        }
    }
}
