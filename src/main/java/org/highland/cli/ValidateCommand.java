package org.highland.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.experiment.Summary;
import org.highland.experiment.validation.Targets;
import org.highland.experiment.validation.Validation;
import org.highland.experiment.validation.ValidationCsvWriter;
import org.highland.experiment.validation.ValidationRow;
import org.highland.experiment.validation.ValidationTable;
import org.highland.report.Manifest;
import org.highland.report.ManifestWriter;
import org.highland.report.ReplicationsCsvWriter;
import org.highland.report.RunFolder;
import org.highland.report.SummaryCsvWriter;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code highland validate}: runs a scenario and compares it with every modelled figure of
 * baseline-figures.csv (mapping in targets.csv). It reports; it does not judge: exit 0 whatever
 * the fit.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run a scenario and compare it with the published figures: validation.csv plus the run files.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--out", description = "Results folder (must not exist or be empty; default results/<scenario>/<timestamp>).")
    Path out;

    @Override
    public Integer call() throws IOException {
        OffsetDateTime started = OffsetDateTime.now();
        long t0 = System.nanoTime();
        Scenario scenario = options.load(scenarioFile);
        long seed = options.seed(scenario);
        int replications = options.replications(scenario);
        int threads = options.threads();
        double scale = options.scale();
        scenario = scenario.withRun(seed, replications);
        var targets = Targets.load();
        try (RunFolder folder = RunFolder.create(out, out != null, scenario.name())) {
            List<ReplicationResult> results;
            try (ProgressReporter progress = ProgressReporter.start("validate " + scenario.name(), replications)) {
                results = Experiment.run(scenario, new Experiment.Settings(scale, seed, replications, threads), progress);
            }
            List<ValidationRow> rows = Validation.evaluate(targets, results);
            Files.writeString(folder.file("scenario.resolved.yaml"), Scenarios.toYaml(scenario));
            ReplicationsCsvWriter.write(folder.file("replications.csv"), results);
            SummaryCsvWriter.write(folder.file("summary.csv"), Summary.of(results));
            ValidationCsvWriter.write(folder.file("validation.csv"), rows);
            Manifest manifest = Manifest.builder()
                    .command(commandLine())
                    .seed(seed).replications(replications).threads(threads).scale(scale)
                    .scenarioFile(scenarioFile)
                    .startTime(started)
                    .wallTimeSeconds((System.nanoTime() - t0) / 1e9)
                    .build();
            ManifestWriter.write(folder.file("manifest.json"), manifest);
            folder.commit();
            spec.commandLine().getOut().print(ValidationTable.render(rows));
            spec.commandLine().getOut().println("results: " + folder.finalPath());
        }
        return ExitCodes.OK;
    }

    private List<String> commandLine() {
        List<String> args = new ArrayList<>();
        args.add("highland");
        args.addAll(spec.commandLine().getParseResult().originalArgs());
        return args;
    }
}
