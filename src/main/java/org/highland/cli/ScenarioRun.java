package org.highland.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.StreamingSummary;
import org.highland.experiment.Summary;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.engine.ThreadPoolBackend;
import org.highland.report.Manifest;
import org.highland.report.ManifestWriter;
import org.highland.report.ReplicationsCsvWriter;
import org.highland.report.RunFolder;
import org.highland.report.SummaryCsvWriter;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One scenario run from the command line, shared by {@code run} and {@code validate}: the scenario
 * with its run settings resolved, its replications, and the standard run files (manifest.json,
 * scenario.resolved.yaml, replications.csv, summary.csv) in a results folder.
 */
final class ScenarioRun {
    private final Path scenarioFile;
    private final Scenario scenario;
    private final Experiment.Settings settings;
    private final ParameterDraws draws;
    private final IntFunction<Scenario> scenarioOf;
    private final boolean quiet;
    private final OffsetDateTime started = OffsetDateTime.now();
    private final long startNanos = System.nanoTime();

    private ScenarioRun(Path scenarioFile, Scenario scenario, Experiment.Settings settings, ParameterDraws draws,
                        IntFunction<Scenario> scenarioOf, boolean quiet) {
        this.scenarioFile = scenarioFile;
        this.scenario = scenario;
        this.settings = settings;
        this.draws = draws;
        this.scenarioOf = scenarioOf;
        this.quiet = quiet;
    }

    /** Loads the scenario and resolves seed, replications, threads and scale; throws on bad input. */
    static ScenarioRun prepare(Path scenarioFile, ScenarioOptions options) {
        return prepare(scenarioFile, options, null);
    }

    /**
     * As {@link #prepare(Path, ScenarioOptions)}; with an ensemble file, each replication draws its
     * parameter vector from it ({@link ParameterDraws}).
     */
    static ScenarioRun prepare(Path scenarioFile, ScenarioOptions options, Path ensembleFile) {
        Scenario loaded = options.load(scenarioFile);
        long seed = options.seed(loaded);
        int replications = options.replications(loaded);
        Experiment.Settings settings = new Experiment.Settings(options.scale(), seed, replications, options.threads());
        Scenario scenario = loaded.withRun(seed, replications);
        if (ensembleFile == null) {
            return new ScenarioRun(scenarioFile, scenario, settings, null, k -> scenario, options.quiet);
        }
        ParameterDraws draws = ParameterDraws.of(ensembleFile, seed, replications, scenarioFile, loaded);
        return new ScenarioRun(scenarioFile, scenario, settings, draws,
                draws.scenarios(scenarioFile, loaded, options, seed, replications), options.quiet);
    }

    Scenario scenario() {
        return scenario;
    }

    /** Where the replications' parameters came from, for the console; empty without an ensemble. */
    Optional<String> parameterSource() {
        return draws == null ? Optional.empty() : Optional.of(draws.describe());
    }

    Experiment.Settings settings() {
        return settings;
    }

    /** Progress over the replications, none with --quiet. */
    private ProgressReporter progress(String task) {
        return ProgressReporter.start(task + " " + scenario.name(), settings.replications(), quiet);
    }

    /** Runs every replication on the thread pool of --threads, with a progress bar on a terminal. */
    List<ReplicationResult> execute(String task) {
        try (TaskBackend pool = new ThreadPoolBackend(settings.threads())) {
            return execute(task, pool);
        }
    }

    /** Runs every replication on the backend, with a progress bar on a terminal. */
    List<ReplicationResult> execute(String task, TaskBackend backend) {
        try (ProgressReporter progress = progress(task)) {
            return Experiment.run(scenarioOf, settings.on(backend), progress);
        }
    }

    /**
     * Runs every replication on the backend straight into the (uncommitted) folder: each result is
     * written to replications.csv and added to the summary in replication order as soon as it and
     * those before it have finished, then dropped, so memory stays bounded whatever the number of
     * replications; then writes the other run files.
     *
     * @return the summary rows (also in summary.csv)
     */
    List<SummaryRow> executeInto(RunFolder folder, String task, CommandSpec command, TaskBackend backend)
            throws IOException {
        List<SummaryRow> rows;
        try (ReplicationsCsvWriter.Appender replications = ReplicationsCsvWriter.open(folder.file("replications.csv"));
             StreamingSummary summary = new StreamingSummary(folder.file(".summary-spill.bin"),
                     StreamingSummary.DEFAULT_BUDGET_BYTES, settings.replications());
             ProgressReporter progress = progress(task)) {
            Experiment.run(scenarioOf, settings.on(backend), progress, rep -> {
                try {
                    replications.write(rep);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                summary.add(rep);
            });
            rows = summary.rows();
        }
        writeOtherFiles(folder, rows, command);
        return rows;
    }

    /** Writes the four run files into the (uncommitted) folder. */
    void writeRunFiles(RunFolder folder, List<ReplicationResult> results, CommandSpec command) throws IOException {
        ReplicationsCsvWriter.write(folder.file("replications.csv"), results);
        writeOtherFiles(folder, Summary.of(results), command);
    }

    private void writeOtherFiles(RunFolder folder, List<SummaryRow> summary, CommandSpec command) throws IOException {
        Files.writeString(folder.file("scenario.resolved.yaml"), Scenarios.toYaml(scenario));
        SummaryCsvWriter.write(folder.file("summary.csv"), summary);
        Manifest manifest = Manifest.builder()
                .command(commandLine(command))
                .seed(settings.seed()).replications(settings.replications())
                .threads(settings.threads()).scale(settings.scale())
                .scenarioFile(scenarioFile)
                .startTime(started)
                .wallTimeSeconds((System.nanoTime() - startNanos) / 1e9)
                .build();
        ManifestWriter.write(folder.file("manifest.json"), manifest);
        if (draws != null) {
            draws.write(folder.file(ParameterDraws.FILE));
            addToManifest(folder.file("manifest.json"), "parameterUncertainty", draws.manifestEntry());
        }
    }

    /**
     * Adds one object to a written manifest.json under {@code key}: provenance that only some
     * commands have (a calibration's hold-out, a run's parameter draws).
     */
    static void addToManifest(Path manifest, String key, ObjectNode value) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = (ObjectNode) mapper.readTree(manifest.toFile());
        root.set(key, value);
        Files.writeString(manifest, mapper.writeValueAsString(root) + "\n");
    }

    /** The command line as typed, for the manifest. */
    static List<String> commandLine(CommandSpec command) {
        List<String> args = new ArrayList<>();
        args.add("highland");
        args.addAll(command.commandLine().getParseResult().originalArgs());
        return args;
    }
}
