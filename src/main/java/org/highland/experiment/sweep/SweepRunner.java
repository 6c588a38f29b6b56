package org.highland.experiment.sweep;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.io.OutputExistsException;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * Runs a sweep into a folder. Work goes to a hidden sibling {@code .NAME.partial} holding
 * {@code sweep.json} and the task journal; a rerun with {@code resume} continues it (refusing one
 * made by another experiment or settings, and a resume with no such folder to continue); at the end points.csv and outputs.csv (rows in task
 * order) are written and the folder is renamed to its final name in one atomic step, so a folder
 * with the final name is always complete, and a resumed sweep's files equal an uninterrupted one's.
 */
public final class SweepRunner {
    public static final String POINTS = "points.csv";
    public static final String OUTPUTS = "outputs.csv";
    public static final String OUTPUTS_HEADER = "point,replication,scenario,metric,area,year,value\n";
    static final String JOURNAL = "journal.csv";

    private SweepRunner() {
    }

    /** Thrown when the folder cannot be used as asked (exit 2 on the command line). */
    public static final class FolderException extends RuntimeException {
        public FolderException(String message) {
            super(message);
        }
    }

    /** The plan of an experiment: scenarios read with their fixed sets and end year, the design built. */
    public static TaskPlan plan(ExperimentSpec spec, double scale, Integer endYear) {
        List<String> names = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        names.add(OutputOfInterest.BASE);
        scenarios.add(resolved(spec.base(), spec, endYear));
        spec.variants().forEach((name, file) -> {
            names.add(name);
            scenarios.add(resolved(file, spec, endYear));
        });
        List<String> paths = spec.factors().stream().map(SweepFactor::path).toList();
        // A factor is set in the scenarios that have it: a variant's policy setting is not the base's.
        boolean[][] sets = new boolean[scenarios.size()][paths.size()];
        for (int s = 0; s < scenarios.size(); s++) {
            Set<String> own = ParameterCatalog.paths(Scenario.class, scenarios.get(s));
            for (int f = 0; f < paths.size(); f++) {
                sets[s][f] = own.contains(paths.get(f));
            }
        }
        List<double[]> values = Designs.values(spec.factors(),
                Designs.units(spec.method(), spec.factors(), spec.size(), spec.morrisLevels(), spec.seed()));
        return new TaskPlan(names, scenarios.stream().map(Scenarios::toYaml).toList(), paths, sets, values,
                spec.outputs(), spec.replications(), scale, spec.seed(), spec.commonStreams());
    }

    private static Scenario resolved(Path file, ExperimentSpec spec, Integer endYear) {
        Scenario s = Scenarios.load(file, spec.sets());
        return endYear == null ? s : s.withEndYear(endYear);
    }

    /**
     * Runs (or resumes) the sweep and returns its final folder.
     *
     * @param log progress lines when not on a terminal; null for none
     */
    public static Path run(ExperimentSpec spec, double scale, Integer endYear, Path out, boolean resume,
                           TaskBackend backend, PrintStream log) throws Exception {
        TaskPlan plan = plan(spec, scale, endYear);
        SweepDescriptor described = SweepDescriptor.of(spec, scale, endYear, plan.resolvedScenarios());
        Path target = out.toAbsolutePath().normalize();
        Path work = workFolder(out);
        if (Files.exists(target) && !emptyFolder(target)) {
            throw OutputExistsException.at(target, out);
        }
        if (resume && !Files.exists(work)) {
            throw new FolderException("--resume: expected an unfinished sweep at " + out + ", but there is no "
                    + work.getFileName() + ". Fix: drop --resume to start a new sweep, or check --out.");
        }
        if (Files.exists(work)) {
            if (!resume) {
                throw new FolderException(out + ": an unfinished sweep is in " + work
                        + ". Fix: add --resume to continue it, or delete that folder to start again.");
            }
            String earlier = Files.readString(work.resolve(SweepDescriptor.FILE));
            if (!described.sameAs(earlier)) {
                // Its finished tasks ran another sweep: continuing would mix two sweeps in one outputs.csv.
                throw new FolderException(out + ": the unfinished sweep there was started with other settings: "
                        + String.join("; ", described.differencesFrom(earlier)) + ". Fix: resume with the experiment,"
                        + " scenario files and --scale/--end/--replications it was started with, or delete "
                        + work + " to start again, or use another --out.");
            }
        } else {
            Files.createDirectories(work);
            Files.writeString(work.resolve(SweepDescriptor.FILE), described.toJson());
            Files.copy(spec.file(), work.resolve("experiment.yaml"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (SweepJournal journal = SweepJournal.open(work.resolve(JOURNAL), plan.tasks())) {
            BitSet done = journal.done();
            int[] pending = new int[plan.tasks() - done.cardinality()];
            for (int t = 0, i = 0; t < plan.tasks(); t++) {
                if (!done.get(t)) {
                    pending[i++] = t;
                }
            }
            AtomicInteger finished = new AtomicInteger(done.cardinality());
            // Ctrl-C or kill: the journal keeps every finished task; say so, and how to go on.
            Thread onInterrupt = new Thread(() -> System.err.printf(Locale.ROOT, "%nsweep interrupted: %d of %d tasks"
                    + " finished and kept in %s; continue with the same command and --resume.%n", finished.get(),
                    plan.tasks(), work));
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try (SweepProgress progress = SweepProgress.start("sweep " + spec.name(), plan.tasks(),
                    done.cardinality(), log)) {
                backend.run(plan, pending, (task, rows) -> {
                    journal.append(task, rows);
                    finished.incrementAndGet();
                    progress.step();
                });
            } finally {
                removeHook(onInterrupt);
            }
            writePoints(work.resolve(POINTS), spec.factors(), plan);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(work.resolve(OUTPUTS)))) {
                o.write(OUTPUTS_HEADER.getBytes(StandardCharsets.UTF_8));
                journal.writeOrdered(o);
            }
        }
        Files.delete(work.resolve(JOURNAL));
        if (Files.exists(target)) {
            Files.delete(target);
        }
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * What to say of a sweep folder that is not there or not finished when its sweep's hidden
     * working folder is: an analysis asked of it would otherwise read "no such folder" while its
     * finished tasks wait beside it. Empty when there is no unfinished sweep for {@code out}.
     */
    public static Optional<String> unfinished(Path out) {
        Path work = workFolder(out);
        if (!Files.isDirectory(work)) {
            return Optional.empty();
        }
        return Optional.of("its sweep is unfinished (stopped, or still running), its finished tasks in " + work
                + ". Fix: continue it with the `highland sweep` command that started it and --resume (the"
                + " experiment is copied in that folder as experiment.yaml), then analyse " + out + ".");
    }

    /** The hidden folder {@code .NAME.partial} beside {@code out} where its sweep works until it is finished. */
    public static Path workFolder(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".partial");
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting: the hook runs and tells the user how to resume.
        }
    }

    private static void writePoints(Path file, List<SweepFactor> factors, TaskPlan plan) throws IOException {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file))) {
            StringBuilder header = new StringBuilder("point");
            factors.forEach(f -> header.append(',').append(Csv.field(f.path())));
            o.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            for (int p = 0; p < plan.points(); p++) {
                StringBuilder line = new StringBuilder().append(p);
                for (String set : plan.sets(p)) {
                    line.append(',').append(set.substring(set.lastIndexOf('=') + 1));
                }
                o.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static boolean emptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
