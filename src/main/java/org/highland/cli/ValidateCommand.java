package org.highland.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.validation.Targets;
import org.highland.experiment.validation.Validation;
import org.highland.experiment.validation.ValidationCsvWriter;
import org.highland.experiment.validation.ValidationRow;
import org.highland.experiment.validation.ValidationTable;
import org.highland.report.RunFolder;
import org.highland.run.ReplicationResult;
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
        ScenarioRun run = ScenarioRun.prepare(scenarioFile, options);
        var targets = Targets.load();
        try (RunFolder folder = RunFolder.create(out, out != null, run.scenario().name())) {
            List<ReplicationResult> results = run.execute("validate");
            List<ValidationRow> rows = Validation.evaluate(targets, results);
            run.writeRunFiles(folder, results, spec);
            ValidationCsvWriter.write(folder.file("validation.csv"), rows);
            folder.commit();
            spec.commandLine().getOut().print(ValidationTable.render(rows));
            spec.commandLine().getOut().println("results: " + folder.finalPath());
        }
        return ExitCodes.OK;
    }
}
