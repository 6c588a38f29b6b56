package org.highland.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;
import org.highland.scenario.Scenarios;

/**
 * Small worlds for instrument tests: the built-in defaults at 4 % scale over 2015-2021 with one
 * policy (or none), run for a few replications with common random numbers and cached by text.
 */
final class PolicyRuns {
    static final double SCALE = 0.04;
    static final long SEED = 20150101L;
    static final int REPLICATIONS = 16;
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2021;
    static final String[] REGIONS = {"Zhejiang", "Jiangsu", "Shanghai", "Anhui"};
    private static final Map<String, List<ReplicationResult>> CACHE = new ConcurrentHashMap<>();
    private static Path dir;

    private PolicyRuns() {
    }

    /** Results without any policy. */
    static List<ReplicationResult> base() {
        return run("{}");
    }

    /** Results with one policy named {@code p}, written as a YAML flow map. */
    static List<ReplicationResult> withPolicy(String policyYaml) {
        return run("{p: " + policyYaml + "}");
    }

    static Scenario scenario(String policiesYaml) {
        String text = "name: policy-test\n"
                + "time: {startYear: " + FIRST_YEAR + ", endYear: " + LAST_YEAR + "}\n"
                + "policies: " + policiesYaml + "\n";
        try {
            synchronized (PolicyRuns.class) {
                if (dir == null) {
                    dir = Files.createTempDirectory("policy-runs");
                    dir.toFile().deleteOnExit();
                }
            }
            Path file = Files.createTempFile(dir, "scenario", ".yaml");
            Files.writeString(file, text);
            file.toFile().deleteOnExit();
            return Scenarios.load(file, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ReplicationResult> run(String policiesYaml) {
        return CACHE.computeIfAbsent(policiesYaml, text -> {
            Scenario scenario = scenario(text);
            List<ReplicationResult> results = new ArrayList<>();
            for (int k = 0; k < REPLICATIONS; k++) {
                results.add(HighlandSim.run(scenario, SCALE, SEED, k));
            }
            return results;
        });
    }

    /** Mean over replications of a metric summed over years {@code from..to}. */
    static double meanSum(List<ReplicationResult> results, String metric, String area, int from, int to) {
        double total = 0;
        for (ReplicationResult r : results) {
            for (int y = from; y <= to; y++) {
                total += r.value(metric, area, y);
            }
        }
        return total / results.size();
    }
}
