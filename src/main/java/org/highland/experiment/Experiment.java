package org.highland.experiment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
    /** Replications queued or running per thread beyond the one being awaited. */
    private static final int IN_FLIGHT_PER_THREAD = 3;

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
        List<ReplicationResult> results = new ArrayList<>(settings.replications());
        run(scenarioOf, settings, progress, results::add);
        return results;
    }

    /**
     * Runs every replication and hands each result to {@code sink} as soon as it and all before it
     * have finished, in replication order, on the calling thread. At most a few results per thread
     * are held at once, so memory does not grow with the number of replications.
     */
    public static void run(IntFunction<Scenario> scenarioOf, Settings settings, ProgressReporter progress,
                           Consumer<ReplicationResult> sink) {
        int n = settings.replications();
        int threads = Math.max(1, Math.min(settings.threads(), n));
        if (threads == 1) {
            for (int k = 0; k < n; k++) {
                sink.accept(HighlandSim.run(scenarioOf.apply(k), settings.scale(), settings.seed(), k));
                progress.step();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "highland-replication");
            t.setDaemon(true);
            return t;
        });
        // Enough queued work to keep every thread busy while the oldest result is awaited.
        int window = threads * IN_FLIGHT_PER_THREAD;
        ArrayDeque<Future<ReplicationResult>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            for (int k = 0; k < n; k++) {
                while (next < n && inFlight.size() < window) {
                    int replication = next++;
                    inFlight.add(pool.submit(() -> {
                        ReplicationResult r = HighlandSim.run(scenarioOf.apply(replication), settings.scale(),
                                settings.seed(), replication);
                        progress.step();
                        return r;
                    }));
                }
                sink.accept(inFlight.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
