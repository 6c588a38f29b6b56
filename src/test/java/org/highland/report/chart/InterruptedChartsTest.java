package org.highland.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.highland.cli.HighlandChild;
import org.highland.report.ResultsFixtures;
import org.highland.run.CliRun;
import org.highland.run.FolderContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart call stopped by kill (SIGTERM, as Ctrl-C's SIGINT) while it draws its charts into hidden
 * files leaves the charts as they were and no hidden file: all of the call's charts or none.
 */
class InterruptedChartsTest {
    @TempDir
    Path dir;

    @Test
    void aKilledOverwriteLeavesTheEarlierChartsAndNoHiddenFile() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        CliRun first = CliRun.highland("chart", run.toString(), "--format", "png,svg,pdf");
        assertEquals(0, first.exitCode, first.toString());
        Path charts = run.resolve("charts");
        Map<String, String> before = FolderContents.hashes(charts);
        assertTrue(before.size() > 6, "premise: several charts to write: " + before.keySet());

        String said = HighlandChild.terminateWhen(List.of("chart", run.toString(), "--format", "png,svg,pdf",
                "--overwrite"), dir.resolve("child.log"), () -> drawing(charts));

        try (Stream<Path> left = Files.list(charts)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no hidden file left: " + said);
        }
        Map<String, String> after = FolderContents.hashes(charts);
        assertEquals(before.keySet(), after.keySet(), said);
    }

    /** A first chart call killed while it draws leaves no charts folder: the folder goes with the set. */
    @Test
    void aKilledFirstCallLeavesNoChartsFolder() throws Exception {
        Path run = ResultsFixtures.runFolder(dir.resolve("run"), false);
        Path charts = run.resolve("charts");
        String said = HighlandChild.terminateWhen(List.of("chart", run.toString(), "--format", "png,svg,pdf"),
                dir.resolve("child.log"), () -> drawing(charts));
        assertTrue(said.isEmpty() || !said.contains("chart(s) written"), "premise: stopped while drawing: " + said);
        assertFalse(Files.exists(charts), "no charts folder, empty or with hidden files: " + said);
    }

    /** Whether the call has begun writing: charts/ holds a hidden file (a chart being drawn). */
    private static boolean drawing(Path charts) throws IOException {
        if (!Files.isDirectory(charts)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(charts)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("."));
        } catch (IOException gone) {
            return false; // removed meanwhile
        }
    }
}
