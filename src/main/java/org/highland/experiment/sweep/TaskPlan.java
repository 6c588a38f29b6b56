package org.highland.experiment.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highland.experiment.engine.ScenarioTexts;
import org.highland.experiment.engine.TaskSet;
import org.highland.model.random.SplitMix64;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;

/**
 * Everything a task needs, serializable so that a cluster's executors get it whole: the resolved
 * scenarios as YAML (no file of the user's machine is read on an executor), the design's factor
 * values, the outputs of interest and the seeds. Task t is point {@code t / replications},
 * replication {@code t % replications}; it runs the base and every variant with the streams of
 * (seed of the point, replication) and returns its rows of outputs.csv. A task is a pure function
 * of the plan and t, so results never depend on order, threads or backend.
 */
public final class TaskPlan implements TaskSet<String> {
    private static final long serialVersionUID = 2L;
    /** Seeds stay below 2^53 so that a scenario's seed field (a double-checked range) holds them. */
    private static final long SEED_MASK = (1L << 53) - 1;

    private final List<String> scenarioNames;
    private final List<String> scenarioYaml;
    private final List<String> factorPaths;
    /** Per scenario and factor, whether the scenario has the factor's parameter (and a point sets it there). */
    private final boolean[][] factorSet;
    private final double[][] points;
    private final List<OutputOfInterest> outputs;
    private final int replications;
    private final double scale;
    private final long seed;
    private final boolean commonStreams;

    /**
     * @param factorSet per scenario (in {@code scenarioNames} order) and factor, whether a point sets
     *                  the factor in that scenario: a policy's setting exists only in the scenarios
     *                  that hold the policy
     */
    public TaskPlan(List<String> scenarioNames, List<String> scenarioYaml, List<String> factorPaths,
                    boolean[][] factorSet, List<double[]> points, List<OutputOfInterest> outputs, int replications,
                    double scale, long seed, boolean commonStreams) {
        this.scenarioNames = List.copyOf(scenarioNames);
        this.scenarioYaml = List.copyOf(scenarioYaml);
        this.factorPaths = List.copyOf(factorPaths);
        this.factorSet = new boolean[factorSet.length][];
        for (int s = 0; s < factorSet.length; s++) {
            this.factorSet[s] = factorSet[s].clone();
        }
        this.points = points.toArray(new double[0][]);
        this.outputs = List.copyOf(outputs);
        this.replications = replications;
        this.scale = scale;
        this.seed = seed;
        this.commonStreams = commonStreams;
    }

    /** Each scenario's resolved YAML by name, the base first. */
    public Map<String, String> resolvedScenarios() {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (int s = 0; s < scenarioNames.size(); s++) {
            resolved.put(scenarioNames.get(s), scenarioYaml.get(s));
        }
        return resolved;
    }

    public int tasks() {
        return points.length * replications;
    }

    @Override
    public int size() {
        return tasks();
    }

    public int points() {
        return points.length;
    }

    public int replications() {
        return replications;
    }

    /** The seed of a point's runs: the master seed (common random numbers) or one mixed with the point. */
    public long seedOf(int point) {
        return commonStreams ? seed : SplitMix64.mix(seed * 0x9E3779B97F4A7C15L + point) & SEED_MASK;
    }

    /** The {@code --set}s of a point, one per factor; Double.toString reads back to the same double. */
    public List<String> sets(int point) {
        List<String> sets = new ArrayList<>(factorPaths.size());
        for (int i = 0; i < factorPaths.size(); i++) {
            sets.add(factorPaths.get(i) + "=" + points[point][i]);
        }
        return sets;
    }

    /** The {@code --set}s of a point in scenario {@code s}: those of the factors it has. */
    List<String> sets(int s, int point) {
        List<String> sets = new ArrayList<>(factorPaths.size());
        for (int i = 0; i < factorPaths.size(); i++) {
            if (factorSet[s][i]) {
                sets.add(factorPaths.get(i) + "=" + points[point][i]);
            }
        }
        return sets;
    }

    /** Runs task t and returns its rows of outputs.csv, each ending in a newline. */
    @Override
    public String run(int task) {
        int point = task / replications;
        int replication = task % replications;
        ReplicationResult[] results = new ReplicationResult[scenarioNames.size()];
        for (int s = 0; s < results.length; s++) {
            results[s] = HighlandSim.run(ScenarioTexts.load(scenarioYaml.get(s), sets(s, point)), scale, seedOf(point),
                    replication);
        }
        StringBuilder rows = new StringBuilder();
        for (OutputOfInterest o : outputs) {
            double value = results[scenarioNames.indexOf(o.scenario())].value(o.metric(), o.area(), o.year());
            if (o.difference()) {
                value -= results[0].value(o.metric(), o.area(), o.year());
            }
            rows.append(point).append(',').append(replication).append(',').append(Csv.field(o.scenarioLabel()))
                    .append(',').append(Csv.field(o.metric())).append(',').append(Csv.field(o.area())).append(',')
                    .append(o.year()).append(',').append(format(value)).append('\n');
        }
        return rows.toString();
    }

    /** Shortest text that reads back to the same double; integers without a fraction. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Double.toString(value);
    }
}
