package org.highland.experiment.sweep;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The default backend: worker threads in this JVM, each taking the next task number from a shared
 * counter, so memory does not grow with the number of tasks (no queue of futures). The first
 * failure stops the workers and is rethrown.
 */
public final class ThreadPoolBackend implements SweepBackend {
    private final int threads;

    public ThreadPoolBackend(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    @Override
    public void run(TaskPlan plan, int[] tasks, Sink sink) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.length && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    sink.accept(tasks[i], plan.run(tasks[i]));
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int n = Math.max(1, Math.min(threads, tasks.length));
        Thread[] workers = new Thread[n - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(worker, "highland-sweep-" + (w + 1));
            workers[w].setDaemon(true);
            workers[w].start();
        }
        worker.run();
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public String describe() {
        return threads + (threads == 1 ? " thread" : " threads");
    }
}
