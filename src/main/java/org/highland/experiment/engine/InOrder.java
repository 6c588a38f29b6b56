package org.highland.experiment.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Puts results that arrive in any order, from any thread, back into task order 0, 1, 2 ...: each
 * is handed to the consumer as soon as it and all before it have arrived, one at a time, so the
 * consumer needs no locking of its own and writes files in canonical order. It holds only the
 * results that arrived ahead of an unfinished task, which the backend's look-ahead bounds.
 */
public final class InOrder<R> implements TaskBackend.Sink<R> {
    private final Consumer<? super R> consumer;
    private final Map<Integer, R> waiting = new HashMap<>();
    private int next;

    public InOrder(Consumer<? super R> consumer) {
        this.consumer = consumer;
    }

    @Override
    public synchronized void accept(int task, R result) {
        waiting.put(task, result);
        for (R r = waiting.remove(next); r != null; r = waiting.remove(next)) {
            consumer.accept(r);
            next++;
        }
    }
}
