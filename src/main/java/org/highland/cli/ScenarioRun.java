package org.highland.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.Summary;
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
    private final OffsetDateTime started = OffsetDateTime.now();
    private final long startNanos = System.nanoTime();

    private ScenarioRun(Path scenarioFile, Scenario scenario, Experiment.Settings settings) {
        this.scenarioFile = scenarioFile;
        this.scenario = scenario;
        this.settings = settings;
    }

    /** Loads the scenario and resolves seed, replications, threads and scale; throws on bad input. */
    static ScenarioRun prepare(Path scenarioFile, ScenarioOptions options) {
        Scenario loaded = options.load(scenarioFile);
        long seed = options.seed(loaded);
        int replications = options.replications(loaded);
        Experiment.Settings settings = new Experiment.Settings(options.scale(), seed, replications, options.threads());
        return new ScenarioRun(scenarioFile, loaded.withRun(seed, replications), settings);
    }

    Scenario scenario() {
        return scenario;
    }

    /** Runs every replication, with a progress bar on a terminal. */
    List<ReplicationResult> execute(String task) {
        try (ProgressReporter progress = ProgressReporter.start(task + " " + scenario.name(), settings.replications())) {
            return Experiment.run(scenario, settings, progress);
        }
    }

    /** Writes the four run files into the (uncommitted) folder. */
    void writeRunFiles(RunFolder folder, List<ReplicationResult> results, CommandSpec command) throws IOException {
        Files.writeString(folder.file("scenario.resolved.yaml"), Scenarios.toYaml(scenario));
        ReplicationsCsvWriter.write(folder.file("replications.csv"), results);
        SummaryCsvWriter.write(folder.file("summary.csv"), Summary.of(results));
        Manifest manifest = Manifest.builder()
                .command(commandLine(command))
                .seed(settings.seed()).replications(settings.replications())
                .threads(settings.threads()).scale(settings.scale())
                .scenarioFile(scenarioFile)
                .startTime(started)
                .wallTimeSeconds((System.nanoTime() - startNanos) / 1e9)
                .build();
        ManifestWriter.write(folder.file("manifest.json"), manifest);
    }

    /** The command line as typed, for the manifest. */
    static List<String> commandLine(CommandSpec command) {
        List<String> args = new ArrayList<>();
        args.add("highland");
        args.addAll(command.commandLine().getParseResult().originalArgs());
        return args;
    }
}
