package org.highland.experiment.engine;

import java.io.IOException;
import java.io.Serializable;

/**
 * Where tasks run: every command's replications and every sweep's tasks go through one of these
 * (the thread pool by default, Spark for a cluster). A backend runs every task it is given exactly
 * once and hands each result to the sink as soon as it has it; what a result says depends only on
 * the task set and the task number, never on the backend. A backend holds at most a bounded number
 * of tasks ahead of the oldest unfinished one, so whoever puts results back in task order
 * ({@link InOrder}) holds a bounded number of them.
 */
public interface TaskBackend extends AutoCloseable {
    /** Receives finished tasks; called from any thread. */
    interface Sink<R> {
        void accept(int task, R result) throws IOException;
    }

    /** Runs the given tasks (in any order, on any workers) and returns when all are in the sink. */
    <R extends Serializable> void run(TaskSet<R> set, int[] tasks, Sink<R> sink) throws Exception;

    /** A short description for the log, e.g. {@code 2 threads}. */
    String describe();

    @Override
    default void close() {
    }

    /** Task numbers 0 to n - 1. */
    static int[] all(int n) {
        int[] tasks = new int[n];
        for (int t = 0; t < n; t++) {
            tasks[t] = t;
        }
        return tasks;
    }
}
