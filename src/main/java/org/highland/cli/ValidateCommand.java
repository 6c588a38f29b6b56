package org.highland.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.experiment.validation.Validation;
import org.highland.experiment.validation.ValidationCsvWriter;
import org.highland.experiment.validation.ValidationRow;
import org.highland.experiment.validation.ValidationTable;
import org.highland.report.RunFolder;
import org.highland.run.ReplicationResult;
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
 * the fit. Every target's basis (targets.csv) says what its agreement proves; a run that ends
 * before the last target year ({@code --end} or {@code time.endYear}) is refused, since the later
 * targets could not be judged.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run a scenario and compare it with the published figures: validation.csv plus the run files.",
            "Prints one fit line per basis (identity, calibrated, earlier_fit, out_of_sample) and the six headline figures;"
                    + " --end must reach the last target year (2024)."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Mixin
    BackendOptions backend;

    @Mixin
    OutputOptions outputs;

    @Option(names = "--out", description = "Results folder (must not exist or be empty; default results/<scenario>/<timestamp>).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ScenarioRun run = ScenarioRun.prepare(scenarioFile, options);
        List<Target> targets = Targets.load();
        int lastTargetYear = Targets.modelled(targets).stream().mapToInt(t -> t.figure().year()).max().orElseThrow();
        int end = run.scenario().time().endYear();
        if (end < lastTargetYear) {
            throw new BadInputException(endTooEarly(end, lastTargetYear));
        }
        try (TaskBackend engine = backend.open(run.settings().threads());
             RunFolder folder = RunFolder.create(out, out != null, run.scenario().name())) {
            List<ReplicationResult> results = run.execute("validate", engine);
            List<ValidationRow> rows = Validation.evaluate(targets, results);
            run.writeRunFiles(folder, results, spec);
            ValidationCsvWriter.write(folder.file("validation.csv"), rows);
            folder.commit();
            spec.commandLine().getOut().print(ValidationTable.render(rows));
            for (String warning : ValidationTable.warnings(rows, run.settings().scale(), run.settings().replications())) {
                spec.commandLine().getOut().println(warning);
            }
            spec.commandLine().getOut().flush();
            BudgetWarnings.print(run.scenario(), folder.finalPath().resolve("summary.csv"), spec.commandLine().getErr());
            spec.commandLine().getOut().println("results: " + folder.finalPath());
            outputs.after(folder.finalPath(), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /**
     * Names where the early end came from (--end, a --set of time.endYear, or the scenario's own
     * time.endYear), so that the remedy speaks of something the user wrote.
     */
    private String endTooEarly(int end, int lastTargetYear) {
        String judged = "the targets run to " + lastTargetYear + ", so the later ones could not be judged";
        String later = "pass --end " + lastTargetYear + " or later";
        if (options.endYear != null) {
            int own = Scenarios.load(scenarioFile, options.sets, warning -> { }).time().endYear();
            return "--end " + end + ": " + judged + ". Fix: " + later
                    + (own >= lastTargetYear ? ", or leave out --end (the scenario runs to " + own + ")." : ".");
        }
        String set = options.lastSetOf("time.endYear");
        if (set != null) {
            return "--set " + set + ": the run ends in " + end + " (time.endYear), but " + judged + ". Fix: " + later
                    + ", or set time.endYear to " + lastTargetYear + " or later.";
        }
        return scenarioFile + ": the run ends in " + end + " (time.endYear), but " + judged + ". Fix: " + later
                + ", or set time.endYear to " + lastTargetYear + " or later in the scenario.";
    }
}
