package org.highland.experiment.screening;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.StatUtils;
import org.highland.experiment.Experiment;
import org.highland.experiment.ProgressReporter;
import org.highland.run.ReplicationResult;
import org.highland.scenario.ParameterCatalog;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * A variant's effect against its base at one point of the factors, simulated as a user would:
 * both scenario files read with the user's {@code --set}s plus one {@code path=value} per factor
 * the scenario has (the same values for both; a setting of a policy only one of them holds is set
 * in that one), run with the same seed and replications (common random numbers), and the effect
 * on each output is the mean over replications of variant minus base.
 */
public final class ScenarioEffect implements EffectModel {
    private final Path baseFile;
    private final Path variantFile;
    private final List<String> sets;
    private final List<Factor> factors;
    private final List<Output> outputs;
    private final Integer endYear;
    private final Experiment.Settings settings;
    private final ProgressReporter progress;
    /** The parameters each scenario has, read with the user's {@code --set}s. */
    private final Set<String> baseParameters;
    private final Set<String> variantParameters;

    /**
     * @param endYear  last simulated year, or null for the scenarios' own
     * @param progress stepped once per replication of each scenario
     */
    public ScenarioEffect(Path baseFile, Path variantFile, List<String> sets, List<Factor> factors,
                          List<Output> outputs, Integer endYear, Experiment.Settings settings,
                          ProgressReporter progress) {
        this.baseFile = baseFile;
        this.variantFile = variantFile;
        this.sets = List.copyOf(sets);
        this.factors = List.copyOf(factors);
        this.outputs = List.copyOf(outputs);
        this.endYear = endYear;
        this.settings = settings;
        this.progress = progress;
        this.baseParameters = ParameterCatalog.paths(Scenario.class, Scenarios.load(baseFile, sets));
        this.variantParameters = ParameterCatalog.paths(Scenario.class, Scenarios.load(variantFile, sets));
    }

    /** The {@code --set} list of a point in the base: the user's first, then the factors it has. */
    public List<String> baseSets(double[] point) {
        return sets(point, baseParameters);
    }

    /** The {@code --set} list of a point in the variant. */
    public List<String> variantSets(double[] point) {
        return sets(point, variantParameters);
    }

    private List<String> sets(double[] point, Set<String> parameters) {
        List<String> all = new ArrayList<>(sets);
        for (int i = 0; i < factors.size(); i++) {
            if (parameters.contains(factors.get(i).path())) {
                // Double.toString reads back to the same double.
                all.add(factors.get(i).path() + "=" + point[i]);
            }
        }
        return all;
    }

    @Override
    public PointEffect effects(double[] point) {
        List<ReplicationResult> base = Experiment.run(prepare(baseFile, baseSets(point)), settings, progress);
        List<ReplicationResult> variant = Experiment.run(prepare(variantFile, variantSets(point)), settings, progress);
        return meanDifferences(base, variant, outputs);
    }

    private Scenario prepare(Path file, List<String> pointSets) {
        Scenario s = Scenarios.load(file, pointSets);
        if (endYear != null) {
            s = s.withEndYear(endYear);
        }
        return s.withRun(settings.seed(), settings.replications());
    }

    /**
     * Per output, the mean of variant minus base over the replications (paired by replication
     * number), its standard error from the paired differences, and the differences themselves
     * (for the noise of a change between points, {@link PointEffect#changeSe}).
     *
     * @throws IllegalArgumentException if an output is not recorded (unknown metric, area or year)
     */
    public static PointEffect meanDifferences(List<ReplicationResult> base, List<ReplicationResult> variant,
                                              List<Output> outputs) {
        if (base.size() != variant.size()) {
            throw new IllegalArgumentException("base and variant differ in replications");
        }
        double[] effects = new double[outputs.size()];
        double[] se = new double[outputs.size()];
        double[][] differences = new double[outputs.size()][base.size()];
        for (int o = 0; o < outputs.size(); o++) {
            Output out = outputs.get(o);
            check(base.get(0), out);
            double[] d = new double[base.size()];
            int n = 0;
            for (int k = 0; k < base.size(); k++) {
                double b = base.get(k).value(out.metric(), out.area(), out.year());
                double v = variant.get(k).value(out.metric(), out.area(), out.year());
                differences[o][k] = v - b;
                if (!Double.isNaN(b) && !Double.isNaN(v)) {
                    d[n++] = v - b;
                }
            }
            effects[o] = n == 0 ? Double.NaN : StatUtils.mean(d, 0, n);
            se[o] = n < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(d, 0, n) / n);
        }
        return new PointEffect(effects, se, differences);
    }

    private static void check(ReplicationResult r, Output out) {
        if (r.metricIndex(out.metric()) < 0) {
            throw new IllegalArgumentException("output " + out.label() + ": no metric '" + out.metric()
                    + "' (see results/README.md or a run's summary.csv for the names)");
        }
        if (r.areaIndex(out.area()) < 0) {
            throw new IllegalArgumentException("output " + out.label() + ": no area '" + out.area() + "'; areas: "
                    + r.areas());
        }
        if (out.year() < r.firstYear() || out.year() > r.lastYear()) {
            throw new IllegalArgumentException("output " + out.label() + ": year outside the run's "
                    + r.firstYear() + "-" + r.lastYear());
        }
    }
}
