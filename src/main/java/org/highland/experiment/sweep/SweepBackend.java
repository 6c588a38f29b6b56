package org.highland.experiment.sweep;

/**
 * Where a sweep's tasks run. Each backend runs every task it is given exactly once and hands its
 * rows to the sink as soon as it has them; what the rows say depends only on the plan and the task
 * number ({@link TaskPlan#run(int)}), never on the backend.
 */
public interface SweepBackend extends AutoCloseable {
    /** Receives finished tasks; called from any thread. */
    interface Sink {
        void accept(int task, String rows) throws java.io.IOException;
    }

    /** Runs the given tasks (in any order, on any workers) and returns when all are in the sink. */
    void run(TaskPlan plan, int[] tasks, Sink sink) throws Exception;

    /** A short description for the log, e.g. {@code 2 threads}. */
    String describe();

    @Override
    default void close() {
    }
}
