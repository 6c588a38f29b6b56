package org.highland.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.highland.report.Numbers;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.PlausibleRange;
import org.highland.scenario.PlausibleRanges;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code highland params}: every numeric parameter with its value, unit, validity bounds, meaning,
 * and plausible range for sensitivity analysis with its basis (source, assumption, input, data;
 * "none" where the ranges file has no row).
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"List every numeric parameter of a scenario (or of the defaults) with unit, validity bounds and meaning,",
                "and its plausible range (low, high) and basis from " + PlausibleRanges.BUILT_IN + "."})
public final class ParamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: built-in defaults).")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override one value (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        Scenario scenario = scenarioFile == null ? Scenarios.defaults(sets) : Scenarios.load(scenarioFile, sets);
        var out = spec.commandLine().getOut();
        out.println("path\tvalue\tunit\tmin\tmax\tdoc\tlow\thigh\tbasis\trange_source");
        for (ParameterRow row : ParameterCatalog.list(Scenario.class, scenario, PlausibleRanges.builtIn())) {
            PlausibleRange r = row.range();
            out.println(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s", row.path(), row.value(),
                    row.unit(), bound(row.min()), bound(row.max()), row.doc(),
                    r == null ? "" : plausible(r.low()), r == null ? "" : plausible(r.high()),
                    r == null ? "none" : r.basis().word(), r == null ? "" : r.source()));
        }
        return ExitCodes.OK;
    }

    private static String plausible(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "";
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? "" : String.valueOf(v);
    }
}
