package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.highland.experiment.validation.Derivation;
import org.highland.experiment.validation.Identities;
import org.highland.experiment.validation.StartValueSolver;
import org.highland.experiment.validation.StockSolver;
import org.highland.experiment.validation.Target;
import org.highland.experiment.validation.Targets;
import org.highland.report.AtomicFiles;
import org.highland.report.OutputPaths;
import org.highland.run.ReplicationResult;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.ParameterRow;
import org.highland.scenario.Scenario;
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
 * command still exits 0. First, the start values whose growth is endogenous (start_solved rows:
 * the leading talent pools) are solved by rounds of runs, each scaling a value by figure / mean
 * simulated value, until every gap is within {@code --tolerance}; the stocks come from the last
 * round's run.
 */
@Command(name = "solve-stocks", mixinStandardHelpOptions = true, modelTransformer = SolveStocksCommand.Help.class,
        description = {"Solve the pre-2015 registry stocks (identities.csv, stock_residual) as figure - simulated"
                + " 2015-2020 flow and print them as a YAML overlay fragment.",
            "Start values with endogenous growth (start_solved: leading talent pools) are solved first, by rounds"
                + " of runs scaling each value by figure / simulated.",
            "A negative stock (flow exceeds the cumulative figure) is written as 0 and reported."})
