package org.highland.experiment.io;

import java.util.List;

/**
 * A count with its noun as the console prints it: "1 replication", "3 replications"; a few items
 * in words: "2020, 2025 and 2030".
 */
public final class Counts {
    private Counts() {
    }

    /** {@code n} and {@code noun}, with an s unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The items as a sentence lists them: "2020", "2020 and 2025", "2020, 2025 and 2030". */
    public static String and(List<?> items) {
        List<String> words = items.stream().map(String::valueOf).toList();
        return words.size() <= 1 ? String.join("", words)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
