package org.highland.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code highland params}: every numeric parameter with its value, unit, range and meaning. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List every numeric parameter of a scenario (or of the defaults) with unit, range and meaning.")
public final class ParamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: built-in defaults).")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override one value (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        Scenario scenario = scenarioFile == null ? Scenarios.defaults() : Scenarios.load(scenarioFile, sets);
        var out = spec.commandLine().getOut();
        out.println("path\tvalue\tunit\tmin\tmax\tdoc");
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario)) {
            out.println(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s", row.path(), row.value(), row.unit(),
                    bound(row.min()), bound(row.max()), row.doc()));
        }
        return ExitCodes.OK;
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? "" : String.valueOf(v);
    }
}
