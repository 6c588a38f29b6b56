package org.highland.experiment.engine;

import java.io.Serializable;

/**
 * Independent tasks numbered 0 to {@link #size()} - 1, each a pure function of the set and its
 * number, so that any backend may run them in any order, on any worker, and get the same results.
 * A task set is serializable so that a cluster's executors receive it whole; it must not read any
 * file of the user's machine when a task runs.
 *
 * @param <R> what a task returns; serializable, since a cluster sends it back to the driver
 */
public interface TaskSet<R extends Serializable> extends Serializable {
    int size();

    /** Runs task t; called from any thread, concurrently for different t. */
    R run(int task);
}