public final class SolveStocksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** --end here defaults to the last year of the figures solved from, not the scenario's end. */
    public static final class Help implements picocli.CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            HelpTexts.reword(spec, "--end", "Last simulated year, at least the last year of the figures solved from"
                    + " (default: that year).");
            return spec;
        }
    }

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--out", description = "Write the fragment to this new file (never overwritten; its folder is created if need be;"
            + " default: stdout).")
    Path out;

    @Option(names = "--rounds", defaultValue = "6",
            description = "Most rounds of runs to solve the start values (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--tolerance", defaultValue = "0.01",
            description = "Stop when every start value's simulated figure is within this relative gap (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() throws IOException {
        Path target = out == null ? null : newFile(out);
        List<Target> targets = Targets.load();
        int flowYear = targets.stream().filter(t -> t.modelled() && t.mapping().derived() == Derivation.FLOW_SINCE)
                .mapToInt(t -> t.mapping().year()).max().orElseThrow();
        List<Identities.Solved> identities = Identities.load();
        List<Identities.Solved> startRows = StartValueSolver.rows(identities);
        int lastYear = Math.max(flowYear, StartValueSolver.lastYear(targets, startRows));
        if (options.endYear == null) {
            options.endYear = lastYear;
        } else if (options.endYear < lastYear) {
            throw new BadInputException("--end " + options.endYear + ": the figures solved from are for years up to "
                    + lastYear + ". Fix: drop --end or pass --end " + lastYear + " or later.");
        }
        if (rounds < 1 || rounds > 50) {
            throw new BadInputException("--rounds " + rounds + ": expected 1 to 50. Fix: pass a number in that range.");
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new BadInputException("--tolerance " + tolerance + ": expected a share in (0, 1). Fix: pass e.g."
                    + " --tolerance 0.01 (1 %).");
        }
        Solved solved = solveStartValues(targets, startRows);
        ScenarioRun run = solved.run();
        List<ReplicationResult> results = solved.results();
        List<StartValueSolver.Start> last = solved.last();
        Map<String, Long> used = solved.used();
        List<StockSolver.Stock> stocks = StockSolver.solve(targets, identities, results);
        List<String> header = new ArrayList<>(List.of(
                "Pre-start registry stocks solved by highland solve-stocks: stock = Table 2 figure - mean simulated"
                        + " flow since the start to " + flowYear + " (identities.csv, stock_residual).",
                String.format(Locale.ROOT, "scenario %s, scale %s, %d replications, seed %d",
                        run.scenario().name(), run.settings().scale(), run.settings().replications(),
                        run.settings().seed())));
        for (StartValueSolver.Start st : last) {
            header.add(String.format(Locale.ROOT, "%s = %d: %s simulated %.1f against %.1f (start_solved)",
                    st.parameter(), Math.round(st.used()), st.target(), st.simulated(), st.figure()));
        }
        String fragment = StockSolver.render(stocks, startRows.isEmpty() ? Map.of() : used, header);
        if (out == null) {
            spec.commandLine().getOut().print(fragment);
            spec.commandLine().getOut().flush();
        } else {
            // Whole or not at all: a kill mid-write would leave a part that blocks the next run's --out.
            AtomicFiles.writeString(target, AtomicFiles.Existing.REFUSE, fragment);
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

    /**
     * The real path --out names, checked before any run: a file there is never overwritten, and its
     * folder must exist or be creatable (created at the end), so rounds of runs are not thrown away
     * on a path the fragment could never be written to.
     */
    private static Path newFile(Path given) throws IOException {
        Path target = OutputPaths.resolve(given, "--out");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException("--out " + given + " exists and is never overwritten. Fix: pass a new file.");
        }
        OutputPaths.requireCanCreateIn(target.getParent(), "--out", given);
        return target;
    }

    /** The last round: its run, results, start values and their gaps. */
    private record Solved(ScenarioRun run, List<ReplicationResult> results, List<StartValueSolver.Start> last,
                          Map<String, Long> used) {
    }

    /**
     * Runs the scenario in rounds, moving the start values (rounded to whole units) until every
     * gap is within the tolerance or the rounds run out; one round when there are no start_solved
     * rows. Each round's gaps go to stderr.
     */
    private Solved solveStartValues(List<Target> targets, List<Identities.Solved> startRows) {
        List<String> userSets = new ArrayList<>(options.sets);
        Map<String, Long> used = startValues(options.load(scenarioFile), startRows);
        PrintWriter err = spec.commandLine().getErr();
        List<StartValueSolver.Start> previous = List.of();
        for (int round = 1; ; round++) {
            options.sets = new ArrayList<>(userSets);
            used.forEach((path, value) -> options.sets.add(path + "=" + value));
            ScenarioRun run = ScenarioRun.prepare(scenarioFile, options);
            List<ReplicationResult> results = run.execute("solve-stocks");
            List<StartValueSolver.Start> last = StartValueSolver.round(targets, startRows, used, results);
            if (startRows.isEmpty()) {
                return new Solved(run, results, last, used);
            }
            double worst = StartValueSolver.worstGap(last);
            StringBuilder gaps = new StringBuilder();
            for (StartValueSolver.Start st : last) {
                gaps.append(String.format(Locale.ROOT, "; %s %d -> %+.1f %%", st.target(), Math.round(st.used()),
                        100 * st.gap()));
            }
            err.printf(Locale.ROOT, "round %d: largest gap between a simulated figure and its target %.2f %%%s%n", round,
                    100 * worst, gaps);
            err.flush();
            if (worst <= tolerance || round == rounds) {
                if (worst > tolerance) {
                    err.printf(Locale.ROOT, "warning: start values not within %.2f %% after %d round%s; written as"
                            + " the last round ran them. Fix: pass more --rounds or replications%n", 100 * tolerance, rounds,
                            rounds == 1 ? "" : "s");
                }
                return new Solved(run, results, last, used);
            }
            Map<String, Long> next = new LinkedHashMap<>();
            StartValueSolver.next(previous, last).forEach((path, value) -> next.put(path, Math.round(value)));
            previous = last;
            used = next;
        }
    }

    /** The scenario's current value of each start_solved parameter, rounded to whole units. */
    private static Map<String, Long> startValues(Scenario scenario, List<Identities.Solved> rows) {
        Map<String, Double> all = new LinkedHashMap<>();
        for (ParameterRow r : ParameterCatalog.list(Scenario.class, scenario)) {
            all.put(r.path(), r.number());
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (Identities.Solved s : rows) {
            Double v = all.get(s.parameter());
            if (v == null) {
                throw new IllegalStateException(Identities.FILE + ": " + s.parameter() + " is not a number of the scenario");
            }
            out.put(s.parameter(), Math.round(v));
        }
        return out;
    }
}
