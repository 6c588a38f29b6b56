package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.highland.report.chart.ChartExport;
import picocli.CommandLine.Option;

/** {@code --charts} and {@code --report}: draw from the results folder right after the run. */
public final class OutputOptions {
    @Option(names = "--charts", description = "Also draw the default charts (PNG) into RESULTS/charts/.")
    boolean charts;

    @Option(names = "--report", description = "Also write RESULTS/report.html.")
    boolean report;

    /** Draws what was asked for from the committed results folder. */
    void after(Path results, PrintWriter out) throws IOException {
        if (charts) {
            List<Path> written = ChartCommand.draw(results, List.of(), List.of(), List.of(ChartExport.Format.PNG),
                    ChartExport.Size.DEFAULT, false);
            out.println(written.size() + " chart(s) written to " + results.resolve("charts"));
        }
        if (report) {
            out.println("report: " + ReportCommand.write(results, false));
        }
    }
}
