package org.highland.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.highland.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code highland report}: one self-contained report.html from a results folder (no re-run). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write RESULTS/report.html: the scenario in brief, headline tables and charts (inline SVG),"
                + " what each policy does and costs, the validation summary and the manifest.",
            "One file, no external requests: opens offline in any browser and prints on A4.",
            "Sweep folder after sensitivity: the tornado charts and the ranked indices.",
            "Screen folder: the tornado charts and the ranked effects of screening.csv."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "A results folder written by run, validate, compare or screen, or a sweep folder after sensitivity.")
    Path results;

    @Option(names = "--overwrite", description = "Replace an existing report.html.")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        spec.commandLine().getOut().println("report: " + write(results, overwrite));
        return ExitCodes.OK;
    }

    static Path write(Path results, boolean overwrite) throws IOException {
        try {
            return HtmlReport.write(results, overwrite);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(e.getFile() + " " + e.getReason() + ".");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
