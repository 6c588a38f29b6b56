package org.highland.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepJournalTest {
    @TempDir
    Path dir;

    @Test
    void reopeningKeepsCompleteBlocksCutsAHalfWrittenOneAndOrdersByTask() throws Exception {
        Path file = dir.resolve("journal.csv");
        try (SweepJournal j = SweepJournal.open(file, 3)) {
            j.append(2, "2,0,c\n");
            j.append(0, "0,0,a\n0,0,b\n");
        }
        // A kill in the middle of task 1's block.
        Files.writeString(file, "1,0,x\n#en", StandardOpenOption.APPEND);
        try (SweepJournal j = SweepJournal.open(file, 3)) {
            assertTrue(j.done().get(0) && j.done().get(2));
            assertFalse(j.done().get(1));
            assertFalse(j.complete());
            j.append(1, "1,0,y\n");
            assertTrue(j.complete());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            j.writeOrdered(out);
            assertEquals("0,0,a\n0,0,b\n1,0,y\n2,0,c\n", out.toString(StandardCharsets.UTF_8));
        }
    }
}
