package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepProgressTest {
    @Test
    void withoutATerminalALineEveryFivePercentCountingTasksDoneBefore() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
             SweepProgress progress = SweepProgress.start("test", 200, 100, log)) {
            for (int i = 0; i < 100; i++) {
                progress.step();
            }
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(10, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("sweep: 110/200 tasks (55 %),"), lines.get(0));
        assertTrue(lines.get(9).startsWith("sweep: 200/200 tasks (100 %),") && lines.get(9).endsWith("ETA 0:00:00"), lines.get(9));
    }
}
