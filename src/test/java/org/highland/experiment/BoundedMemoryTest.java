package org.highland.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with replications (issue 14, row 6): 8,000 replications of 1,800 values
 * each (115 MB of values) are summarised in a 48 MB heap, where holding them all, as runs did
 * before, runs out of memory.
 */
class BoundedMemoryTest {
    private static final int REPLICATIONS = 8000;

    @TempDir
    Path dir;

    static Outcome java(String heap, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.waitFor(), out);
    }

    record Outcome(int code, String out) {
    }

    @Test
    void manyReplicationsAreSummarisedInASmallHeap() throws Exception {
        int cells = BoundedMemoryProbe.METRICS * BoundedMemoryProbe.AREAS * BoundedMemoryProbe.YEARS;
        Outcome streamed = java("48m", BoundedMemoryProbe.class.getName(), String.valueOf(REPLICATIONS),
                dir.resolve("spill").toString());
        assertEquals(0, streamed.code(), streamed.out());
        assertTrue(streamed.out().contains("rows " + cells), streamed.out());

        Outcome held = java("48m", BoundedMemoryProbe.class.getName(), String.valueOf(REPLICATIONS),
                dir.resolve("spill2").toString(), "list");
        assertNotEquals(0, held.code(), "the premise: holding every replication does not fit");
        assertTrue(held.out().contains("OutOfMemoryError"), held.out());
    }
}
