package org.highland.experiment.engine;

import java.io.Serializable;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The default backend: worker threads in this JVM, each taking the next task in the given order,
 * but never more than {@value #AHEAD_PER_THREAD} per thread ahead of the oldest unfinished one, so
 * memory does not grow with the number of tasks (no queue of futures, and a bounded number of
 * results waiting for a slow task when they are put back in order). With one thread the tasks run
 * on the calling thread. The first failure stops the workers and is rethrown as it was thrown.
 */
public final class ThreadPoolBackend implements TaskBackend {
    /** Tasks started per thread beyond the oldest unfinished one: enough to keep every thread busy. */
    static final int AHEAD_PER_THREAD = 4;

    private final int threads;

    public ThreadPoolBackend(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    @Override
    public <R extends Serializable> void run(TaskSet<R> set, int[] tasks, Sink<R> sink) throws Exception {
        int n = Math.max(1, Math.min(threads, tasks.length));
        Window window = new Window(tasks.length, n * AHEAD_PER_THREAD);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = window.take(); i >= 0; i = window.take()) {
                try {
                    sink.accept(tasks[i], set.run(tasks[i]));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    window.stop();
                } finally {
                    window.finished(i);
                }
            }
        };
        Thread[] workers = new Thread[n - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(worker, "highland-task-" + (w + 1));
            workers[w].setDaemon(true);
            workers[w].start();
        }
        try {
            worker.run();
            for (Thread w : workers) {
                w.join();
            }
        } finally {
            window.stop();
        }
        Throwable e = failure.get();
        if (e instanceof Exception exception) {
            throw exception;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    @Override
    public String describe() {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    /** Hands out positions 0, 1, 2 ... of the task list, at most {@code ahead} past the oldest unfinished. */
    private static final class Window {
        private final int count;
        private final int ahead;
        private final BitSet finished = new BitSet();
        private int oldest;
        private int next;
        private boolean stopped;

        Window(int count, int ahead) {
            this.count = count;
            this.ahead = ahead;
        }

        /** The next position to run, or -1 when all are taken or the run stopped. */
        synchronized int take() {
            while (!stopped && next < count && next >= oldest + ahead) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
            return stopped || next >= count ? -1 : next++;
        }

        synchronized void finished(int position) {
            finished.set(position);
            while (finished.get(oldest)) {
                finished.clear(oldest++);
            }
            notifyAll();
        }

        synchronized void stop() {
            stopped = true;
            notifyAll();
        }
    }
}
