package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.highland.experiment.validation.Derivation;
import org.highland.experiment.validation.Identities;
import org.highland.experiment.validation.StockSolver;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.run.ReplicationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code highland solve-stocks}: runs a scenario to the year of the Table 2 cumulative counts and
 * writes the pre-start registry stocks (the stock_residual rows of identities.csv) as a scenario
 * overlay fragment: stock = figure - mean simulated flow since the start, the flow read as the flow
 * bounds of targets.csv read it. A stock that comes out negative is a finding (the model's flow
 * exceeds the cumulative figure): written as 0, reported on stderr and in a comment line; the
 * command still exits 0.
 */
@Command(name = "solve-stocks", mixinStandardHelpOptions = true,
        description = {"Solve the pre-2015 registry stocks (identities.csv, stock_residual) as figure - simulated"
                + " 2015-2020 flow and print them as a YAML overlay fragment.",
            "A negative stock (flow exceeds the cumulative figure) is written as 0 and reported."})
public final class SolveStocksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--out", description = "Write the fragment to this file (never overwritten; default: stdout).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (out != null && Files.exists(out)) {
            throw new BadInputException("--out " + out + " exists and is never overwritten. Fix: pass a new file.");
        }
        List<Target> targets = Targets.load();
        int flowYear = targets.stream().filter(t -> t.modelled() && t.mapping().derived() == Derivation.FLOW_SINCE)
                .mapToInt(t -> t.mapping().year()).max().orElseThrow();
        if (options.endYear == null) {
            options.endYear = flowYear;
        } else if (options.endYear < flowYear) {
            throw new BadInputException("--end " + options.endYear + ": the cumulative figures are for " + flowYear
                    + ". Fix: drop --end or pass --end " + flowYear + " or later.");
        }
        ScenarioRun run = ScenarioRun.prepare(scenarioFile, options);
        List<ReplicationResult> results = run.execute("solve-stocks");
        List<StockSolver.Stock> stocks = StockSolver.solve(targets, Identities.load(), results);
        String fragment = StockSolver.render(stocks, List.of(
                "Pre-start registry stocks solved by highland solve-stocks: stock = Table 2 figure - mean simulated"
                        + " flow since the start to " + flowYear + " (identities.csv, stock_residual).",
                String.format(Locale.ROOT, "scenario %s, scale %s, %d replications, seed %d",
                        run.scenario().name(), run.settings().scale(), run.settings().replications(),
                        run.settings().seed())));
        if (out == null) {
            spec.commandLine().getOut().print(fragment);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, fragment, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        List<String> findings = StockSolver.findings(stocks);
        PrintWriter err = spec.commandLine().getErr();
        for (String f : findings) {
            err.println("finding: " + f);
        }
        if (!findings.isEmpty()) {
            err.printf(Locale.ROOT, "warning: for %d of %d stocks the simulated flow exceeds the cumulative figure;"
                    + " they are written as 0, so the model overshoots these figures%n", findings.size(), stocks.size());
        }
        err.flush();
        return ExitCodes.OK;
    }
}
