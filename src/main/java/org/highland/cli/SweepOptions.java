package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.io.Counts;
import org.highland.experiment.io.OutputExistsException;
import org.highland.experiment.sensitivity.SweepOutputs;
import org.highland.experiment.sweep.Designs;
import org.highland.experiment.sweep.ExperimentReader;
import org.highland.experiment.sweep.ExperimentSpec;
import org.highland.experiment.sweep.SweepRunner;
import org.highland.report.OutputPaths;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of commands that run an experiment's sweep ({@code sweep}, {@code sensitivity}). */
public final class SweepOptions {
    @Option(names = "--scale", description = "Share of real firms simulated, in (0, 1] (default: the base scenario's"
            + " scale, 1.0 unless it says otherwise).")
    Double scale;

    @Option(names = "--threads", description = "Worker threads of the thread-pool backend (default: the number of available cores).")
    Integer threads;

    @Option(names = "--end", description = "Last simulated year, a calendar year (default: the scenarios' own time.endYear).")
    Integer endYear;

    @Option(names = "--replications", description = "Replications per point (default: the experiment's).")
    Integer replications;

    @Option(names = "--out", description = "Sweep folder (must not exist or be empty; default results/<experiment>/<timestamp>).")
    Path out;

    @Option(names = "--resume", description = "Continue the unfinished sweep of --out.")
    boolean resume;

    @Mixin
    BackendOptions backend;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    /**
     * The options given that would change what a sweep runs or where it goes (--scale,
     * --replications, --end, --out, --resume): meaningless for a finished sweep folder, which is
     * analysed as it was swept.
     */
    List<String> sweepOnly() {
        List<String> given = new ArrayList<>();
        if (scale != null) {
            given.add("--scale");
        }
        if (replications != null) {
            given.add("--replications");
        }
        if (endYear != null) {
            given.add("--end");
        }
        if (out != null) {
            given.add("--out");
        }
        if (resume) {
            given.add("--resume");
        }
        return given;
    }

    /** Reads the experiment, runs (or resumes) its sweep and returns the finished folder. */
    Path run(Path experimentFile, PrintWriter stdout) throws Exception {
        ExperimentSpec experiment = load(experimentFile);
        if (resume && out == null) {
            throw new BadInputException("--resume needs the --out folder of the sweep to continue. Fix: add --out DIR.");
        }
        Path given = out != null ? out : Path.of("results", experiment.name(),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        // Resolved and checked as every --out is, before anything runs: the sweep works beside it.
        Path folder = OutputPaths.resolve(given, "--out");
        refuseUsedFolder(folder);
        OutputPaths.requireCanCreateIn(folder.getParent(), "--out", given);
        long points = Designs.count(experiment.method(), experiment.factors(), experiment.size());
        try (TaskBackend engine = backend.open(threads != null ? threads : Runtime.getRuntime().availableProcessors())) {
            stdout.printf(Locale.ROOT, "sweep %s: %s design, %s, %s x %s = %s on %s%n",
                    experiment.name(), experiment.method().word(), Counts.of(experiment.factors().size(), "factor"),
                    Counts.of(points, "point"), Counts.of(experiment.replications(), "replication"),
                    Counts.of(points * experiment.replications(), "task"), engine.describe());
            stdout.flush();
            Path done = SweepRunner.run(experiment, scale(experiment), endYear, folder, resume, engine, quiet ? null : System.err);
            stdout.println("results: " + done);
            return done;
        } catch (SweepRunner.FolderException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Refuses, before anything is printed or run, an --out that holds something, unless resuming
     * (the runner checks what a resumed folder holds); a finished sweep there is named as such.
     */
    private void refuseUsedFolder(Path folder) throws IOException {
        if (resume) {
            refuseNothingToResume(folder);
            return;
        }
        if (!Files.exists(folder)) {
            return;
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            }
        }
        if (SweepOutputs.isSweep(folder)) {
            throw new BadInputException(folder + ": expected a new or empty --out folder, but it holds a finished sweep."
                    + " Fix: analyse it without re-running (highland sensitivity " + folder + ", or discover), or give"
                    + " another --out.");
        }
        throw OutputExistsException.at(folder, folder);
    }

    /**
     * --resume continues the unfinished sweep in --out's hidden {@code .NAME.partial} folder: with
     * none there, a mistyped --out would otherwise start a whole new sweep, and a finished one
     * would be passed off as resumed. Refused before anything is printed or run.
     */
    private static void refuseNothingToResume(Path folder) {
        if (SweepOutputs.isSweep(folder)) {
            throw new BadInputException("--resume: expected an unfinished sweep at --out " + folder + ", but it holds a"
                    + " finished sweep, so there is nothing to continue. Fix: analyse it without re-running (highland"
                    + " sensitivity " + folder + ", or discover), or drop --resume and give another --out to sweep again.");
        }
        if (Files.exists(SweepRunner.workFolder(folder))) {
            return;
        }
        String partial = SweepRunner.workFolder(folder).getFileName().toString();
        String found = !Files.exists(folder) ? "neither that folder nor its working folder " + partial + " exists"
                : Files.isDirectory(folder) ? "that folder holds no sweep and there is no working folder " + partial
                + " beside it" : "it is a file, not a folder";
        throw new BadInputException("--resume: expected an unfinished sweep at --out " + folder + ", but " + found
                + ". Fix: check --out (the folder the interrupted sweep was given), or drop --resume to start a new"
                + " sweep.");
    }

    ExperimentSpec load(Path experimentFile) {
        if (endYear != null && (endYear < 1900 || endYear > 2100)) {
            throw new BadInputException("--end " + endYear + ": expected a year up to 2100. Fix: pass e.g. --end 2030.");
        }
        ExperimentSpec experiment = ExperimentReader.read(experimentFile, endYear);
        if (replications != null) {
            if (replications < 1) {
                throw new BadInputException("--replications " + replications + ": expected at least 1. Fix: pass 1 or more.");
            }
            experiment = experiment.withReplications(replications);
        }
        return experiment;
    }

    /** --scale, else the base scenario's {@code scale:} (every scenario of a sweep runs at one scale). */
    private double scale(ExperimentSpec experiment) {
        if (scale == null) {
            return Scenarios.load(experiment.base(), experiment.sets()).scale();
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new BadInputException("--scale " + scale + ": expected a share in (0, 1]. Fix: pass e.g. --scale 0.05.");
        }
        return scale;
    }
}
