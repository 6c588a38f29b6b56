package org.highland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.highland.experiment.discovery.Discovery;
import org.highland.experiment.discovery.Prim;
import org.highland.experiment.io.Numbers;
import org.highland.experiment.sensitivity.SweepOutputs;
import org.highland.experiment.sweep.SweepDescriptor;
import org.highland.experiment.sweep.SweepRunner;
import org.highland.report.ResultsFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code highland discover}: PRIM scenario discovery on a finished sweep. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery (PRIM, as in the EMA Workbench) on a finished sweep.",
                "Finds the boxes of factor ranges where an output is below (or above) a threshold, with coverage and density."
                        + " Writes discovery.csv; an earlier one is kept and the command refused unless --overwrite."})
public final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "Finished sweep folder.")
    Path folder;

    @Option(names = "--output", required = true, description = "Metric, as named in outputs.csv, e.g. cumulative_innovative_drug_approvals (required).")
    String metric;

    @Option(names = "--region", required = true, description = "Area, as named in outputs.csv, e.g. Zhejiang (required).")
    String area;

    @Option(names = "--year", required = true, description = "Calendar year of the output (required).")
    int year;

    @Option(names = "--scenario", defaultValue = "base", description = "base, a variant, or <variant>-base for a difference (default: ${DEFAULT-VALUE}).")
    String scenario;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Threshold threshold;

    /** Which side of the threshold is of interest. */
    static final class Threshold {
        @Option(names = "--below", description = "Threshold in the metric's own unit: cases with the output below it are of interest (this or --above is required).")
        Double below;

        @Option(names = "--above", description = "Threshold in the metric's own unit: cases with the output above it are of interest (this or --below is required).")
        Double above;
    }

    @Option(names = "--alpha", defaultValue = "0.05", description = "Share of the remaining cases peeled per step, in (0, 0.5) (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--min-mass", defaultValue = "0.05", description = "Smallest share of all cases a box keeps, in (0, 1) (default: ${DEFAULT-VALUE}).")
    double minMass;

    @Option(names = "--min-coverage", defaultValue = "0.5", description = "Share of the cases of interest the selected box keeps at least, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double minCoverage;

    @Option(names = "--overwrite", description = "Replace an earlier discovery.csv in the sweep folder (without it,"
            + " the command refuses when one exists, and writes nothing).")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        if (!SweepOutputs.isSweep(folder)) {
            throw new BadInputException(folder + ": not a finished sweep folder (no sweep.json and outputs.csv)"
                    + SweepRunner.unfinished(folder).map(u -> "; " + u)
                    .orElse(". Fix: pass the folder `highland sweep` printed."));
        }
        ResultsFolder.recover(folder); // an analysis a kill outright left half written: undone before it is judged
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new BadInputException("--alpha " + shown(alpha) + ": expected a share of the cases peeled per"
                    + " step in (0, 0.5). Fix: e.g. --alpha 0.05.");
        }
        if (!(minMass > 0 && minMass < 1)) {
            throw new BadInputException("--min-mass " + shown(minMass) + ": expected a share of all cases in"
                    + " (0, 1). Fix: e.g. --min-mass 0.05.");
        }
        if (!(minCoverage > 0 && minCoverage <= 1)) {
            throw new BadInputException("--min-coverage " + shown(minCoverage) + ": expected a share in (0, 1]. Fix: e.g."
                    + " --min-coverage 0.5.");
        }
        boolean below = threshold.below != null;
        double value = below ? threshold.below : threshold.above;
        Discovery.Cases cases = Discovery.cases(folder, scenario, metric, area, year, value, below);
        if (cases.x().length == 0) {
            throw new BadInputException("no rows " + scenario + "," + metric + "," + area + "," + year + " in " + folder
                    + "/outputs.csv. Fix: name one of the sweep's outputs of interest: " + outputsOfInterest() + ".");
        }
        String condition = String.format(Locale.ROOT, "%s:%s:%s:%d %s %s", scenario, metric, area, year,
                below ? "<" : ">", Numbers.format(value));
        int interesting = cases.ofInterest();
        if (interesting == 0 || interesting == cases.x().length) {
            throw new BadInputException(String.format(Locale.ROOT, "%s: %s of the %d cases, so there is nothing to"
                    + " discover (the values range from %s to %s). Fix: choose a threshold inside that range.",
                    condition, interesting == 0 ? "none" : "all", cases.x().length, Numbers.format(cases.min()),
                    Numbers.format(cases.max())));
        }
        Path file = folder.resolve(Discovery.FILE);
        EarlierAnalysis.refuseToReplace(List.of(file), overwrite);
        List<Prim.Box> trajectory = Prim.peel(cases.x(), cases.interest(), alpha, minMass);
        int selected = Prim.select(trajectory, minCoverage);
        EarlierAnalysis.write(overwrite,
                set -> set.stageText(file, out -> Discovery.write(out, cases.factors(), trajectory, selected)));
        PrintWriter out = spec.commandLine().getOut();
        Prim.Box box = trajectory.get(selected);
        Prim.Box all = trajectory.get(0);
        out.printf(Locale.ROOT, "%d cases (design points x replications), %d of interest (%.1f %%: %s; values"
                + " from %s to %s)%n", cases.x().length, interesting, 100 * all.density(), condition,
                Numbers.format(cases.min()), Numbers.format(cases.max()));
        out.printf(Locale.ROOT, "selected box (step %d of %d): coverage %.3f, density %.3f, mass %.3f%n", selected,
                trajectory.size() - 1, box.coverage(), box.density(), box.mass());
        for (int i = 0; i < cases.factors().size(); i++) {
            if (box.low()[i] > all.low()[i] || box.high()[i] < all.high()[i]) {
                out.printf(Locale.ROOT, "  %s in [%.4g, %.4g]%n", cases.factors().get(i).path(), box.low()[i], box.high()[i]);
            }
        }
        out.println("discovery: " + file);
        return ExitCodes.OK;
    }

    /** An option's value as given (0.5, not 0.5000; NaN as NaN), for a refusal. */
    private static String shown(double value) {
        return Double.isFinite(value) ? Numbers.format(value) : String.valueOf(value);
    }

    /** The outputs of interest of the sweep, as options of this command. */
    private String outputsOfInterest() throws IOException {
        return String.join("; ", SweepDescriptor.read(folder).outputs().stream()
                .map(o -> "--scenario " + o.scenarioLabel() + " --output " + o.metric() + " --region " + o.area()
                        + " --year " + o.year()).toList());
    }
}
