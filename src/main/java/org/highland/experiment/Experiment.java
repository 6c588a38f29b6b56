package org.highland.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.highland.run.HighlandSim;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;

/**
 * Runs the replications of a scenario on a pool of threads in one warm JVM. Replication k always
 * uses the streams of (seed, k), whatever thread runs it, and results come back in replication
 * order, so the output does not depend on the number of threads.
 */
public final class Experiment {
    private Experiment() {
    }

    /** How to run: scale, seed, replications, threads. */
    public record Settings(double scale, long seed, int replications, int threads) {
    }

    public static List<ReplicationResult> run(Scenario scenario, Settings settings, ProgressReporter progress) {
        return run(k -> scenario, settings, progress);
    }

    /**
     * As {@link #run(Scenario, Settings, ProgressReporter)}, with a scenario per replication (e.g.
     * parameters drawn from a calibration ensemble); {@code scenarioOf} must be a pure function of k.
     */
    public static List<ReplicationResult> run(IntFunction<Scenario> scenarioOf, Settings settings,
                                              ProgressReporter progress) {
        ReplicationResult[] results = new ReplicationResult[settings.replications()];
        int threads = Math.max(1, Math.min(settings.threads(), settings.replications()));
        if (threads == 1) {
            for (int k = 0; k < results.length; k++) {
                results[k] = HighlandSim.run(scenarioOf.apply(k), settings.scale(), settings.seed(), k);
                progress.step();
            }
            return Arrays.asList(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "highland-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReplicationResult>> futures = new ArrayList<>();
            for (int k = 0; k < results.length; k++) {
                int replication = k;
                futures.add(pool.submit(() -> {
                    ReplicationResult r = HighlandSim.run(scenarioOf.apply(replication), settings.scale(),
                            settings.seed(), replication);
                    progress.step();
                    return r;
                }));
            }
            for (int k = 0; k < results.length; k++) {
                results[k] = futures.get(k).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(results);
    }
}
