package org.highland.experiment;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.highland.experiment.engine.ScenarioTexts;
import org.highland.experiment.engine.TaskSet;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * The replications of a scenario as tasks: task k runs replication k of its scenario with the
 * streams of (seed, k). In this JVM the tasks run the scenarios as loaded; shipped to a cluster,
 * each distinct scenario travels as its resolved YAML (as a run's scenario.resolved.yaml) and is
 * read back once per executor, so the executor reads no file of the user's machine.
 */
final class ReplicationTasks implements TaskSet<ReplicationResult> {
    private static final long serialVersionUID = 1L;

    private transient Scenario[] scenarios;
    /** Index into the distinct scenarios, by replication. */
    private final int[] scenarioOf;
    private final double scale;
    private final long seed;

    private ReplicationTasks(Scenario[] scenarios, int[] scenarioOf, double scale, long seed) {
        this.scenarios = scenarios;
        this.scenarioOf = scenarioOf;
        this.scale = scale;
        this.seed = seed;
    }

    /** Replications 0 to n - 1 of {@code scenarioOf.apply(k)}; scenarios that are the same object are shipped once. */
    static ReplicationTasks of(IntFunction<Scenario> scenarioOf, int replications, double scale, long seed) {
        Map<Scenario, Integer> index = new IdentityHashMap<>();
        List<Scenario> distinct = new ArrayList<>();
        int[] of = new int[replications];
        for (int k = 0; k < replications; k++) {
            Scenario s = scenarioOf.apply(k);
            of[k] = index.computeIfAbsent(s, x -> {
                distinct.add(x);
                return distinct.size() - 1;
            });
        }
        return new ReplicationTasks(distinct.toArray(new Scenario[0]), of, scale, seed);
    }

    @Override
    public int size() {
        return scenarioOf.length;
    }

    @Override
    public ReplicationResult run(int replication) {
        return HighlandSim.run(scenarios()[scenarioOf[replication]], scale, seed, replication);
    }

    private synchronized Scenario[] scenarios() {
        return scenarios;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        Scenario[] s = scenarios();
        out.writeInt(s.length);
        for (Scenario scenario : s) {
            out.writeObject(Scenarios.toYaml(scenario));
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        Scenario[] s = new Scenario[in.readInt()];
        for (int i = 0; i < s.length; i++) {
            s[i] = ScenarioTexts.load((String) in.readObject(), List.of());
        }
        synchronized (this) {
            scenarios = s;
        }
    }
}
