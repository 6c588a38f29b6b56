package org.highland.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.highland.experiment.SummaryRow;
import org.highland.experiment.engine.TaskBackend;
import org.highland.report.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code highland run}: runs a scenario's replications and writes a results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario and write manifest.json, scenario.resolved.yaml, replications.csv and summary.csv.")
public final class RunCommand implements Callable<Integer> {
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

    @Option(names = "--parameter-uncertainty", paramLabel = "FILE",
            description = "Draw each replication's parameters from a calibration-ensemble.csv (one vector per"
                    + " replication, from the seed and replication number), applied after --set (default: none, the scenario's values).")
    Path parameterUncertainty;

    @Override
    public Integer call() throws IOException {
        ScenarioRun run = ScenarioRun.prepare(scenarioFile, options, parameterUncertainty);
        try (TaskBackend engine = backend.open(run.settings().threads());
             RunFolder folder = RunFolder.create(out, out != null, run.scenario().name())) {
            List<SummaryRow> summary = run.executeInto(folder, "run", spec, engine);
            folder.commit();
            spec.commandLine().getOut().println(HeadlineTable.render(summary, run.scenario(), run.settings().scale()));
            spec.commandLine().getOut().flush();
            BudgetWarnings.print(run.scenario(), folder.finalPath().resolve("summary.csv"), spec.commandLine().getErr());
            run.parameterSource().ifPresent(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().println("results: " + folder.finalPath());
            outputs.after(folder.finalPath(), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
