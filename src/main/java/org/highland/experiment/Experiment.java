package org.highland.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.highland.experiment.engine.InOrder;
import org.highland.experiment.engine.TaskBackend;
import org.highland.experiment.engine.ThreadPoolBackend;
import org.highland.run.ReplicationResult;
import org.highland.scenario.Scenario;

/**
 * Runs the replications of a scenario as tasks of the task engine that also runs sweeps: on the
 * given backend (a thread pool in this JVM by default, or Spark). Replication k always uses the
 * streams of (seed, k), whatever worker runs it, and results are handed on in replication order,
 * so the output does not depend on the number of threads or the backend.
 */
public final class Experiment {
    private Experiment() {
    }

    /**
     * How to run: scale, seed, replications, and where; a null backend means a pool of
     * {@code threads} threads in this JVM.
     */
    public record Settings(double scale, long seed, int replications, int threads, TaskBackend backend) {
        public Settings(double scale, long seed, int replications, int threads) {
            this(scale, seed, replications, threads, null);
        }

        /** The same settings on another backend, e.g. Spark, opened and closed by the caller. */
        public Settings on(TaskBackend other) {
            return new Settings(scale, seed, replications, threads, other);
        }
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
     * have finished, in replication order, one at a time. The backend starts only a bounded number
     * of replications ahead of the oldest unfinished one, so memory does not grow with the number
     * of replications. A failure is rethrown as thrown by the replication or the sink.
     */
    public static void run(IntFunction<Scenario> scenarioOf, Settings settings, ProgressReporter progress,
                           Consumer<ReplicationResult> sink) {
        ReplicationTasks tasks = ReplicationTasks.of(scenarioOf, settings.replications(), settings.scale(),
                settings.seed());
        TaskBackend backend = settings.backend() != null ? settings.backend()
                : new ThreadPoolBackend(Math.max(1, settings.threads()));
        InOrder<ReplicationResult> ordered = new InOrder<>(sink);
        try {
            backend.run(tasks, TaskBackend.all(tasks.size()), (k, result) -> {
                progress.step();
                ordered.accept(k, result);
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
