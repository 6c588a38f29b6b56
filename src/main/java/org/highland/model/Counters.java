package org.highland.model;

/** Monotone cumulative counters (million yuan for money, counts otherwise). */
public final class Counters {
    private final double[] values = new double[Counter.COUNT];

    public void add(Counter counter, double amount) {
        values[counter.ordinal()] += amount;
    }

    /** Sets a counter to a sum continued elsewhere ({@link MonthTerms}). */
    void set(Counter counter, double value) {
        values[counter.ordinal()] = value;
    }

    public double get(Counter counter) {
        return values[counter.ordinal()];
    }
}
