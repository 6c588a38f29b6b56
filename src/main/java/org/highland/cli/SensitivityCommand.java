package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.highland.experiment.sensitivity.SamplingNote;
import org.highland.experiment.sensitivity.SamplingNotes;
import org.highland.experiment.sensitivity.Sensitivity;
import org.highland.experiment.sensitivity.SensitivityRow;
import org.highland.experiment.sensitivity.SweepOutputs;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepRunner;
import org.highland.report.AtomicFiles;
import org.highland.report.ResultsFolder;
import org.highland.report.chart.ChartExport;
import org.highland.report.chart.ChartFiles;
import org.highland.report.chart.SensitivityCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code highland sensitivity}: Morris or Sobol indices per output of interest, from a finished
 * sweep folder (no re-run) or from an experiment file (swept first, with the sweep's options).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Sensitivity indices of an experiment's outputs, with bootstrap 95 %% intervals.",
                "Morris (mu*, mu, sigma) for a morris design, Sobol first-order and total (Saltelli/Jansen) for a sobol design.",
                "Given a finished sweep folder, reuses it; given an experiment file, runs the sweep first.",
                "Writes sensitivity.csv and sensitivity_notes.csv into the sweep folder and prints the factors ranked;"
                        + " an earlier analysis there is kept and the command refused unless --overwrite."})
public final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT_OR_SWEEP_DIR", description = "Experiment file or finished sweep folder.")
    Path input;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples for the 95 %% intervals; 0 for none, printed [-, -] (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--top", defaultValue = "10", description = "Factors printed per output (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--charts", description = "Also draw a tornado chart (PNG) per output into SWEEP_DIR/charts/.")
    boolean charts;

    @Option(names = "--overwrite", description = "Replace an earlier analysis in the sweep folder: sensitivity.csv,"
            + " sensitivity_notes.csv and, with --charts, the tornado charts (without it, the command refuses when"
            + " any of them exists, and writes nothing).")
    boolean overwrite;

    @Mixin
    SweepOptions sweep;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        TopOption.require(top, spec.findOption("--top").defaultValue());
        if (resamples < 0) {
            throw new BadInputException("--bootstrap " + resamples + ": expected 0 or more. Fix: e.g. --bootstrap 1000.");
        }
        Path folder = input;
        Optional<String> unfinished = SweepRunner.unfinished(input);
        if (!Files.exists(input)) {
            throw new BadInputException(input + ": expected an experiment file or a finished sweep folder, but there is"
                    + " no such file or folder" + unfinished.map(u -> "; " + u).orElse(". Fix: check the path;"
                    + " relative paths start from " + Path.of("").toAbsolutePath() + "."));
        }
        if (!Files.isDirectory(input)) {
            folder = sweep.run(input, stdout);
        } else if (!SweepOutputs.isSweep(input)) {
            throw new BadInputException(input + ": not a finished sweep folder (no sweep.json and outputs.csv)"
                    + unfinished.map(u -> "; " + u).orElse(". Fix: pass the folder `highland sweep` printed, or an"
                    + " experiment file."));
        } else if (!sweep.sweepOnly().isEmpty()) {
            SweepDescriptor swept = SweepDescriptor.read(input);
            throw new BadInputException(String.join(", ", sweep.sweepOnly()) + ": expected with an experiment file"
                    + " only; " + input + " is a finished sweep (scale " + swept.scale() + ", " + swept.replications()
                    + " replication(s) per point" + (swept.endYear() == null ? "" : ", to " + swept.endYear())
                    + ") and is analysed as it was swept. Fix: drop " + String.join(", ", sweep.sweepOnly())
                    + ", or pass the experiment file with them (and a new --out) to sweep again.");
        }
        List<SensitivityRow> rows;
        ResultsFolder.recover(folder); // an analysis a kill outright left half written: undone before it is judged
        SweepOutputs outputs = SweepOutputs.read(folder);
        EarlierAnalysis.refuseToReplace(filesWritten(folder, outputs.descriptor()), overwrite);
        try {
            rows = Sensitivity.analyse(outputs, resamples);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(folder + ": " + e.getMessage() + ". Fix: use design method morris or sobol.");
        }
        Path file = folder.resolve(Sensitivity.FILE);
        Map<String, List<SamplingNote>> notes = SamplingNotes.of(outputs, rows);
        List<Path> drawn = writeAnalysis(folder, out -> Sensitivity.write(out, rows),
                out -> Sensitivity.writeNotes(out, notes), charts, overwrite);
        Sensitivity.print(stdout, rows, top, notes);
        stdout.println();
        stdout.println("sensitivity: " + file);
        if (charts) {
            stdout.println(drawn.size() + " chart(s) written to " + folder.resolve("charts"));
        }
        List<Path> notRedrawn = StaleDrawings.in(folder, drawn);
        if (!notRedrawn.isEmpty()) {
            spec.commandLine().getErr().println(StaleDrawings.warning(folder, notRedrawn));
        }
        return ExitCodes.OK;
    }

    /**
     * Writes sensitivity.csv, its notes and, with {@code charts}, the tornado charts drawn from them
     * into the sweep folder as one set: every file into a hidden file first (the charts drawn from
     * the tables as staged), then all moved into place, so a failure or a kill at any moment leaves
     * the earlier analysis, tables and charts, or the new one, never new tables beside earlier charts.
     *
     * @return the charts written; none without {@code charts}
     */
    static List<Path> writeAnalysis(Path folder, AtomicFiles.Text table, AtomicFiles.Text notes, boolean charts,
                                    boolean overwrite) throws IOException {
        List<Path> drawn = new ArrayList<>();
        EarlierAnalysis.write(overwrite, set -> {
            Path tableFile = folder.resolve(Sensitivity.FILE);
            Path notesFile = folder.resolve(Sensitivity.NOTES_FILE);
            set.stageText(tableFile, table);
            set.stageText(notesFile, notes);
            if (charts) {
                ResultsFolder analysed = ResultsFolder.read(folder, Map.of(Sensitivity.FILE, set.pending(tableFile),
                        Sensitivity.NOTES_FILE, set.pending(notesFile)));
                drawn.addAll(ChartCommand.stage(set, analysed, List.of(), List.of(),
                        List.of(ChartExport.Format.PNG), ChartExport.Size.DEFAULT));
            }
        });
        return drawn;
    }

    /** sensitivity.csv, its notes and, with --charts, the tornado chart of each output of interest. */
    private List<Path> filesWritten(Path folder, SweepDescriptor swept) {
        List<Path> files = new ArrayList<>(List.of(folder.resolve(Sensitivity.FILE),
                folder.resolve(Sensitivity.NOTES_FILE)));
        if (charts) {
            swept.outputs().forEach(o -> files.add(ChartFiles.file(folder.resolve("charts"),
                    SensitivityCharts.stem(o.label()), ChartExport.Format.PNG)));
        }
        return files;
    }
}
