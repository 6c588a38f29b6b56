package org.highland.experiment.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The thread pool runs every task once, puts results back in order, and stays a bounded way ahead. */
class ThreadPoolBackendTest {
    private static final int TASKS = 60;

    /** Task 0 holds its worker until the other worker has started all it may start. */
    private static final class SlowFirst implements TaskSet<Integer> {
        private static final long serialVersionUID = 1L;
        final transient AtomicInteger startedOthers = new AtomicInteger();
        final transient CountDownLatch othersStalled = new CountDownLatch(1);
        volatile int startedWhileFirstRan = -1;
        private final int ahead;

        SlowFirst(int ahead) {
            this.ahead = ahead;
        }

        @Override
        public int size() {
            return TASKS;
        }

        @Override
        public Integer run(int task) {
            if (task == 0) {
                try {
                    // Tasks 1 .. ahead - 1 may start while task 0 runs, and no more.
                    assertTrue(othersStalled.await(30, TimeUnit.SECONDS), "the other worker never reached the window");
                    Thread.sleep(100); // give a wrongly unbounded worker time to run past it
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                startedWhileFirstRan = startedOthers.get();
            } else if (startedOthers.incrementAndGet() == ahead - 1) {
                othersStalled.countDown();
            }
            return task * task;
        }
    }

    @Test
    void resultsComeBackInTaskOrderAndTheLookAheadIsBounded() throws Exception {
        int ahead = 2 * ThreadPoolBackend.AHEAD_PER_THREAD;
        SlowFirst set = new SlowFirst(ahead);
        List<Integer> delivered = new ArrayList<>();
        new ThreadPoolBackend(2).run(set, TaskBackend.all(TASKS), new InOrder<>(delivered::add));
        assertEquals(ahead - 1, set.startedWhileFirstRan, "tasks started while task 0 ran");
        assertEquals(TASKS, delivered.size());
        for (int t = 0; t < TASKS; t++) {
            assertEquals(t * t, delivered.get(t), "result " + t);
        }
    }

    @Test
    void theFirstFailureIsRethrownAsThrown() {
        IllegalArgumentException boom = new IllegalArgumentException("task 7");
        TaskSet<Integer> set = new TaskSet<>() {
            @Override
            public int size() {
                return 20;
            }

            @Override
            public Integer run(int task) {
                if (task == 7) {
                    throw boom;
                }
                return task;
            }
        };
        for (int threads : new int[] {1, 2}) {
            List<Integer> delivered = new ArrayList<>();
            Exception thrown = assertThrows(IllegalArgumentException.class,
                    () -> new ThreadPoolBackend(threads).run(set, TaskBackend.all(20), new InOrder<>(delivered::add)));
            assertSame(boom, thrown);
            assertTrue(delivered.size() <= 7, "nothing after the failed task is handed on in order: " + delivered);
        }
    }
}
