package org.highland.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code highland check}: reads and validates a scenario with its overrides and run options
 * exactly as {@code run} would, and stops there: no simulation, nothing written. Exit 0 when
 * {@code run} would start, 2 with the problems otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a scenario (with --set, --seed, --scale, --end...) as `run` would, without running it.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Override
    public Integer call() {
        Scenario scenario = options.load(scenarioFile);
        options.seed(scenario);
        options.replications(scenario);
        options.threads();
        double scale = options.scale();
        spec.commandLine().getOut().println(scenarioFile + ": ok (" + scenario.name() + ", "
                + scenario.time().startYear() + "-" + scenario.time().endYear() + ", " + scenario.policies().size()
                + (scenario.policies().size() == 1 ? " policy" : " policies") + ", scale " + scale + scaleSource(scale) + ")");
        return ExitCodes.OK;
    }

    /** Where the scale came from: --scale, a --set, the scenario, or (its value being the built-in one) the default. */
    private String scaleSource(double scale) {
        if (options.scale != null) {
            return " from --scale";
        }
        String set = options.lastSetOf("scale");
        if (set != null) {
            return " from --set " + set;
        }
        return scale == Scenarios.defaults().scale() ? ", the default" : " from the scenario";
    }
}
