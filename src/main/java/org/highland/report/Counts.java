package org.highland.report;

/** A count with its noun as the console prints it: "1 replication", "3 replications". */
public final class Counts {
    private Counts() {
    }

    /** {@code n} and {@code noun}, with an s unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
